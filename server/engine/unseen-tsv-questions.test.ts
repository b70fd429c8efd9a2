import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Questions about a budget written for the tests as a spreadsheet's tab-separated text export in
 * 广东's template (ingest/fixtures/unseen/jiangmen-mzj-2025-yusuan.txt, 江门市民政局 2025年部门预算):
 * - 附表5 line 250: 20805 行政事业单位养老支出 合计 1017.18 (its writer's planted slip), its 项 on lines
 *   251–255: 312.64 + 186.27 + 356.18 + 172.09 = 1027.18;
 * - 附表4 line 236 and 附表8's 合计 row: 政府性基金预算 支出 2,486.00.
 * - line 478: "政府性基金预算拨款支出2,486.00万元，比上年2,210.00万元增加276.00万元"; 附表10 lines 416–417: two
 *   projects "福彩公益金资助养老服务体系建设" 1,580.00 and "福彩公益金资助儿童福利和社会救助" 906.00.
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/jiangmen-mzj-2025-yusuan.txt"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an unseen city civil-affairs bureau's budget, exported from a spreadsheet", () => {
  it("a printed total its own parts do not add up to is answered with their sum beside it", async () => {
    const text = plain((await ask("民政局一般公共预算里行政事业单位养老支出这个款是多少")).answer);
    expect(text).toContain("1017.18万元");
    expect(text).toContain("312.64 + 186.27 + 356.18 + 172.09 = 1027.18");
    expect(text).toContain("1027.18 − 1017.18 = 10.00");
  });

  it("a fund's spending is read where the appropriation table prints it under a basis", async () => {
    expect(plain((await ask("民政局2025年政府性基金预算支出多少")).answer)).toContain("2486.00万元");
  });

  it("a wrapped 科目名称 is cited as printed, without the export's quotes", async () => {
    const r = await ask("机关事业单位基本养老保险缴费支出安排了多少");
    expect(plain(r.answer)).toContain("356.18万元");
    expect(r.answer).not.toContain('"机关');
  });

  it("a word several projects' names open with ('福彩公益金资助…') names none of them", async () => {
    const text = plain((await ask("福彩公益金这块今年比上年增加多少，什么原因？")).answer);
    expect(text).not.toContain("福彩公益金资助养老服务体系建设项目预算为");
    expect(text).toContain("276.00万元");
  });
});
