import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

/**
 * Counts of different things asked in one message, and a count of last year's activity read from
 * this year's document. data/docs/001: line 1142 "公务用车保有量为3辆"; line 1141 "全年公务接待16批次
 * 176人次" (2024); its attachment gives 2023's 公务接待 amount only, no count.
 */
const { ask } = useSampleEngine();

describe("counts of different things after a comma", () => {
  it("each is answered", async () => {
    const r = await ask("驻京办有几辆公车，公务接待一共多少批次");
    expectFacts(r, "3辆");
    expect(r.answer.replace(/\*\*/g, "")).toContain("16批次");
  });
});

describe("a count of last year's activity", () => {
  it("is not this year's count, nor last year's amount: refused, naming the amount", async () => {
    const r = await ask("驻京办2023年一共接待了几批客人");
    expect(r.status).toBe("not_found");
    expect(r.answer).not.toContain("16批次");
    expect(r.answer).toContain("人数或次数");
  });
});
