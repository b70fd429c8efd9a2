import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * Which figure is the part. 万里街道 2024 部门预算 p32 (rendered): "政府采购预算1662.44万元"; "面向中小
 * 企业预留政府采购项目预算金额664.98万元，其中，预留给小型和微型企业的…465.49万元". By hand:
 * 664.98 ÷ 1662.44 = 40.00%, 465.49 ÷ 664.98 = 70.00%. 002 line 112 (一般公共服务支出 674.75) and line
 * 232 (2012601 行政运行 145.09): 145.09 ÷ 674.75 = 21.50%. 000 lines 516–518: 政府采购支出总额 675.32,
 * 授予中小企业合同金额 675.32.
 */
const pdfs = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf"]);
const samples = useSampleEngine();

describe("a share of procurement reserved for or awarded to small firms", () => {
  it("divides by all procurement, not the other way round", async () => {
    const r = await pdfs.ask("万里街道2024年政府采购预算里面向中小企业预留的占多少");
    expect(r.answer).toContain("40.00%");
    expect(r.answer).not.toContain("250.00%");
    expectGrounded(r);
  });

  it("“其中小微企业占多少” after the small firms' share is the micro firms' share of it", async () => {
    const r = await pdfs.ask("万里街道2024年预留给中小企业的采购占采购预算多少？其中小微企业占多少？");
    expect(r.answer).toContain("40.00%");
    expect(r.answer).toContain("70.00%");
  });

  it("the micro firms' reservation is a share of the small firms'", async () => {
    const r = await pdfs.ask("万里街道2024年预留给小微企业的采购占中小企业预留的多少");
    expect(r.answer).toContain("70.00%");
  });

  it("“给中小企业的合同” is the amount awarded, a share of all procurement", async () => {
    const r = await samples.ask("市政府办2024年政府采购总共多少", "给中小企业的合同占多少？");
    expect(r.answer).toContain("授予中小企业合同金额占政府采购支出总额的 **100.00%**");
  });

  it("“占比呢” after the amount awarded divides by the procurement asked first", async () => {
    const r = await samples.ask("政府办2024年政府采购支出多少", "授予中小企业的有多少", "占比呢");
    expectFacts(r, "675.32万元");
    expect(r.answer).toContain("占政府采购支出总额");
  });
});

describe("a row inside a class, asked “<类>里<行>占多少”", () => {
  it("is the row's share of the class", async () => {
    const r = await samples.ask("区委办2024年一般公共服务支出里行政运行占多少");
    expectFacts(r, "145.09万元 674.75万元");
    expect(r.answer).toContain("21.50%");
    expect(r.answer).not.toContain("465.06%");
  });
});

/** 万里街道 2024 部门预算 p25 (rendered): 212 城乡社区支出 119,385,303 元. */
describe("a figure asked inside its whole", () => {
  it("“支出预算里面，<类>有多少” is the class alone", async () => {
    const r = await pdfs.ask("万里街道办2024年度支出预算里面，城乡社区支出有多少");
    expectFacts(r, "119385303元");
    expect(r.answer).not.toContain("15621.11");
  });
});
