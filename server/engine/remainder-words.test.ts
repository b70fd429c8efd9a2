import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the sources:
 * - 002 (区委办 2024 决算) line 173 (公开03表): 合计 项目支出 209.59; line 644: “党政专用通信二级网建设”
 *   项目支出 79.55 万元. 209.59 − 79.55 = 130.04.
 * - 司法局 2026 部门预算 p10 (rendered at -r 90), 部门财务收支预算总表 (元): 支出总计 96,282,213.44;
 *   四、住房保障支出 4,521,559.00. 96282213.44 − 4521559.00 = 91760654.44 元 = 9176.07 万元.
 */
const samples = useSampleEngine();
const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf"]);

describe("what remains once a figure is taken off", () => {
  it("“其他项目” beside a project taken off is the rest of the whole, not a row", async () => {
    const r = await samples.ask("天元区委办2024年的项目支出去掉党政专用通信二级网建设以后，其他项目合计多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("130.04万元");
    expect(r.answer).toContain("209.59 − 79.55 = 130.04");
    expectGrounded(r);
  });

  it("“其余各类” with no whole named takes the class off the spending total", async () => {
    const r = await ask("司法局2026年部门预算里除了住房保障支出，其余各类加起来多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("9176.07万元");
    expect(r.plan.readings.join("")).toContain("支出合计");
    expectGrounded(r);
  });

  it("one figure taken off another, with no unit named, asks which unit", async () => {
    const r = await samples.ask("三公经费扣掉公务接待费还剩多少");
    expect(r.status).toBe("clarify");
  });
});
