import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

const sample = useSampleEngine();
const pdf = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * putuo-czj-2024-bumen-juesuan.pdf, rendered at 80 dpi: page 17 人员经费合计 2,152.26, 公用经费合计
 * 184.65; page 21 基本支出2336.91万元; page 24 政府采购金额251.25万元，货物4.79、工程0、服务246.47.
 * By hand: 2152.26 ÷ 2336.91 = 92.10%, 184.65 ÷ 2336.91 = 7.90%, 4.79 + 0 + 246.47 = 251.26.
 */
describe("one part's share of a whole of two parts", () => {
  it("also gives the other part and its share", async () => {
    const r = await pdf.ask("普陀区财政局2024年人员经费在基本支出中占多少比例");
    const text = plain(r.answer);
    expect(text).toContain("2152.26 ÷ 2336.91 = 92.10%");
    expect(text).toContain("184.65 ÷ 2336.91 = 7.90%");
  });
});

describe("parts added against an amount the asker states", () => {
  it("checks the sum against the document's total", async () => {
    const r = await pdf.ask("普陀区财政局2024年政府采购的货物、工程、服务三项相加是251.25万吗");
    const text = plain(r.answer);
    expect(text).toContain("4.79 + 0 + 246.47 = 251.26");
    expect(text).toContain("不等于");
  });
});

/** data/docs/001 line 1139: 三公 23.3, 公务接待费 3.61 (占15.45%), 公务用车购置费及运行维护费 19.7 (占84.55%). */
describe("车费 among the 三公", () => {
  it("is the vehicles' purchase and running cost", async () => {
    const r = await sample.ask("驻北京联络处三公经费中车费和接待费分别占多少");
    expect(plain(r.answer)).toContain("19.7 ÷ 23.3 = 84.55%");
  });
});
