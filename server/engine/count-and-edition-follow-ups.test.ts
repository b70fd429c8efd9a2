import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "./answer-expect.js";

/**
 * Everyday shapes over the samples and the PDFs, values read at the cited lines and pages:
 * - 002 lines 476–478: "公务用车运行维护费3.5万元 … 公务用车保有量为 1 辆"; 001 line 1142: "公务用车运行
 *   维护费19.7万元" with 3 vehicles (line 1143). By hand 19.7 ÷ 3 = 6.57万元.
 * - 普陀区财政局 2024 部门决算 p15 (rendered): 2210203 购房补贴 258.50万元.
 * - 普陀区司法局 2026: 单位预算 p8 支出总计 86,959,408.34 元, 部门预算 p10 96,282,213.44 元.
 */
const samples = useSampleEngine();
const { ask } = usePdfEngine([
  "putuo-czj-2024-bumen-juesuan.pdf",
  "putuo-sfj-2026-bumen-yusuan.pdf",
  "putuo-sfj-2026-danwei-yusuan.pdf",
]);

describe("follow-ups after a count of cars", () => {
  it("reads “运行维护费” as the cars' running cost, then divides by the cars", async () => {
    const r = await samples.ask("区委办有几辆公车", "运行维护费多少", "平均一辆多少");
    expect(r.plan.operation).toBe("per_capita");
    expectFacts(r, "3.50万元 1辆");
    expectGrounded(r);
  });

  it("reads “一辆车…运维费平均” as the running cost per car", async () => {
    const r = await samples.ask("驻京办一辆车一年运维费平均多少");
    expectFacts(r, "19.7万元 3辆");
    expect(r.answer).toContain("6.57万元/辆");
  });
});

describe("everyday words for rows and periods", () => {
  it("房补 is the housing purchase subsidy", async () => {
    const r = await ask("普陀财政局房补一年发多少");
    expectFacts(r, "258.50万元");
  });

  it("a month's rent is not disclosed: refused, the annual row named", async () => {
    const r = await samples.ask("驻京办在北京的办公室房租一个月多少钱");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("月度");
  });
});

describe("a budget total asked of one edition, then of the other", () => {
  it("carries the total to the other edition and compares them", async () => {
    const second = await ask("普陀司法局单位预算总额多少", "那部门预算呢");
    expectFacts(second, "96282213.44元");
    const third = await ask("普陀司法局单位预算总额多少", "那部门预算呢", "差多少");
    expectFacts(third, "96282213.44元 86959408.34元");
    expect(third.answer).toContain("932.28万元");
  });
});

/** 003 line 51: "本部门共有公务用车22辆 …；2024年拟新增配置公务用车0辆". */
describe("cars held and cars to be bought", () => {
  it("“准备新增几辆” is the cars to be bought", async () => {
    const r = await samples.ask("市政府办2024年预算准备新增几辆车");
    expectFacts(r, "0辆");
    expect(r.answer).not.toContain("22辆");
  });
});
