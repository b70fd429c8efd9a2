import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const { ask } = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * putuo-shfly-2024-danwei-yusuan.pdf page 14 (rendered; 单位：元): "302 10 车辆运行费 64,000"; the 三公 narrative
 * states "公务用车运行费6.40万元".
 */
describe("the cars' running cost in an economic table that names its row otherwise", () => {
  it("is set beside the 三公 figure as the same expense", async () => {
    const r = await ask("社会福利院2024年公车运行费预算多少");
    const text = plain(r.answer);
    expect(text).toContain("6.40万元");
    expect(text).toMatch(/车辆运行费（30210）为 6\.40万元/);
    expect(text).toContain("64000元");
  });
});
