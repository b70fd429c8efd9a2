import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Questions in our own words about subordinate bodies a department lists, values read off the
 * documents as printed:
 * - ingest/fixtures/unseen/dainan-jytj-2024-juesuan.docx (LibreOffice's rendering): 第一部分 二 lists
 *   "普通高中2所（岱南县第一中学、岱南县第二中学）…体育运动学校1所（岱南县体育运动学校）"; 公开10表
 *   下属单位支出决算情况表: 岱南县第一中学 合计 5811.28, 基本支出 4686.72, 项目支出 1124.56 (1124.56 ÷ 5811.28 =
 *   19.35 %); 岱南县第二中学 合计 4674.75; 岱南县体育运动学校 合计 585.22; 第一部分 三, under "单位：人": 岱南县第一中学 编制数 338, 年末实有人数 326;
 * - ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf, page 15 (pdftoppm): 表1-1 部门收入总表, 合计
 *   45,994,090.00 元, 成都市温江区杏林街道社区治理服务中心 6,644,260.00, 成都市温江区杏林街道综合行政执法队
 *   5,289,560.00 (6,644,260 ÷ 45,994,090 = 14.45 %).
 */
describe("a county bureau's schools, each in its table of subordinate spending", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/dainan-jytj-2024-juesuan.docx"]);

  it("a short row's name modifying words another row's name holds ('体育彩票公益金') asks that other row", async () => {
    // 公开07表: 229 60 03 用于体育事业的彩票公益金支出 54.80; 公开05表: 20703 体育 707.45.
    const text = plain((await ask("去年体育彩票公益金用了多少钱？")).answer);
    expect(text).toContain("54.80万元");
    expect(text).not.toContain("707.45");
  });

  it("a school's staff, asked of it, is its row of the bodies' staff table (编制数 338, 年末实有人数 326)", async () => {
    const result = await ask("县一中核定编制几个人？");
    expect(result.status).toBe("answered");
    expect(plain(result.answer)).toContain("338人");
  });

  it("two schools asked together: each one's row, and their sum when a total is asked (5811.28 + 4674.75)", async () => {
    const text = plain((await ask("县一中和县二中去年的支出一共多少？")).answer);
    expect(text).toContain("5811.28万元");
    expect(text).toContain("4674.75万元");
    expect(text).toContain("5811.28 + 4674.75 = 10486.03");
  });

  it("the bodies counted again after their names ('这两个单位') qualify no figure", async () => {
    const text = plain((await ask("县一中、县二中这两个单位去年支出合计是多少？")).answer);
    expect(text).toContain("5811.28 + 4674.75 = 10486.03");
  });

  it("'县体校' is the sports school the bureau lists, its row of the table answered as its own", async () => {
    const result = await ask("县体校去年总共支出多少？");
    expect(result.status).toBe("answered");
    expect(plain(result.answer)).toContain("585.22万元");
  });

  it("a school's project share of its own spending is two cells of its row, not the bureau's whole", async () => {
    const text = plain((await ask("县一中项目支出占自身支出的比重？")).answer);
    expect(text).toContain("1124.56 ÷ 5811.28 = 19.35%");
    expect(text).not.toMatch(/÷ 10105/);
  });
});

describe("a street office's bodies, named without the street", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf"]);

  it("'综合行政执法队' is the street's squad: its row of the income table", async () => {
    const result = await ask("综合行政执法队今年收入预算多少钱？");
    expect(result.status).toBe("answered");
    expect(plain(result.answer)).toContain("528.96万元");
  });

  it("a body's share of the department's income is its row over the table's 合计", async () => {
    const text = plain((await ask("社区治理服务中心收入占全部门的几成？")).answer);
    expect(text).toContain("14.45%");
  });
});
