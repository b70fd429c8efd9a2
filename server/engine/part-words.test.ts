import { describe, expect, it } from "vitest";
import { namesPartsOf, partStems } from "./part-words.js";

/** The distinctive words of a lexicon figure's parts (ingest/domain/metrics.ts `parts`). */
describe("parts named by their distinctive words", () => {
  it("政府采购's parts differ by 货物 / 工程 / 服务", () => {
    expect(partStems({ type: "metric", key: "政府采购支出总额" })).toEqual(["货物", "工程", "服务"]);
  });

  it("a word made of those stems and list marks names parts; anything else does not", () => {
    const refs = [{ type: "metric" as const, key: "政府采购支出总额" }];
    expect(namesPartsOf("货物服务", refs)).toBe(true);
    expect(namesPartsOf("货物、工程和服务", refs)).toBe(true);
    expect(namesPartsOf("货物供应商", refs)).toBe(false);
    expect(namesPartsOf("货物", [{ type: "metric", key: "会议费" }])).toBe(false);
  });
});
