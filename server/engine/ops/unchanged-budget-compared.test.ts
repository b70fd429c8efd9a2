import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";
import { expectGrounded } from "../answer-expect.js";

/**
 * A year a body publishes nothing for, read from its next budget's "与上年持平". Rendered at -r 70:
 * putuo-sfj-2026-bumen-yusuan p22 "2026年“三公”经费预算数为10.81万元，比2025年预算持平";
 * putuo-swh-2025-bumen-yusuan p22 "2025年“三公”经费预算数为1.00万元". By hand: 10.81 − 1 = 9.81.
 */
const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf", "putuo-swh-2025-bumen-yusuan.pdf"]);

describe("a year read from the next budget, compared", () => {
  it("the other body's year is its next budget's figure, which says it did not change", async () => {
    const r = await ask("2025年的三公预算，普陀商务委和普陀司法局哪家多，多多少？");
    expect(r.answer).toContain("10.81 − 1 = 9.81");
    expect(r.answer).toContain("按2026年度预算写明的与上年持平得出");
    expect(r.answer).not.toMatch(/= -\d/);
    expectGrounded(r);
  });
});
