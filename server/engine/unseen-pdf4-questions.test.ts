import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Questions about a final account written for the tests and printed to PDF by Chromium
 * (ingest/fixtures/unseen/songyang-scjgj-2024-juesuan.pdf, 嵩阳县市场监督管理局 2024年度部门决算), values read
 * off the rendered pages:
 * - page 8, 公开02表 (元): 合计 32,493,685.27; 财政拨款收入 31,605,566.35; 事业收入 864,500.00; 其他收入 23,618.92;
 * - page 14, 公开05表 (元): 合计 基本支出 23,521,382.45; 2080501 1,125,640.00; 2080502 168,300.00;
 *   2080505 2,036,882.56;
 * - page 10, 公开03表 (元): 合计 基本支出 24,100,502.45 (all funds);
 * - page 24: "政府采购支出总额238.46万元，其中：政府采购货物支出96.37万元、政府采购工程支出18.60万元…" (by
 *   hand 96.37 + 18.60 = 114.97, 114.97 ÷ 238.46 = 48.21 %).
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/songyang-scjgj-2024-juesuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an unseen county final account in the national template, printed to PDF", () => {
  it("a county's 市场监督管理局 goes by 市场监管局, with or without its county", async () => {
    const text = plain((await ask("县市场监管局2024年收入合计是多少")).answer);
    expect(text).toContain("嵩阳县市场监督管理局2024年度");
    expect(text).toContain("3249.37万元");
  });

  it("the income asked by its sources, in other words than 来源构成 (page 8)", async () => {
    const text = plain((await ask("市场监管局去年的收入主要有哪些来源")).answer);
    expect(text).toContain("事业收入：86.45万元");
    expect(text).toContain("其他收入：2.36万元");
  });

  it("the general budget's part of 基本支出, asked as a follow-up, is its own table's (page 14, not page 10)", async () => {
    const { answer } = await ask("嵩阳县市场监管局基本支出多少", "其中用一般公共预算安排的呢");
    const text = plain(answer);
    expect(text).toContain("基本支出决算数为 2352.14万元");
    // The narrative's all-funds figure is the all-funds table's, not a misprint of the general budget's.
    expect(text).not.toContain("文件前后不一致");
  });

  it("the 项 below a class, asked as 'X下面有哪些项' (page 14)", async () => {
    const text = plain((await ask("社会保障和就业支出下面具体有哪些项？")).answer);
    expect(text).toContain("行政单位离退休（2080501）：112.56万元");
    expect(text).toContain("事业单位离退休（2080502）：16.83万元");
    expect(text).toContain("机关事业单位基本养老保险缴费支出（2080505）：203.69万元");
  });

  it("two parts named after their whole, added, and their share of it (page 24)", async () => {
    const text = plain((await ask("政府采购当中货物和工程加起来是多少，占采购总额多少？")).answer);
    expect(text).toContain("合计 114.97万元");
    expect(text).toContain("48.21%");
  });
});
