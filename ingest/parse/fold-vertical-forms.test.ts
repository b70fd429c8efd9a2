import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCorpus, type DocId } from "../testing/corpus.js";
import type { ParsedDocument } from "../schema.js";
import { foldVerticalForms } from "./fold-vertical-forms.js";

/**
 * data/docs/001 prints its 绩效自评表 one cell per line (附件2 from line 1433): 年度资金总额 257 /
 * 257.00 / 247.80 / 10 / 96% / 9.6 (lines 1451–1458), the indicator 完成市领导来京公务接待工作 with
 * 完成公务接待100批次 → 125批次, 10, 10 (lines 1506–1516), 总分 100 / 99.6 (lines 1620–1622); 附件3-1
 * names its project (项目支出名称 驻京工作经费, line 1631) above its 年度资金总额 217 / 217 / 209.35 /
 * 10 / 96.5% (lines 1685–1692).
 */
const FILE = "data/docs/001_c98938bd16771fdc.txt";
let docs: Record<DocId, ParsedDocument>;
beforeAll(async () => {
  docs = await parseCorpus();
});

describe("a form printed one cell per line", () => {
  const lines = readFileSync(FILE, "utf8").split("\n");
  const folded = foldVerticalForms(lines);

  it("keeps every line number: a row stands on its first line, its other lines are blank", () => {
    expect(folded).toHaveLength(lines.length);
    expect(folded[1450].split("\t").filter(Boolean)).toEqual([
      "年度资金总额",
      "257",
      "257.00",
      "247.80",
      "10",
      "96%",
      "9.6",
    ]);
    for (let i = 1451; i < 1458; i++) expect(folded[i]).toBe("");
  });

  it("joins a cell's wrapped text and a label printed apart from its row", () => {
    expect(folded[1437].split("\t")).toContain("年度预算申请（万元）");
    expect(folded[1487].split("\t").slice(0, 4)).toEqual(["绩效指标", "一级指标", "二级指标", "三级指标"]);
    expect(folded[1505].split("\t")).toContain("产出指标(60分)");
  });

  it("leaves other layouts alone (the one-line rows of 000, the 基础数据表 of 001)", () => {
    const city = readFileSync("data/docs/000_2a4a6f0d8c259386.txt", "utf8").split("\n");
    expect(foldVerticalForms(city)).toEqual(city);
    expect(folded.slice(1300, 1420)).toEqual(lines.slice(1300, 1420));
  });

  it("reads the form's figures: funds, an indicator's result in its own measure, the total score", () => {
    const at = (line: number) =>
      docs["001"].facts
        .filter((f) => f.table && f.source.lines[0] === line)
        .map((f) => [f.row, f.column, f.value, f.measure]);
    expect(at(1451).map(([, column, value]) => [column.split(" / ").pop(), value])).toEqual([
      ["年初预算数", "257"],
      ["全年预算数", "257.00"],
      ["全年执行数", "247.80"],
      ["分值", "10"],
      ["执行率", "96"],
      ["得分", "9.6"],
    ]);
    expect(at(1506)).toContainEqual(["完成市领导来京公务接待工作", "实际完成值", "125", "批次"]);
    const total = docs["001"].facts.find((f) => f.source.lines[0] === 1620 && f.column === "得分");
    expect([total?.metric, total?.value, total?.measure]).toEqual(["绩效自评得分", "99.6", "分"]);
  });

  it("a project form's header names the project its funds row belongs to", () => {
    const own = docs["001"].facts.filter((f) => f.table && f.rowPath?.join("/") === "项目/驻京工作经费");
    expect(own.map((f) => [f.column, f.value, f.source.lines[0]])).toEqual([
      ["年初预算数", "217", 1685],
      ["全年预算数", "217", 1685],
      ["全年执行数", "209.35", 1685],
      ["执行率", "96.5", 1685],
    ]);
  });
});
