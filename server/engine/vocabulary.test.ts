import { describe, expect, it } from "vitest";
import type { Subject } from "../../ingest/store/store.js";
import { grams, Vocabulary } from "./vocabulary.js";

/**
 * Subject and project names as the sample documents print them: table 06 of 000 (line 283,
 * "30108 机关事业单位基本养老保险缴费"), table 06 of 002 (line 265, the same row cut to
 * "机关事业单位基本养老保险缴"), table 05 of 002 (line 240, 2080505), 06 of 000 (lines 282–283,
 * 水费, 电费) and 002's project list ("档案保护及数字化建设", line 632).
 */
const CITY = "株洲市人民政府办公室";
const DISTRICT = "中共株洲市天元区委办公室";
const subjects: Subject[] = [
  { code: "30108", name: "机关事业单位基本养老保险缴费", scheme: "economic", units: [CITY] },
  { code: "30108", name: "机关事业单位基本养老保险缴", scheme: "economic", units: [DISTRICT] },
  { code: "2080505", name: "机关事业单位基本养老保险缴费支出", scheme: "function", units: [CITY, DISTRICT] },
  { code: "30110", name: "职工基本医疗保险缴费", scheme: "economic", units: [CITY, DISTRICT] },
  { code: "30205", name: "水费", scheme: "economic", units: [CITY] },
  { code: "30206", name: "电费", scheme: "economic", units: [CITY] },
];
const vocabulary = new Vocabulary(subjects, ["档案保护及数字化建设"], ["区委办"]);

describe("grams", () => {
  it("character bigrams, a single character as its own", () => {
    expect(grams("租赁费")).toEqual(["租赁", "赁费"]);
    expect(grams("费")).toEqual(["费"]);
  });
});

describe("Vocabulary.resolve", () => {
  it("one subject per code under its longest name; the preferred scheme first", () => {
    const [best, next] = vocabulary.resolve("基本养老保险缴费", { units: [DISTRICT], scheme: "economic" });
    expect(best.ref).toEqual({ type: "subject", code: "30108", name: "机关事业单位基本养老保险缴费" });
    expect(best.cover).toBe(1);
    expect(next.ref).toMatchObject({ code: "2080505" });
  });

  it("a partial name scores by the share of its bigrams (档案数字化: 3 of 4)", () => {
    const [best] = vocabulary.resolve("档案数字化");
    expect(best.ref).toEqual({ type: "project", name: "档案保护及数字化建设" });
    expect(best.cover).toBe(0.75);
  });

  it("short terms must be contained: 水电 is neither 水费 nor 电费", () => {
    expect(vocabulary.resolve("水电")).toEqual([]);
    expect(vocabulary.resolve("水费")[0].ref).toMatchObject({ code: "30205" });
  });

  it("lexicon metrics are entries too (by key and synonym)", () => {
    expect(vocabulary.resolve("接待费")[0].ref).toEqual({ type: "metric", key: "公务接待费" });
  });

  it("names nothing for words the index does not use", () => {
    expect(vocabulary.resolve("智慧城市")).toEqual([]);
  });
});

describe("Vocabulary.knows", () => {
  it("a word inside any name, unit aliases included", () => {
    expect(vocabulary.knows("医疗保险")).toBe(true);
    expect(vocabulary.knows("数字化")).toBe(true);
    expect(vocabulary.knows("区委")).toBe(true);
    expect(vocabulary.knows("档案数字化")).toBe(false);
    expect(vocabulary.knows("主任")).toBe(false);
  });
});

describe("a code another document numbers otherwise", () => {
  // 社会福利院's 2024 单位预算 (data/pdf, rendered p14) numbers its 302 rows in order: "302 03 水费",
  // "302 04 电费", where 000's table 06 prints 30203 咨询费 and 30205 水费 (lines 280 and 282).
  const WELFARE = "上海市普陀区社会福利院";
  const mixed = new Vocabulary(
    [
      { code: "30203", name: "咨询费", scheme: "economic", units: [CITY] },
      { code: "30205", name: "水费", scheme: "economic", units: [CITY] },
      { code: "30203", name: "水费", scheme: "economic", units: [WELFARE] },
      { code: "30204", name: "电费", scheme: "economic", units: [WELFARE] },
    ],
    [],
  );

  it("is another subject: 水费 is never read as 咨询费", () => {
    const hits = mixed.resolve("水费", { units: [CITY] });
    expect(hits[0].ref).toEqual({ type: "subject", code: "30205", name: "水费" });
    expect(hits.map((h) => h.ref)).not.toContainEqual({ type: "subject", code: "30203", name: "咨询费" });
  });

  it("each unit's own numbering comes first", () => {
    expect(mixed.resolve("水费", { units: [WELFARE] })[0].ref).toEqual({
      type: "subject",
      code: "30203",
      name: "水费",
    });
  });
});
