import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Questions about a document's tables rather than their figures, answered from the tables the
 * ingest found, their own notes and the standard tables it did not find.
 * - 001 (株洲 驻北京联络处 2024 决算): labels 公开01表 … 公开08表 at lines 28, 160, 262, 362, 532, 588,
 *   892, 1022; no 公开09表 (the 三公 figures are only in the narrative).
 * - 000 (株洲 市政府办 2024 决算) line 325: "说明：我单位没有政府性基金收入，也没有使用政府性基金安排
 *   的支出，故本表无数据。" under 公开07表.
 */
describe("the tables of a sample final account", () => {
  const { ask } = useSampleEngine();

  it("counts the published tables, and names the standard one missing", async () => {
    const r = await ask("驻京联络处2024年这份决算总共几张表？三公经费那张表有没有");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toMatch(/标准公开表 8张/);
    for (const label of ["公开01表", "公开05表", "公开08表"]) expect(text).toContain(label);
    expect(text).not.toContain("公开09表");
    expect(text).toContain("没有财政拨款“三公”经费支出决算表");
    expect(r.citations.length).toBeGreaterThanOrEqual(8);
  });

  it("quotes a labelled table's own note for why it is empty", async () => {
    const r = await ask("市政府办决算里公开07表怎么是空的");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("是空表");
    expect(r.answer).toContain("我单位没有政府性基金收入");
    expect(r.citations[0]?.docId).toMatch(/^000_/);
  });

  // 000 line 358, under 公开09表: "其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数".
  it("quotes the note of a labelled table for what its column means, from the document that has it", async () => {
    const r = await ask("市政府办2024年公开09表中的“预算数”指什么，是不是调整后的");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("按规定程序调整后的预算数");
    expect(r.citations[0]?.docId).toMatch(/^000_/);
  });

  // 000 line 306: 公开06表 "公用经费合计 … 2,104.76".
  it("finds the table, row and column that print a quoted amount", async () => {
    const r = await ask("市政府办2024年那个公用经费2,104.76出自哪张表");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("公开06表，“公用经费合计”行");
    expect(plain(r.answer)).toContain("2104.76万元");
    // No row named: every cell printing the number (here the one).
    const bare = await ask("市政府办2024年决算里2,104.76这个数在哪张表里能找到");
    expect(plain(bare.answer)).toContain("公开06表，“公用经费合计”行");
  });

  it("leaves a figure asked beside a table to the figure's answer", async () => {
    const r = await ask("市政府办2024年国有资本经营预算支出是多少，有没有这张表");
    expect(r.answer).not.toContain("共列出表格");
  });
});

/**
 * 上海 PDFs, read off the rendered pages (`pdftoppm -r 70`):
 * - 普陀区财政局 2024 决算 p19 政府性基金预算财政拨款收入支出决算表, rows empty, "注：上海市普陀区财政局
 *   无政府性基金预算财政拨款支出，故本表无数据。"; p20 the same for 国有资本经营预算.
 * - 万里街道 2024 预算 p31 部门“三公”经费和机关运行经费预算表: 合计 47.91 … 机关运行经费 443.18, and
 *   below it "注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。"
 */
describe("the tables of the 上海 PDFs", () => {
  const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);

  it("names the empty tables with their notes, and only those", async () => {
    const r = await ask("普陀财政局2024年决算有哪几张表是空的");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("没有数据的表共 2张");
    expect(text).toContain("政府性基金预算财政拨款收入支出决算表");
    expect(text).toContain("国有资本经营预算财政拨款收入支出决算表");
    expect(text).toContain("故本表无数据");
    expect(text).not.toContain("《收入决算表》");
  });

  // p30 (2024年部门一般公共预算基本支出部门预算经济分类预算表, 元): 302 31 公务用车运行维护费 215,600 |
  // 人员经费 0 | 公用经费 215,600.
  it("answers where a pasted amount is printed, and in which column, without the columns' totals", async () => {
    const r = await ask("万里街道2024年预算“公务用车运行维护费 215,600”出自哪张表？算人员经费还是公用经费");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("“公务用车运行维护费”行，“一般公共预算基本支出 / 公用经费”列");
    expect(text).toContain("215600元");
    expect(text).not.toContain("88537451");
  });

  it("says when a table's note calls it empty above its own figures", async () => {
    const r = await ask("万里街道2024年那张三公表注释写的什么？表里明明有数");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("故本表为空表");
    expect(text).toContain("47.91万元");
    expect(text).toContain("两者不一致");
  });
});
