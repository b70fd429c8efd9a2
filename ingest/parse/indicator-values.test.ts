import { beforeAll, describe, expect, it } from "vitest";
import { parseCorpus, type DocId } from "../testing/corpus.js";
import type { ParsedDocument } from "../schema.js";
import { indicatorValue } from "../domain/indicator-values.js";

/**
 * The indicator rows of a 整体支出绩效自评表 state targets and results in their own measure:
 * data/docs/002 line 713 (全年保障职工人员经费: 13 人 / 13 人), line 714 (党建帮扶联点: 18 户 / 18 户),
 * data/docs/000 line 783 (重要文稿撰写篇数: 500 / 600, a bare count named by its row),
 * data/docs/002 line 891 (派出机关干部进小区工作队队员: 6 名 / 6 名), line 892 (成功办理房产证: 60 本 / 60 本).
 */
let docs: Record<DocId, ParsedDocument>;
beforeAll(async () => {
  docs = await parseCorpus();
});

const indicators = (id: DocId, line: number) =>
  docs[id].facts
    .filter((f) => f.table && f.source.lines[0] === line && /指标值|完成值/.test(f.column))
    .map((f) => [f.column, f.value, f.measure]);

describe("indicator values of performance forms", () => {
  it("a value written with its measure keeps that measure, never the table's 万元", () => {
    expect(indicators("002", 713)).toEqual([
      ["年度指标值", "13", "人"],
      ["实际完成值", "13", "人"],
    ]);
    expect(indicators("002", 714)).toEqual([
      ["年度指标值", "18", "户"],
      ["实际完成值", "18", "户"],
    ]);
  });

  it("people counted in 名 and things in their own classifier (本) are counts too", () => {
    expect(indicators("002", 891)).toEqual([
      ["年度指标值", "6", "名"],
      ["实际完成值", "6", "名"],
    ]);
    expect(indicators("002", 892)).toEqual([
      ["年度指标值", "60", "本"],
      ["实际完成值", "60", "本"],
    ]);
  });

  it("a bare number takes its measure from the indicator's name", () => {
    expect(indicators("000", 783)).toEqual([
      ["年度指标值", "500", "篇"],
      ["实际完成值", "600", "篇"],
    ]);
  });

  it("no indicator value of any sample form is stated in 万元", () => {
    for (const doc of Object.values(docs))
      for (const f of doc.facts.filter((x) => /指标值|完成值/.test(x.column)))
        expect(f.measure, `${f.id} ${f.source.excerpt}`).not.toMatch(/元/);
  });

  it("approximate or worded values state no exact figure", () => {
    expect(indicatorValue("100 余份", "撰写文稿")).toBeUndefined();
    expect(indicatorValue("95%以上", "群众满意度")).toBeUndefined();
    expect(indicatorValue("完成目标", "重点工作督查完成量")).toBeUndefined();
    expect(indicatorValue("125批次", "完成公务接待")).toEqual({ value: "125", measure: "批次" });
  });
});
