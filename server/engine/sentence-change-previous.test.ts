import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const { ask } = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * putuo-wanli-2024-bumen-yusuan.pdf page 32 (rendered): "2024年“三公”经费预算数为47.91万元，比2023年预算增加25万元。"
 * By hand 47.91 − 25 = 22.91.
 */
describe("a budget stated with its change on last year in one sentence", () => {
  it("names last year's figure that follows from the two", async () => {
    const r = await ask("万里街道的三公经费预算是多少");
    const text = plain(r.answer);
    expect(text).toContain("47.91万元");
    expect(text).toContain("增加 25.00万元");
    expect(text).toContain("按此推算上年为 22.91万元");
    expect(text).toContain("47.91 − 25 = 22.91");
  });
});

/**
 * Same page 32: "其中：公务用车购置费25万元，比2023年预算增加25万元，主要原因是购置公务用车" and "2024年部门预算安排
 * 购置车辆1辆".
 */
describe("cars to be bought", () => {
  it("are answered with the money budgeted for buying them", async () => {
    const r = await ask("万里街道今年准备买几辆公车");
    const text = plain(r.answer);
    expect(text).toContain("1辆");
    expect(text).toContain("同一文件所列公务用车购置费为 25.00万元");
    expect(text).toContain("购置公务用车");
  });
});
