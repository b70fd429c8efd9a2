import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * 万里街道 2024 部门预算 p8 (rendered), item 20: 其他社会保障和就业支出 2023年当年预算执行数为1410.22万元，
 * 2024年预算安排781.24万元，比2023年预算执行数减少44.60%，主要原因是其他社会保障和就业支出经费减少.
 */
describe("a change asked loosely", () => {
  const { ask } = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf"]);

  it("“减得多吗” asks the change on last year, with its reason", async () => {
    const r = await ask("万里街道其他社会保障和就业支出降得厉害吗");
    expect(r.plan.operation).toBe("yoy");
    expect(r.answer).toContain("44.60%");
    expect(r.answer).toContain("1410.22");
    expect(r.answer).toContain("其他社会保障和就业支出经费减少");
    expectGrounded(r);
  });
});

/**
 * 司法局 2026 部门预算 p22 (rendered): 公务用车购置费0万元…无公车购置计划; 截至2025年8月31日…共有车辆3辆;
 * 2026年本部门预算安排购置车辆0辆.
 */
describe("a purchase asked of a zero purchase budget", () => {
  const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf"]);

  // p8 (rendered): "支出预算9628.22万元，其中：财政拨款支出预算9628.22万元，比2026年预算增加793.14万元"
  // and "财政拨款收入支出增加的主要原因是工作量增加".
  it("'预算为啥比上年多' with no figure named is the total's change, with the stated reason", async () => {
    const r = await ask("普陀司法局2026年的部门预算为啥比上年多了");
    expect(r.plan.metrics).toEqual([{ type: "metric", key: "支出合计" }]);
    expect(r.answer).toContain("793.14");
    expect(r.answer).toContain("工作量增加");
  });

  it("sets the number of cars to be bought beside it, not the cars held", async () => {
    const r = await ask("司法局2026年打算买新车吗");
    expect(r.answer).toContain("安排购置的车辆数为 **0辆**");
    // Nothing to be bought is no count of cars held beside a running cost.
    expect(r.answer).not.toContain("文件所列车辆数为 0");
  });
});

/** 001 line 1132: "三公"经费…预算为40万元，支出决算为23.3万元，完成预算的58.25%. */
describe("a budget asked whether any of it was spent", () => {
  const samples = useSampleEngine();

  it("“一分钱也没花吗” sets the actual against the budget", async () => {
    const r = await samples.ask("驻京办2024年三公预算40万，是不是一分钱也没用");
    expect(r.plan.operation).toBe("compare_budget_actual");
    expect(r.answer).toContain("23.30万元");
    expect(r.answer).toContain("58.25%");
  });
});

/** 司法局 2026 部门预算 p22 (rendered): "编报绩效目标的项目20个、涉及项目预算资金7054.05万元". */
describe("the money of the projects given performance targets", () => {
  const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf"]);

  it("is a figure read from the sentence, not a passage about targets", async () => {
    const r = await ask("司法局2026年设了绩效目标的项目，预算资金一共多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("**7054.05万元**");
    expect(r.plan.operation).not.toBe("text_lookup");
  });
});
