import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Changes on last year that the narrative states for a coded subject, a budget's total or the
 * general fund's appropriation, asked in our own words; values read off the documents as printed:
 * - ingest/fixtures/unseen/xiwuqi-zrzyj-2025-yusuan.txt: line 568 (表10) the project "征地和拆迁补偿"
 *   2120801 1,260.00; lines 705–706 "征地和拆迁补偿支出（2120801）1260.00万元，比上年预算980.00万元增加
 *   280.00万元，增长28.57%，主要原因是2025年旗本级计划征收土地面积增加"; lines 614–615 "2025年一般公共
 *   预算支出1308.24万元，占本年支出合计的41.64%，比上年预算1331.10万元减少22.86万元，下降1.72%".
 * - ingest/fixtures/unseen/huzhou-nyncj-2025-yusuan.pdf, page 15 (pdftoppm): 收入预算 21079.53,
 *   "收入预算比2024年年初预算19862.35万元增加1217.18万元，增长6.13%", 支出预算 21079.53; "其中：一般公共
 *   预算拨款收入比上年17705.20万元增加1239.47万元，增长7.00%"; page 3: "加挂湖州市乡村振兴局牌子";
 *   机关运行经费 312.48.
 */
describe("a banner league bureau's coded subjects, compared with last year in its narrative", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/xiwuqi-zrzyj-2025-yusuan.txt"]);

  it("a subject stated with its code inside a sentence has last year's budget and the reason of its clause", async () => {
    const text = plain((await ask("2120801征地和拆迁补偿支出跟上年预算比变了多少？")).answer);
    expect(text).toContain("980.00万元");
    expect(text).toContain("280.00万元");
    expect(text).toContain("28.57%");
    expect(text).toContain("计划征收土地面积增加");
  });

  it("a project that is its subject's whole amount is compared through the subject, and says so", async () => {
    const result = await ask("征地和拆迁补偿项目跟去年比增加了多少？");
    expect(result.status).toBe("answered");
    const text = plain(result.answer);
    expect(text).toContain("280.00万元");
    expect(text).toContain("金额相同");
  });

  it("a change's rate is not set beside the share the sentence prints ('占41.64%')", async () => {
    const text = plain((await ask("一般公共预算支出比上年预算少了多少？")).answer);
    expect(text).toContain("22.86万元");
    expect(text).toContain("1.72%");
    expect(text).not.toContain("41.64");
  });
});

describe("a city bureau's budget total and general fund, compared with last year in its narrative", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/huzhou-nyncj-2025-yusuan.pdf"]);

  it("the spending total, equal to the income total, is compared through the income's stated change", async () => {
    const result = await ask("农业农村局2025年支出预算总额和2024年比多了多少？");
    expect(result.status).toBe("answered");
    const text = plain(result.answer);
    expect(text).toContain("19862.35万元");
    expect(text).toContain("1217.18万元");
    expect(text).toContain("6.13%");
    expect(text).toContain("收支平衡");
  });

  it("the general fund's appropriation compared with last year's is its own figure", async () => {
    const text = plain((await ask("一般公共预算拨款收入比上年增加多少？")).answer);
    expect(text).toContain("17705.20万元");
    expect(text).toContain("1239.47万元");
    expect(text).toContain("7.00%");
  });

  it("the body's other nameplate is its name", async () => {
    const result = await ask("湖州市乡村振兴局的机关运行经费预算是多少？");
    expect(result.status).toBe("answered");
    expect(plain(result.answer)).toContain("312.48万元");
  });
});
