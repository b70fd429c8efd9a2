import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";
import { wholeOfNestedParts } from "./breakdown.js";

const pdf = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");
const metric = (key: string) => ({ type: "metric" as const, key });

describe("wholeOfNestedParts", () => {
  it("groups complete sets of parts into their wholes until one is left", () => {
    const asked = [metric("人员经费"), metric("公用经费"), metric("项目支出")];
    expect(wholeOfNestedParts(asked, () => true)).toEqual(metric("支出合计"));
  });

  it("finds none when a part is missing", () => {
    expect(wholeOfNestedParts([metric("人员经费"), metric("项目支出")], () => true)).toBeUndefined();
  });
});

/**
 * putuo-shfly-2024-danwei-yusuan.pdf page 7, rendered at 80 dpi (财务收支预算总表, 元): 支出总计 12,121,164
 * = 人员经费 7,380,214 + 公用经费 2,120,950 + 项目支出 2,620,000.
 */
describe("parts of parts asked one by one", () => {
  it("are answered as the total's breakdown, the total given", async () => {
    const text = plain((await pdf.ask("社会福利院2024年人员经费、公用经费和项目支出各是多少")).answer);
    expect(text).toContain("表中列为12121164元");
    expect(text).toContain("表中列为7380214元");
    expect(text).toContain("表中列为2120950元");
    expect(text).toContain("表中列为2620000元");
  });
});
