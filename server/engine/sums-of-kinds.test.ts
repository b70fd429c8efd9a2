import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";

/**
 * What may be added. 000 (株洲市人民政府办公室 2024 决算) line 356, the 三公 table's 决算数: 因公出国（境）费
 * 49.98, 公务用车购置及运行维护费 85.75, 公务接待费 1.12 (合计 136.85); line 522 counts the cars
 * (19辆, of which some kinds 0辆); line 594 the 编制 (138人).
 */
const { ask } = useSampleEngine();
const plain = (answer: string) => answer.replace(/\*\*/g, "");

describe("figures added", () => {
  it("a count listed and added with amounts is the money spent on it", async () => {
    const r = await ask("株洲市人民政府办公室2024年出国、公车、接待三项决算加起来多少");
    expect(plain(r.answer)).toContain("49.98 + 85.75 + 1.12 = 136.85");
  });

  it("figures in different measures are each given, never added", async () => {
    const r = await ask("株洲市人民政府办公室2024年车辆数和编制数加起来多少");
    const text = plain(r.answer);
    expect(text).toContain("19辆");
    expect(text).toContain("138人");
    expect(text).toContain("不能相加");
    expect(text).not.toContain("157");
  });

  it("a kind of car of which there are none is no count of none beside the cars' costs", async () => {
    const r = await ask("株洲市人民政府办公室2024年车辆数和编制数加起来多少");
    expect(plain(r.answer)).not.toContain("车辆数为 0");
  });
});
