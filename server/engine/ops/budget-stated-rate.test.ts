import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

/**
 * A project's rate stated on its form, not in its paragraph. data/docs/000 line 862, the 政府门户网
 * 专项 项目支出绩效自评表: "年度资金总额 173 173 48.89 10 28.00% 2.8" (年初预算, 全年预算, 全年执行, 分值,
 * 执行率, 得分). By hand 48.89 ÷ 173 = 28.26 %, which the form prints otherwise.
 */
const { ask } = useSampleEngine();

describe("a rate the documents state beside the same two amounts elsewhere", () => {
  it("is said beside them, with the computed rate in a note", async () => {
    const r = await ask("市政府办2024年政府门户网专项预算执行了百分之多少");
    const text = r.answer.replace(/\*\*/g, "");
    expect(text).toContain("28.00%");
    expect(text).toContain("48.89 ÷ 173 = 28.26%");
  });
});

/**
 * data/docs/001: 表1 line 1225–1229 prints 驻京工作经费 217 / 217 / 209.35 / 96.48%; the project's 自评表
 * (lines 1634–1664) prints the same 217 and 209.35 with 执行率 96.5%. By hand 209.35 ÷ 217 = 96.47 %.
 */
describe("the same two amounts with their rate printed two ways", () => {
  it("says the other place's rate beside the first", async () => {
    const r = await ask("驻北京联络处驻京工作经费执行率多少，两张表写的一样吗");
    const text = r.answer.replace(/\*\*/g, "");
    expect(text).toContain("209.35 ÷ 217 = 96.47%");
    expect(text).toContain("96.48%");
    expect(text).toMatch(/绩效自评表第\d+行所列完成率为 96\.5%/);
  });
});
