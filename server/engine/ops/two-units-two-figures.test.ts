import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002 (天元区委办 2024 决算) line 173 公开03表 合计: 基本支出 631.11, 项目支出 209.59; line 462:
 * 公务接待费支出决算为0.13万元. data/docs/000 (市政府办) line 184: 基本支出 4,723.85, 项目支出 763.33.
 * data/docs/001 (驻京办) line 1132: “三公”经费支出决算为23.3万元. By hand: 4723.85 − 631.11 = 4092.74,
 * 763.33 − 209.59 = 553.74, 23.3 ÷ 0.13 = 179.23.
 */
describe("two units and two figures", () => {
  it("'甲和乙，A和B对比' compares each figure across the units", async () => {
    const r = await ask("天元区委办同市政府办，基本支出、项目支出分别对比一下");
    const text = plain(r.answer);
    // The gap is the larger less the smaller, its direction said in words ("少").
    expect(text).toContain("4723.85 − 631.11 = 4092.74");
    expect(text).toContain("763.33 − 209.59 = 553.74");
  });

  it("'甲的A是乙的B的几倍' sets each unit's own figure against the other's", async () => {
    const r = await ask("驻北京联络处的三公经费，是天元区委办公务接待费的多少倍");
    const text = plain(r.answer);
    expect(text).toContain("23.3 ÷ 0.13 = 179.23倍");
    expect(text).not.toContain("23.3 ÷ 3.6");
  });
});

/**
 * data/docs/003 line 37: 2024年年初部门支出预算5311.92万元，其中，一般公共服务支出4327.7万元，社会保障和就业支出
 * 616.11万元，卫生健康支出203.08万元，住房保障支出165.03万元. By hand the four add to 5311.92.
 */
describe("the classes of a breakdown counted ('按功能分类的四项')", () => {
  it("are the classes, not rows the question failed to name", async () => {
    const r = await ask("株洲市政府办2024年预算，按功能分类那四项相加是不是总数");
    expect(plain(r.answer)).toContain("4327.7 + 616.11 + 203.08 + 165.03 = 5311.92");
  });
});
