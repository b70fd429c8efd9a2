import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";

/**
 * What is asked is a percentage or an attribute the documents do not give. 002 line 173: 项目支出
 * 209.59 (table 03); line 640 states the mid-year projects' money in prose only; lines 476–478 and
 * 494: one vehicle, with neither its model nor its year of purchase.
 */
const { ask } = useSampleEngine();

describe("a percentage asked, only an amount found", () => {
  it("is computed from the two amounts the prose states, never from the project total", async () => {
    // Line 640: "年中追加项目…150.46万元，实际支出102.43万元" — both amounts in one sentence.
    const r = await ask("区委办年中追加的项目，钱用了百分之多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("102.43 ÷ 150.46 = 68.08%");
    expect(r.answer).not.toContain("209.59");
  });

  it("a percentage computed from the figures found is still the answer", async () => {
    const r = await ask("区委办2024年项目支出占支出合计的比例");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("24.93%");
  });
});

describe("a vehicle's model or year of purchase", () => {
  it("is refused with the number of vehicles named", async () => {
    const r = await ask("区委办那辆公车是什么车，哪年买的");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("1辆");
  });
});
