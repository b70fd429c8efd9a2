import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { listedItems } from "./listed-count.js";

/**
 * A body's parts listed, not counted: data/docs/002 line 94 "（一）内设机构设置。中共株洲市天元区委办公室
 * 内设机构包括：综合调研室、督查室、机要室、综合室。" (four names, no number printed); 上海 budgets
 * print "…机关设9个内设机构，包括：办公室、…" (a number and the list).
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a list of a body's parts", () => {
  it("reads the items after the noun and 包括, with or without a comma, unless a number is printed", () => {
    expect(listedItems("内设机构包括：综合调研室、督查室、机要室、综合室。")?.items).toEqual([
      "综合调研室",
      "督查室",
      "机要室",
      "综合室",
    ]);
    expect(listedItems("机关内设机构，包括：办公室、甲科、乙科。")?.items).toHaveLength(3);
    // The number printed before the noun ("设3个内设机构") is the answer, not a count of the names.
    expect(listedItems("机关设3个内设机构，包括：办公室、甲科、乙科。")).toBeUndefined();
    expect(listedItems("内设机构包括：综合联络科。")).toBeUndefined();
  });

  it("a count asked where only the list is printed: the items counted, the list quoted", async () => {
    const text = plain((await ask("天元区委办下面一共设了几个科室")).answer);
    expect(text).toContain("4个");
    expect(text).toContain("综合调研室、督查室、机要室、综合室");
    expect(text).toContain("个数按原文列出的名称数得");
  });

  it("which parts asked: the quoted list is counted too", async () => {
    const text = plain((await ask("区委办内设机构都有哪些")).answer);
    expect(text).toContain("原文列出 4个");
  });
});
