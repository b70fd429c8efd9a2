import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Documents written for the tests, values read off their rendered pages:
 * - ingest/fixtures/unseen/yancheng-sthjj-2023-juesuan.pdf (盐城市生态环境局 2023年度部门决算): page 12, 公开05表
 *   "合计 | 23862.20 | 27536.42 | 26778.72", "211 | 节能环保支出 | … | 23984.91"; page 13, "21103 | 污染防治 | 7320.00 |
 *   9836.75 | 9410.65"; page 18, 公开10表 本年支出 合计 28,104.02 and the five 分局: 亭湖 1,372.45, 盐都 1,498.90,
 *   大丰 1,821.75, 射阳 1,326.80 (基本 731.60, 项目 595.20), 建湖 1,254.60; page 19: "一般公共预算财政拨款支出
 *   26,778.72万元，占本年支出合计的95.28%".
 * - ingest/fixtures/unseen/chengdu-dayi-swj-2024-juesuan.pdf (大邑县水务局 2024年度部门决算): page 17 (公开03表续)
 *   "2130306 | 水利工程运行与维护 | 786.22"; page 19 (公开05表) "2130306 | 水利工程运行与维护 | 679.72".
 * - ingest/fixtures/unseen/qinyuan-zrzyj-2024-juesuan.odt (沁源县自然资源局 2024年度部门决算): page 14, 公开06表
 *   "302 | 商品和服务支出 | 122.71", its eighteen items 18.46 + 3.20 + 2.15 + 9.84 + 4.36 + 14.60 + 8.75 + 12.38 +
 *   5.62 + 1.86 + 3.45 + 1.28 + 6.90 + 7.52 + 3.10 + 9.46 + 5.20 + 4.04; the narrative: "公用经费128.47万元".
 * - ingest/fixtures/unseen/xiuyan-zrzyj-2025-yusuan.ods (岫岩满族自治县自然资源局 2025年部门预算): 表1 收入总计
 *   2,761.42 (page 4); 表9 2025年预算数 15.36.
 * Computed by hand: 1372.45 + 1498.90 + 1821.75 + 1326.80 + 1254.60 = 7274.50; 9410.65 ÷ 23984.91 = 39.24 %;
 * 26778.72 ÷ 27536.42 = 97.25 %; 786.22 − 679.72 = 106.50; the eighteen items add to 122.17, and
 * 122.17 ÷ 128.47 = 95.10 %.
 */
const city = useFilesEngine(["ingest/fixtures/unseen/yancheng-sthjj-2023-juesuan.pdf"]);
const water = useFilesEngine(["ingest/fixtures/unseen/chengdu-dayi-swj-2024-juesuan.pdf"]);
const writer = useFilesEngine(["ingest/fixtures/unseen/qinyuan-zrzyj-2024-juesuan.odt"]);
const calc = useFilesEngine(["ingest/fixtures/unseen/xiuyan-zrzyj-2025-yusuan.ods"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a follow-up turning to another body or to a fund's part", () => {
  it("takes the body after 那 as that body, not as a body never published", async () => {
    const r = await city.ask("大丰分局支出多少", "那射阳分局呢？基本支出和项目支出各多少");
    const text = plain(r.answer);
    expect(r.status).toBe("answered");
    for (const figure of ["1326.80万元", "731.60万元", "595.20万元"]) expect(text).toContain(figure);
    expect(text).not.toContain("1821.75");
  });

  it("reads 其中<某基金> after the department's spending as that fund's spending", async () => {
    const text = plain(
      (await city.ask("生态环境局一共支出多少", "其中一般公共预算财政拨款是多少，占比多少")).answer,
    );
    for (const figure of ["26778.72万元", "95.28%"]) expect(text).toContain(figure);
  });

  it("says the rest of a row beside one fund's part, when asked", async () => {
    const text = plain(
      (await water.ask("水利工程运行与维护支出多少", "其中一般公共预算财政拨款安排了多少？剩下的部分呢"))
        .answer,
    );
    for (const figure of ["679.72万元", "786.22万元", "106.50万元"]) expect(text).toContain(figure);
  });
});

describe("shares and sums worded around their figures", () => {
  it("reads a subject's 一般公共预算支出 as the subject in that fund's table", async () => {
    const text = plain((await city.ask("污染防治的一般公共预算支出占节能环保支出的比重")).answer);
    for (const figure of ["9410.65万元", "23984.91万元", "39.24%"]) expect(text).toContain(figure);
  });

  it("reads the general budget's adjusted budget from its table's own column", async () => {
    const text = plain((await city.ask("一般公共预算财政拨款支出对照调整后的全年预算，执行率是多少")).answer);
    for (const figure of ["27536.42万元", "26778.72万元", "97.25%"]) expect(text).toContain(figure);
    expect(text).not.toMatch(/全年预算[^。]*23862\.20/);
  });

  it("adds bodies of a kind the asker lists in brackets", async () => {
    const text = plain((await city.ask("五个分局（亭湖、盐都、大丰、射阳、建湖）支出一共多少")).answer);
    for (const figure of ["7274.50万元", "1372.45万元", "1254.60万元"]) expect(text).toContain(figure);
  });

  it("takes 'A里的B占C' as B over C, and works it again with a misprinted B corrected", async () => {
    const text = plain((await writer.ask("基本支出里的商品和服务支出占公用经费的比重")).answer);
    expect(text).toContain("122.71万元");
    expect(text).toContain("128.47万元");
    expect(text).toMatch(/按更正后的商品和服务支出 122\.17万元计算[^。]*95\.10%/);
  });
});

describe("a body of an autonomous county", () => {
  it("is found by the county's short name and by its level alone", async () => {
    expect(plain((await calc.ask("岫岩县自然资源局2025年收入总共多少")).answer)).toContain("2761.42万元");
    expect(plain((await calc.ask("县自然资源局三公经费预算是多少")).answer)).toContain("15.36万元");
  });
});
