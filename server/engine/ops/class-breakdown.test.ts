import { describe, expect, it } from "vitest";
import { DOC } from "../../testing/sample-index.js";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectCited, expectFacts, expectGrounded } from "../answer-expect.js";

/**
 * A total by functional class. From data/docs: 002 table 01 lines 112–117 (一般公共服务支出 674.75,
 * 科学技术支出 1.96, 社会保障和就业支出 64.82, 卫生健康支出 55.93, 住房保障支出 43.24). 002's class
 * rows print totals only (no 基本支出 / 项目支出 of a class): a part of spending, or a figure with no
 * class rows (人员经费), broken down by class is refused, never answered with the class totals.
 */
const { ask } = useSampleEngine();

describe("a total by functional class", () => {
  it("the class rows of the unit's tables, largest first", async () => {
    const r = await ask("区委办2024年支出按功能分类各是多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "674.75万元 1.96万元 64.82万元 55.93万元 43.24万元");
    expectCited(r, DOC.tianyuanFinal, 112, "01");
    const order = ["674.75", "64.82", "55.93", "43.24", "1.96"].map((v) => r.answer.indexOf(v));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expectGrounded(r);
  });

  // 002 line 370: "…一般公共服务支出674.75万元，占80.3%；科学技术支出1.96万元，占0.2%；…住房保障支出43.24万元，占5.1%".
  it("each class with the share the narrative's class list prints beside its amount", async () => {
    const r = await ask("天元区委办2024年的钱按功能分类是怎么分的");
    const text = r.answer.replace(/\*\*/g, "");
    expect(text).toMatch(/一般公共服务支出：674\.75万元\[\d+\]（文件所列占比 80\.3%/);
    expect(text).toMatch(/科学技术支出：1\.96万元\[\d+\]（文件所列占比 0\.2%/);
    expectCited(r, DOC.tianyuanFinal, 370);
  });

  it("no class rows for the asked part: refused with the part named, not the class totals", async () => {
    const r = await ask("区委办2024年人员经费按功能分类各多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("最接近的公开数字是");
    expect(r.answer).not.toContain("674.75");
    const part = await ask("区委办2024年项目支出按功能分类怎么分");
    expect(part.status).toBe("not_found");
    expect(part.answer).not.toContain("674.75");
  });
});

/**
 * "花在哪些方面，各占多少": the total by class with each class's share. 000 table 04 lines 217–226
 * (一般公共服务支出 4,317.24 … 住房保障支出 181.42) and line 217's 一般公共预算财政拨款 5,487.18. By
 * hand: 4317.24 ÷ 5487.18 = 78.68%, 181.42 ÷ 5487.18 = 3.31%.
 */
describe("where the money went, asked in everyday words", () => {
  it("is the appropriation by class, each with its share of the total", async () => {
    const r = await ask("市政府办2024年财政拨款支出都花在哪些方面？各占多少");
    expect(r.plan.operation).toBe("breakdown");
    expectFacts(r, "4317.24万元 181.42万元 5487.18万元");
    expect(r.answer).toContain("78.68%");
    expect(r.answer).toContain("3.31%");
    expectGrounded(r);
  });

  it.each(["区委办的钱都花在哪些方面", "区委办的钱主要用在哪里", "区委办钱主要花在哪几块"])(
    "with no total named, is the spending total by class: %s",
    async (question) => {
      const r = await ask(question);
      expect(r.status).toBe("answered");
      expectFacts(r, "674.75万元 1.96万元");
    },
  );
});
