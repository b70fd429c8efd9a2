import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * putuo-wanli-2024-bumen-yusuan page 32, rendered at 80 dpi: "其中：公务用车购置费25万元" and "2024年部门预算
 * 安排购置车辆1辆，其中：…其他用车1辆".
 */
const { ask } = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf"]);
const plain = (answer: string) => answer.replace(/\*\*/g, "");

describe("a count and the money of buying them, asked together", () => {
  it("'买几辆，预算多少' gives the cars to be bought and their purchase budget", async () => {
    const r = await ask("万里街道2024年打算买几辆车，预算多少钱");
    const text = plain(r.answer);
    expect(text).toContain("购置 1辆");
    expect(text).toContain("公务用车购置费预算为 25.00万元");
  });

  it("as a follow-up of whether cars are bought", async () => {
    const r = await ask("万里街道2024年要买车吗", "买几辆？预算多少");
    const text = plain(r.answer);
    expect(text).toContain("购置 1辆");
    expect(text).toContain("25.00万元");
  });
});
