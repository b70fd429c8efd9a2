import { describe, expect, it } from "vitest";
import { countedNounOf } from "./prose-counts.js";

describe("the noun a count question counts", () => {
  it("is the thing after the count", () => {
    expect(countedNounOf("下面有几个科室")).toBe("科室");
    expect(countedNounOf("一共接待了多少人次")).toBe("人次");
  });

  it("is none when people are counted and what follows is what they did", () => {
    expect(countedNounOf("派了几个人进小区？")).toBeUndefined();
  });

  it("keeps nouns that begin with 人", () => {
    expect(countedNounOf("辖区有多少人口")).toBe("人口");
    expect(countedNounOf("有多少人员")).toBe("人员");
  });
});
