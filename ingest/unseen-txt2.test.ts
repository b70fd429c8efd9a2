import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A budget written for these tests as `pdftotext -layout` text (eval/gold/unseen-txt2/NOTES.md):
 * 锡林郭勒盟西乌珠穆沁旗自然资源局 2025年部门预算, form feeds between pages. Read off the file:
 * - line 348, 表5: 20805 行政事业单位养老支出 合计 138.71 where its 项 add up to 128.71 — its writer's
 *   planted slip; line 690: "住房公积金（项）（2210201）：2025年预算数56.53万元" where the tables print
 *   56.35 — the other;
 * - line 678: "16.…事业运行（项）（2200150）：" ending its line, "2025年预算数262.88万元…" on the next;
 * - line 692: "19.…地质灾害防治（项）（2240601）：", "2025年预算数45.00万元…" on the next;
 * - line 618: "2025年一般公共预算支出中：社会保障和就业支出137.35万元，占10.50%…" (a class's amount);
 * - lines 512–515, 表9: "公务用车购置及运行维护费" alone on the header's first line over 小计 / 购置费 /
 *   运行维护费 on its third; "公务接待费" on the second line, right of them; 合计 row 35.80 = 0.00 + 32.60
 *   + 3.20, 32.60 = 18.00 + 14.60.
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/xiwuqi-zrzyj-2025-yusuan.txt", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "xiwuqi-zrzyj-2025-yusuan",
  file: "ingest/fixtures/unseen/xiwuqi-zrzyj-2025-yusuan.txt",
  hash: "test",
  text: read.text,
});
const said = (rowCode: string) =>
  doc.facts
    .filter((f) => !f.table && !f.period && f.rowCode === rowCode && f.column === "年初预算数")
    .map((f) => f.value);

describe("an unseen Inner Mongolia budget as pdftotext text: 锡林郭勒盟西乌珠穆沁旗自然资源局 2025年部门预算", () => {
  it("a subject's label ending its line ('…（项）（2200150）：') heads the figures on the next line", () => {
    expect(said("2200150")).toEqual(["262.88"]);
    expect(said("2240601")).toEqual(["45"]);
    // …and not the item before each.
    expect(said("2200129")).toEqual(["32"]);
    expect(said("2200199")).toEqual(["18"]);
  });

  it("last year's budget stated before the change ('比上年预算53.39万元增加2.96万元', line 690) is 2024's figure", () => {
    const lastYear = doc.facts.filter((f) => !f.table && f.period === 2024 && f.rowCode === "2210201");
    expect(lastYear.map((f) => [f.column, f.value])).toEqual([["年初预算数", "53.39"]]);
  });

  it("an income source the tables state takes its own figures (line 598: '其他收入18.60万元，占0.59%，比上年预算17.57万元…')", () => {
    const stateCapital = doc.facts.filter((f) => !f.table && f.metric === "国有资本经营预算财政拨款收入");
    expect(stateCapital.map((f) => f.value)).toEqual(["0"]);
  });

  it("a class's amount after '<总额>中：' is no figure of that total", () => {
    const appropriation = doc.facts.filter(
      (f) => !f.table && !f.period && f.metric === "财政拨款支出" && f.column === "年初预算数",
    );
    expect(appropriation.map((f) => f.value)).toEqual(["1308.24"]);
  });

  it("a subject line wrapped mid-name ('…基本养老保险缴' / '费支出（项）（2080505）：…', lines 630–631) keeps the table's name", () => {
    const stated = doc.facts.filter((f) => !f.table && f.rowCode === "2080505" && f.column === "年初预算数");
    expect(stated.map((f) => [f.row, f.period ?? 2025, f.value])).toEqual([
      ["机关事业单位基本养老保险缴费支出", 2025, "75.14"],
      ["机关事业单位基本养老保险缴费支出", 2024, "71.02"],
    ]);
  });

  it("finds both planted errors", () => {
    const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);
    expect(failed.some((message) => /行政事业单位养老支出.*138\.71.*128\.71/.test(message))).toBe(true);
    expect(failed.some((message) => /住房公积金.*56\.35.*56\.53/.test(message))).toBe(true);
  });

  it("a label beside a group's line is the group's sibling (表9: 公务接待费 is no part of 公务用车…), so 三公 adds up", () => {
    const table = doc.tables.find((t) => t.title.includes("三公"));
    expect(table?.columns.map((c) => c.path.join("/"))).toEqual([
      "合计",
      "因公出国（境）费",
      "公务用车购置及运行维护费/小计",
      "公务用车购置及运行维护费/购置费",
      "公务用车购置及运行维护费/运行维护费",
      "公务接待费",
    ]);
    const failed = doc.info.report?.checks.failed ?? [];
    expect(failed.filter((f) => f.kind === "three_public")).toEqual([]);
  });

  it("a subject's name wrapped onto a line of its own is one name (表2 lines 199–200, 表3 lines 266–267)", () => {
    const named = (table: string, code: string) =>
      doc.facts.find((f) => f.table === table && f.rowCode === code && f.column === "合计")?.row;
    expect(named("02", "2080505")).toBe("机关事业单位基本养老保险缴费支出");
    expect(named("03", "2120899")).toBe("其他国有土地使用权出让收入安排的支出");
  });
});
