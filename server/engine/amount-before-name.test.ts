import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * An amount the asker writes right before words that begin a unit's alias ("251万里面" holds
 * "万里"). Read off the rendered page 24 of 普陀区财政局 2024 部门决算: 政府采购金额 251.25万元, of which
 * 服务采购金额 246.47万元; 246.47 ÷ 251.25 = 98.10 %.
 */
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);

describe("an amount's 万 before other words", () => {
  it("begins no unit's name: the question stays about the one unit it names", async () => {
    const r = await ask("普陀财政局采购总共251万里面，服务采购占了多大比例");
    expect(r.plan.units).toEqual(["上海市普陀区财政局"]);
    expect(r.answer.replace(/\*\*/g, "")).toContain("98.10%");
  });

  it("a unit named with 万 at its start is still found", async () => {
    const r = await ask("万里街道办事处2024年三公预算安排了多少");
    expect(r.plan.units).toEqual(["上海市普陀区人民政府万里街道办事处"]);
  });
});
