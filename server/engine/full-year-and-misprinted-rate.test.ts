import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited } from "./answer-expect.js";

const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002 line 704 (整体支出绩效自评表): 年度资金总额 年初预算数 863.40, 全年预算数 1016.64, 全年执行数
 * 840.70, 执行率 82.7%; line 374: 财政拨款支出年初预算数为863.40万元，支出决算数为840.70万元，完成年初预算的97.4%.
 * By hand: 840.7 ÷ 1016.64 = 82.69%, 840.7 ÷ 863.4 = 97.37%.
 */
describe("the whole year's budget against the spending, no figure named", () => {
  it("reads the self-evaluation's full-year budget, with the year-start one beside it", async () => {
    const r = await ask("天元区委办调整后的全年预算是1016万多，最后执行了多少、执行率是多少");
    const text = plain(r.answer);
    expect(text).toContain("1016.64万元");
    expect(text).toContain("840.7 ÷ 1016.64 = 82.69%");
    expect(text).toContain("863.40万元");
    expect(text).toContain("840.7 ÷ 863.4 = 97.37%");
    expectCited(r, DOC.tianyuanFinal, 704);
  });
});

/**
 * data/docs/001 line 1137: "公务用车运行维护费支出预算为18万元，支出决算为19.7万元，完成预算的100%" — by hand
 * 19.7 ÷ 18 = 109.44%.
 */
describe("a printed completion rate the figures do not give", () => {
  it("is not repeated in a draft: the computed rate is, and the printed one is noted", async () => {
    const r = await ask("驻北京联络处公车运行费超支了，帮忙起草一段说明，文件里写的完成100%需不需要改");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    const draft = (text.split("可直接使用的说明草稿")[1] ?? "").split("**说明**")[0].split("说明\n")[0];
    expect(draft).toContain("19.7 ÷ 18 = 109.44%");
    expect(draft).not.toContain("100.00%");
    expect(text).toMatch(/文件所列完成率为 100\.00%/);
  });
});

/**
 * data/docs/003 line 47: "本部门2024年年初预算机关运行经费共安排2182.99万元，比上年预算减少370.99万元，下降14.53%，
 * 主要原因是：按要求压减了相关办公经费。"
 */
describe("a budget stated with its change on last year in one sentence", () => {
  it("is given with that change and its reason", async () => {
    const r = await ask("株洲市政府办公室2024年部门预算给机关运行经费留了多少钱");
    const text = plain(r.answer);
    expect(text).toContain("2182.99万元");
    expect(text).toContain("370.99万元");
    expect(text).toContain("14.53%");
    expect(text).toContain("按要求压减了相关办公经费");
  });
});
