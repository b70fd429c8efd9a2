import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the sources:
 * - 002 (区委办 2024 决算) lines 259–281, 公开06表 人员经费 items: 基本工资 167.6, 津贴补贴 58.03, 奖金 155.4,
 *   养老保险缴 51.28, 职业年金缴费 11.98, 职工基本医疗保险缴费 20.08, 公务员医疗补助缴费 28.53, 其他社会保障缴费
 *   1.56, 住房公积金 43.24, 医疗费补助 6.49 (others blank): the least is 1.56.
 * - 002 line 490: 授予中小企业合同金额114.69万元，占政府采购支出总额的91.0%，其中：授予小微企业合同金额114.49万元，
 *   占授予中小企业合同金额的99.8%.
 * - 001 (驻京办 2024 决算) lines 1433–1622: 整体支出绩效自评表 总分 99.6 (项目 forms: 99.7 and 99.6).
 * - 普陀区财政局 2024 决算 pp16–17 (rendered at -r 90), 基本支出决算表 公用经费 items: 其他交通费用 48.49,
 *   福利费 42.77, 工会经费 24.42, 办公费 21.21, 办公设备购置 13.58, …; 48.49 + 42.77 + 24.42 = 115.68.
 */
const samples = useSampleEngine();
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);

describe("parts of a figure ranked as people ask", () => {
  it("“<基本支出>的<人员经费>中…最小” ranks the part's own items, the least first", async () => {
    const r = await samples.ask("区委办2024年基本支出的人员经费中，数额最小的是哪一项");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "人员经费" }]);
    expect(r.answer).toMatch(/最低的是其他社会保障缴费[^，。]*，为 \*\*1\.56万元\*\*/);
  });

  it("“最大的三项…加起来” lists three and adds them", async () => {
    const r = await ask("普陀区财政局2024年决算公用经费里排前三的是哪些？三项合计是多少");
    expect(r.answer).toContain("48.49 + 42.77 + 24.42 = 115.68");
    expect(r.answer).not.toContain("21.21万元");
    expectGrounded(r);
  });

  it("a unit's own work scored is its own evaluation, not a project whose name holds the word", async () => {
    const r = await samples.ask("驻京办2024年本单位工作自评得了几分");
    expect(r.answer).toContain("99.6分");
    expect(r.answer).not.toContain("99.7分");
  });

  it("小微企业 awarded, and the share its own clause prints", async () => {
    const r = await samples.ask("区委办2024年小微企业拿到多少合同金额，占中小企业的比重是多少");
    expect(r.answer).toContain("114.49万元");
    expect(r.answer).toContain("99.83%");
    expect(r.answer).toContain("**99.8%**");
    expect(r.answer).not.toContain("占政府采购支出总额的比例");
  });

  it("three figures named: the part over its own whole, not the first two named", async () => {
    const r = await samples.ask("天元区委办政府采购中授予小微企业的合同占授予中小企业合同的比例");
    expect(r.answer).toContain("114.49 ÷ 114.69 = 99.83%");
    expect(r.answer).not.toContain("126.03 ÷");
  });
});
