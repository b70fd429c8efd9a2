import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "./answer-expect.js";

/**
 * Follow-ups that change one thing, over published 上海 budgets. Values read off the pages
 * rendered with pdftoppm: 万里街道 2023 p10 and 2024 p10 (部门财务收支预算总表, 支出总计
 * 164,978,640 and 156,211,123), 2024 p29–30 (基本支出经济分类: 30201 办公费 4,755,518, 公用经费
 * 合计 11,168,569); 社会福利院 2024 p16 ("2024年“三公”经费预算数为6.40万元，与2023年预算持平");
 * 商务委 单位 2025 p9 (财务收支预算总表: 社会保障和就业支出 合计 3,808,085.00, 人员经费
 * 3,565,865.00, 公用经费 242,220.00; 支出总计 人员经费 18,120,593.00); 上海市财政局 2025 p10–11
 * (支出预算总表, 基本支出: 201 84,861,719, 208 16,360,320, 210 4,620,000, 221 21,800,000, 合计
 * 127,642,039); 社会福利院 2024 p6 item 4 ("社会福利事业单位（项）”738.66万元…2023年当年预算执行数为
 * 711.34万元…比2023年预算执行数增加3.84%"; its table row prints 696.48万元); 万里街道 2023 p7 item
 * 16 (职业年金 220.63万元; "2022年当年预算执行数为132.59万元，2023年预算安排441.25万元，比2022年预算
 * 执行数增加60.54%", the sentence's figure copied from item 15).
 */
const { ask } = usePdfEngine([
  "putuo-wanli-2023-bumen-yusuan.pdf",
  "putuo-wanli-2024-bumen-yusuan.pdf",
  "putuo-shfly-2024-danwei-yusuan.pdf",
  "putuo-swh-2025-danwei-yusuan.pdf",
  "shanghai-czj-2025-danwei-yusuan.pdf",
]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a total read from a bare budget question, asked again elsewhere", () => {
  it("'<年>呢' after '预算一共多少' is the other year's total", async () => {
    const r = await ask("万里街道2023年预算一共多少", "那2024年的呢");
    expect(r.status).toBe("answered");
    expectFacts(r, "156211123元");
    expect(r.answer).not.toContain("政府采购");
  });
});

describe("a part asked after its whole", () => {
  it("'<经济科目>占多少' after 公用经费 is its share of it", async () => {
    const r = await ask("万里街道2024年公用经费预算是多少", "其中办公费占多少");
    expect(r.plan.operation).toBe("share");
    expect(plain(r.answer)).toContain("42.58%");
    expectGrounded(r);
  });

  it("'<科目>当中的<列>' is the cell of that row, not the row and the column apart", async () => {
    const r = await ask("商务委单位预算的人员经费是多少", "社会保障和就业支出当中的人员经费是多少");
    expectFacts(r, "3565865元");
    expect(r.answer).not.toContain("18120593");
  });

  it("'<科目>那块的呢' after a column asks the row's cell in that column", async () => {
    const r = await ask("商务委单位预算的公用经费是多少", "社会保障和就业支出那块的呢");
    expectFacts(r, "242220元");
  });

  it("a row's total is not set against its own 人员经费 and 公用经费 cells as a disagreement", async () => {
    const r = await ask("商务委单位预算社会保障和就业支出是多少");
    expectFacts(r, "3808085元");
    expect(r.answer).not.toContain("不一致");
  });
});

describe("last year's budget stated in words", () => {
  it("'与<上年>预算持平' gives last year's budget as this year's, in the document's words", async () => {
    const r = await ask("福利院24年的三公预算数", "前一年的呢");
    expect(r.status).toBe("answered");
    expectFacts(r, "6.4万元");
    expect(r.answer).toContain("与2023年预算持平");
  });
});

describe("a part of the spending by functional class", () => {
  it("'按功能分类拆开呢' after 基本支出 gives each class's cell in the 基本支出 column", async () => {
    const r = await ask("上海市财政局2025年基本支出是多少", "按功能分类拆开呢");
    expect(r.plan.operation).toBe("breakdown");
    expectFacts(r, "84861719元 16360320元 4620000元 21800000元");
    expect(r.answer).not.toContain("127886849");
  });
});

describe("a change on last year stated in a sentence whose figure a table prints otherwise", () => {
  it("the sentence's figure is used when its own arithmetic holds (738.66 vs 711.34: +3.84 %)", async () => {
    const r = await ask("社会福利院2024年社会福利事业单位预算比上年执行数增加了多少");
    const answer = plain(r.answer);
    expect(answer).toContain("738.66 − 711.34 = 27.32");
    expect(answer).toContain("696.48万元");
    expect(answer).toContain("不一致");
  });

  it("a sentence whose figure does not give its stated rate leaves the table's figure", async () => {
    const r = await ask("万里街道2023年机关事业单位职业年金缴费支出比上年执行数增长多少");
    const answer = plain(r.answer);
    expect(answer).toContain("220.63万元");
    expect(answer).toContain("66.40%");
    expect(answer).not.toContain("441.25 − 132.59");
  });
});
