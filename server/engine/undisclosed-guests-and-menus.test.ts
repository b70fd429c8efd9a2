import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

/**
 * 株洲 text exports (cat -n): 000 line 496, 公务接待费 1.12万元, "共接待来访团组8个、来宾64人次，主要是因招商引资
 * 发生的接待支出" (a count of guests, no description of them); 002 line 474, "全年共接待来访团组1个、来宾6人次，
 * 主要是接待包头市九原区委书记一行来株调研发生的接待支出" (the guests described).
 */
describe("whom a unit received, and what was served", () => {
  const { ask } = useSampleEngine();

  it("a count of guests is no list of them: refused, the closest passage quoted", async () => {
    const r = await ask("市政府办去年招待的64人次客人都是哪些人");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("来宾");
  });

  it("guests the passage describes are quoted", async () => {
    const r = await ask("天元区委办公务接待的是谁");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("区委书记一行");
  });

  it("what a reception served is no figure: refused, its cost named as the closest", async () => {
    const r = await ask("市政府办公务接待都吃了些什么菜");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("1.12万元");
    expect(r.answer).toContain("菜单");
  });
});

/**
 * shanghai-czj-2025-danwei-yusuan.pdf p21 (rendered, pdftoppm -r 80), 其他相关情况说明: 公务用车运行费32.20万元;
 * 五、国有资产占有使用情况: 截至2024年8月31日，上海市财政局共有车辆0辆.
 */
describe("a cost of things the unit has none of, asked why", () => {
  const { ask } = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);

  it("after the cost and the count, the why says first that no reason is stated, then both figures", async () => {
    const r = await ask(
      "上海市财政局2025年给公车运行安排的预算有多少",
      "它一共有几辆车",
      "没有车为什么还有运行费，用在哪里",
    );
    expect(r.status).toBe("answered");
    expect(r.answer.startsWith("文件没有说明原因")).toBe(true);
    expect(r.answer).toContain("0辆");
    expect(r.answer).toContain("32.20万元");
  });

  it("the count asked alone is answered, the cost set beside it", async () => {
    const r = await ask("上海市财政局名下公务车有多少辆");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("0辆");
    expect(r.answer).toContain("32.20万元");
  });
});
