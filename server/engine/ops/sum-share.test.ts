import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

/**
 * Several rows added, over a whole named last. Read off putuo-czj-2024-bumen-juesuan (pdftoppm -r 60):
 * p15 (一般公共预算财政拨款支出决算表, 万元) "201 06 07 信息化建设 135.25", "201 06 08 财政委托业务支出 449.52";
 * p21 "项目支出603.14万元". By hand: 449.52 + 135.25 = 584.77; 584.77 ÷ 603.14 = 96.95%.
 */
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);

describe("a share of a sum", () => {
  it("'甲和乙加起来占丙几成' adds the two, then divides by the third", async () => {
    const r = await ask("普陀财政局财政委托业务和信息化建设加起来占项目支出几成");
    expect(r.plan.operation).toBe("share");
    expect(r.answer).toContain("449.52 + 135.25 = 584.77");
    expect(r.answer).toContain("584.77 ÷ 603.14 = 96.95%");
  });

  it("'…加起来多少？占丙几成' answers the sum, then its share, not the sum of all three", async () => {
    const r = await ask("普陀财政局财政委托业务和信息化建设两项决算加起来多少？占项目支出几成？");
    expect(r.answer).toContain("584.77 ÷ 603.14 = 96.95%");
    expect(r.answer).not.toContain("1187.91");
  });
});
