import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "./answer-expect.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Askers who check the documents: parts against their whole, a purpose before a colon, figures
 * they state before turning to the question. 市政府办 2024 决算 (data/docs/000): line 184 (公开03表)
 * 合计 5,487.18 = 基本支出 4,723.85 + 项目支出 763.33; line 131 本年支出合计 5,487.18; line 306 人员经费合计
 * 2,619.09. By hand: 2,619.09 ÷ 5,487.18 = 47.73 %.
 * 天元区委办 2024 决算 (002): the 情况说明 lines 442/444 人员经费 544.36, 公用经费 86.75 (544.36 + 86.75 =
 * 631.11, its 基本支出); 公开06表 line 287 prints 544.3 and 86.7 (631.00, 0.11 short).
 */
describe("parts checked against their whole", () => {
  const { ask } = useSampleEngine();

  it("adds the two parts, sets them against the whole and says they agree", async () => {
    const r = await ask("市政府办2024年决算里基本支出加上项目支出，是不是正好等于支出合计？");
    expect(r.status).toBe("answered");
    expectFacts(r, "4723.85万元 763.33万元 5487.18万元");
    expect(plain(r.answer)).toContain("4723.85 + 763.33 = 5487.18");
    expect(r.answer).toContain("相等");
    expectGrounded(r);
  });

  it("reads the whole on the side without the adding word", async () => {
    const r = await ask("市政府办2024年支出合计等于基本支出+项目支出吗");
    expect(plain(r.answer)).toContain("4723.85 + 763.33 = 5487.18");
  });

  it("adds the narrative's figures when the narrative is named, the tables' otherwise, and names a rounding gap", async () => {
    const inText = await ask("区委办2024年情况说明中的人员经费加公用经费能对上基本支出吗");
    expect(plain(inText.answer)).toContain("544.36 + 86.75 = 631.11");
    const inTables = await ask("区委办2024年人员经费加公用经费能对上基本支出吗");
    expect(plain(inTables.answer)).toContain("631.11 − 631 = 0.11");
    expect(inTables.answer).toContain("取整");
    expectGrounded(inTables);
  });

  // 000 lines 185–186 (公开03表): 2010201 行政运行 139.69, 2010301 行政运行 3,508.11, all 基本支出.
  it("parts in brackets after a row's cell say what it is made of, and are never added to it", async () => {
    const r = await ask("市政府办2024年行政运行的基本支出（人员经费+公用经费）是多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "139.69万元 3508.11万元");
    expect(r.answer).not.toContain("合计");
    expectGrounded(r);
  });

  it("a purpose said before a colon is no qualifier", async () => {
    const r = await ask("写汇报材料：市政府办2024年基本支出+项目支出是否等于支出合计");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("4723.85 + 763.33 = 5487.18");
  });

  // 驻北京联络处 2024 决算 (001) line 1142: 公务用车运行维护费 19.7 万元, 3 cars; 19.7 ÷ 3 = 6.57.
  it("a per-car question after a figure, in the same message, divides that figure", async () => {
    const r = await ask("驻京办2024年公务用车运行维护费是19.7万吧？那按现有车辆数算，每辆多少？");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("19.7 ÷ 3 = 6.57万元/辆");
    expect(r.answer).not.toContain("没有同时列出");
    expectGrounded(r);
  });

  it("figures the asker states before turning to the question set no figure of their own", async () => {
    const r = await ask(
      "市政府办2024年基本支出占支出合计86%左右，人员经费占基本支出一半多，那么人员经费占支出合计是多少？",
    );
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("2619.09 ÷ 5487.18 = 47.73%");
    expectGrounded(r);
  });
});

/**
 * 普陀区司法局 2026 部门预算, read off the rendered page 8: item 3 "普法宣传（05项）124.29万元 … 2025年当年
 * 预算执行数为118.46万元，2026年预算安排124.29万元，比2025年预算执行数增加4.92%". By hand: (124.29 −
 * 118.46) ÷ 118.46 = 4.92 %.
 */
describe("what the asker checks in a budget PDF", () => {
  const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf"]);

  it("works out the growth between the two amounts the asker quotes", async () => {
    const r = await ask("司法局普法宣传2025年执行118.46万元，2026年安排124.29万元，涨幅多少");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("(124.29 − 118.46) ÷ 118.46 = 4.92%");
    expectGrounded(r);
  });

  it("refuses a body under the department asked alone, naming the department's figure", async () => {
    const r = await ask("司法局下属的法律援助中心2026年预算是多少钱");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("所属单位单独的数字");
  });

  it("a body under the department asked whether it has a budget of its own is no figure refused", async () => {
    const r = await ask("司法局下面的法律援助中心有没有单独编预算");
    expect(r.answer).not.toContain("所属单位单独的数字");
  });
});

/**
 * 万里街道 2023 and 2024 部门预算, read off the rendered pages (基本支出经济分类表 合计): 2023 page 27
 * 99,406,297 of which 人员经费 84,024,865 (84.53 %); 2024 page 30 99,706,020 of which 88,537,451
 * (88.80 %). By hand: 88.80 − 84.53 = 4.27 percentage points.
 */
describe("a share compared between two years", () => {
  const { ask } = usePdfEngine(["putuo-wanli-2023-bumen-yusuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);

  it("gives each year's share and the points between them", async () => {
    const r = await ask("万里街道基本支出里人员经费的比重，2023年和2024年差几个百分点");
    expect(r.status).toBe("answered");
    expectFacts(r, "84.53% 88.80% 4.27个百分点");
    expectGrounded(r);
  });
});

/**
 * 普陀区商务委 2025 单位预算, read off the rendered page 9 (预算单位财务收支预算总表, 元): 社会保障和就业支出
 * 合计 3,808,085.00, 基本支出 人员经费 3,565,865.00, 公用经费 242,220.00. By hand: 3,565,865 + 242,220 =
 * 3,808,085.
 */
describe("a row's cell glossed by its parts in brackets", () => {
  const { ask } = usePdfEngine(["putuo-swh-2025-danwei-yusuan.pdf"]);

  // 一般公共服务支出 row: 合计 21,601,733.00, 人员经费 10,823,891.00, 公用经费 1,467,842.00 (项目支出
  // 9,310,000.00). By hand: 10,823,891 + 1,467,842 = 12,291,733; 21,601,733 − 12,291,733 = 9,310,000.
  it("a row's two cells checked against 'the total' are set against the row's own total", async () => {
    const r = await ask("商务委2025年单位预算，一般公共服务支出这行的人员经费和公用经费加起来等于合计吗");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("不等于");
    expectFacts(r, "21601733.00元");
    expect(text).toContain("931.00万元");
    expectGrounded(r);
  });

  it("'社保' is the functional class of social security and employment", async () => {
    const r = await ask("商务委2025年单位预算社保支出多少");
    expectFacts(r, "3808085.00元");
    expect(r.answer).toContain("“社保”按“社会保障和就业支出”理解");
  });

  it("gives the row's cells of each part and their sum against the whole", async () => {
    const r = await ask("商务委2025年单位预算，社会保障和就业支出的基本支出（人员经费+公用经费）有多少");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("356.5865 + 24.222 = 380.8085");
    expectFacts(r, "3565865.00元 242220.00元 3808085.00元");
    expectGrounded(r);
  });
});
