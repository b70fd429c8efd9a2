import { describe, expect, it } from "vitest";
import type { Subject } from "../../ingest/store/store.js";
import { askedScope } from "./asked-scope.js";
import { Vocabulary } from "./vocabulary.js";

/**
 * What a question asks beyond its figure. Questions arrive here as the planner leaves them: the
 * unit (｜) and the matched figure (〇) masked. Names from the sample documents' tables (002 table
 * 06, line 265; project list, line 632).
 */
const subjects: Subject[] = [
  {
    code: "30108",
    name: "机关事业单位基本养老保险缴",
    scheme: "economic",
    units: ["中共株洲市天元区委办公室"],
  },
];
const vocabulary = new Vocabulary(subjects, ["档案保护及数字化建设"], ["区委办"]);
const asked = (q: string, hasUnit = true) => askedScope(vocabulary, q, hasUnit ? 1 : 0);

describe("askedScope", () => {
  it("question words, cues, years and places are no qualifiers", () => {
    expect(asked("请问一下｜｜｜2024年〇〇〇〇到底花了多少钱啊")).toMatchObject({
      attributes: [],
      qualifiers: [],
    });
    expect(asked("湖南株洲｜｜｜〇〇〇〇比上年增长多少")).toMatchObject({ attributes: [], qualifiers: [] });
  });

  it("a name the index does not have is a qualifier, kept whole", () => {
    expect(asked("｜｜｜2024年智慧城市〇〇〇〇").qualifiers).toEqual(["智慧城市"]);
  });

  it("a combination no name contains is a qualifier although each word is known", () => {
    expect(asked("｜｜｜档案数字化项目花了多少").qualifiers).toEqual(["档案数字化项目"]);
  });

  it("attributes the documents may lack: a person, a meal, a month, a supplier", () => {
    expect(asked("｜｜｜主任2024年的〇〇〇〇").attributes).toEqual(["person"]);
    expect(asked("｜｜｜〇〇〇〇一顿饭多少钱").attributes).toEqual(["per_occasion"]);
    expect(asked("｜｜｜每个月的〇〇〇〇").attributes).toEqual(["period"]);
    expect(asked("｜｜｜〇〇〇〇的中标供应商是哪家").attributes).toEqual(["vendor"]);
  });

  it("whole-region finances only when no unit is named", () => {
    expect(asked("全市〇〇〇〇是多少", false).attributes).toEqual(["region"]);
    expect(asked("全市〇〇〇〇是多少", true).attributes).toEqual([]);
  });

  it("per-unit words name the count to divide by", () => {
    expect(asked("｜｜｜人均〇〇〇〇是多少")).toMatchObject({
      attributes: [],
      perUnit: "per_person",
      qualifiers: [],
    });
    expect(asked("｜｜｜每辆车〇〇〇〇〇〇〇〇〇").perUnit).toBe("per_vehicle");
  });
});
