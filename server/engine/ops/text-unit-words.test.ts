import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/001 (驻北京联络处 2024 决算): lines 9–16 describe its staff and its one section
 * (综合联络科); nothing in it speaks of its premises. Every passage of it names 北京 in the
 * unit's name, which says nothing about what was asked.
 */
describe("a word of the unit's own name", () => {
  it("does not make its passages answer a question about something they never mention", async () => {
    const r = await sample.ask("驻北京联络处在北京的宿舍是自己的房产吗");
    expect(r.status).toBe("not_found");
    const text = plain(r.answer);
    expect(text).toContain("宿舍");
    expect(text).not.toContain("“北京”");
  });

  it("still quotes the passage that says what was asked", async () => {
    const r = await sample.ask("驻北京联络处在北京设了哪些科室");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("综合联络科");
  });
});
