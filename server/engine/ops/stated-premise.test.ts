import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts } from "../answer-expect.js";
import { premiseNote } from "./stated-premise.js";

/**
 * A direction the asker takes for granted, checked against the figures. 市政府办 2024 决算 (data/docs/000)
 * line 729 (整体支出绩效评价基础数据表): 三公经费 2023年决算数 151.98, 2024年 136.85 (a fall). 驻北京联络处
 * 2024 决算 (001) line 1132: "“三公”经费财政拨款支出预算为40万元，支出决算为23.3万元" (under budget).
 */
describe("a direction the question states", () => {
  it("is noted only when the figures go the other way, and never when both ways are named", () => {
    expect(premiseNote("为什么涨了这么多", "change", "down")?.join("")).toContain("不是增加");
    expect(premiseNote("为什么涨了这么多", "change", "up")).toBeUndefined();
    expect(premiseNote("是增加还是减少", "change", "down")).toBeUndefined();
    expect(premiseNote("超支的原因", "budgetGap", "down")?.join("")).toContain("不是超出预算");
    expect(premiseNote("执行得怎么样", "budgetGap", "down")).toBeUndefined();
  });

  const { ask } = useSampleEngine();

  it("a rise asked of a figure that fell: both years, the fall, and the note", async () => {
    const r = await ask("市政府办的三公经费为啥增加了");
    expect(r.status).toBe("answered");
    expectFacts(r, "151.98万元 136.85万元");
    expect(r.answer).toContain("问题说“增加”，但按文件数字是减少");
  });

  it("a fall asked of a figure that fell carries no note", async () => {
    const r = await ask("市政府办的三公经费为什么下降了");
    expect(r.answer).not.toContain("问题说");
  });

  it("overspending asked of an actual under budget: the gap, and the note", async () => {
    const r = await ask("驻京办2024年三公经费为什么超预算了");
    expectFacts(r, "40万元 23.3万元");
    expect(r.answer).toContain("按文件数字是少于预算");
  });
});
