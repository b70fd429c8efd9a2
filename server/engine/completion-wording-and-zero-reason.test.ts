import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited } from "./answer-expect.js";

const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002 line 374: "财政拨款支出年初预算数为863.40万元，支出决算数为840.70万元，完成年初预算的97.4%"
 * (by hand 840.7 − 863.4 = −22.7).
 */
describe("how far the year-start budget was carried out, asked as its 进度 or 情况", () => {
  it("compares the actual with the budget instead of reading the budget alone", async () => {
    const r = await ask("天元区委办2024年财政拨款支出执行年初预算的进度如何");
    const text = plain(r.answer);
    expect(text).toContain("863.40万元");
    expect(text).toContain("840.70万元");
    expect(text).toContain("97.40%");
    expect(text).toContain("863.4 − 840.7 = 22.7");
    expectCited(r, DOC.tianyuanFinal, 374);
  });
});

/**
 * data/docs/001 line 1137: "公务用车运行维护费支出预算为18万元，支出决算为19.7万元，完成预算的100%" — by hand
 * 19.7 ÷ 18 = 109.44%.
 */
describe("the text's own rate asked about as 原文 or 文中", () => {
  it("is the document's wording, no figure missing from it", async () => {
    const r = await ask("驻京办的公务用车运行维护费预算执行率是多少，原文的百分比算得对吗");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("19.7 ÷ 18 = 109.44%");
    expect(text).toMatch(/文件所列完成率为 100\.00%/);
    expect(text).not.toContain("文件没有");
  });
});

/**
 * The 2024 budget document, data/docs/003 line 58: "2024年“三公”经费预算154万元"; the final accounts,
 * data/docs/000 line 356 (公开09表): 决算 136.85. By hand 136.85 ÷ 154 = 88.86%, 154 − 136.85 = 17.15.
 */
describe("the actual against the budget document's own figure", () => {
  it("gives the completion rate against it as well as the gap", async () => {
    const r = await ask("市政府办2024年三公经费决算跟年初预算文件比完成了多少");
    const text = plain(r.answer);
    expect(text).toContain("154.00万元");
    expect(text).toContain("136.85 ÷ 154 = 88.86%");
    expect(text).toContain("154 − 136.85 = 17.15");
    expectCited(r, DOC.cityBudget, 58);
  });
});

/**
 * data/docs/001 line 1144: "机关运行经费支出0万元…比上年决算数减少176.4万元，降低100%。主要原因是：响应财政号召，
 * 压缩经费，节约开支，不再列支安排机关运行经费支出。"
 */
describe("a figure of 0 among several units' figures", () => {
  it("carries the reason the document gives for it", async () => {
    const r = await ask("市政府办和驻京办2024年机关运行经费各是多少");
    const text = plain(r.answer);
    expect(text).toContain("0.00万元");
    expect(text).toContain("176.40万元");
    expect(text).toContain("不再列支安排机关运行经费支出");
    expectCited(r, DOC.beijingFinal, 1144);
  });

  it("says the reason once when the unit is asked alone", async () => {
    const r = await ask("驻京办2024年机关运行经费多少");
    const text = plain(r.answer);
    expect(text.split("不再列支安排机关运行经费支出").length).toBe(2);
  });
});
