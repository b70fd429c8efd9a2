import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

const sample = useSampleEngine();
const pdf = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf", "putuo-swh-2025-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * shanghai-czj-2025-danwei-yusuan.pdf, rendered at 80 dpi: page 20 (“三公”经费预算表, 万元)
 * 因公出国(境)费 288.70, 公务接待费 25.40; page 18 (基本支出经济分类预算表, 元) 30212 因公出国（境）费用
 * 2,887,000, 30217 公务接待费 191,000.
 */
describe("a 三公 item and its row in the economic classification", () => {
  it("names the economic table's figure beside the 三公 table's, equal once in one unit", async () => {
    const text = plain((await pdf.ask("上海市财政局今年出国（境）经费预算安排了多少")).answer);
    expect(text).toContain("288.70万元");
    expect(text).toContain("表中列为2887000元");
    expect(text).toContain("与上面一致");
  });

  it("says why the two tables differ when they do", async () => {
    const text = plain((await pdf.ask("上海市财政局2025年公务接待费预算")).answer);
    expect(text).toContain("25.40万元");
    expect(text).toContain("19.10万元");
    expect(text).toContain("只列基本支出");
    // 25.40 − 19.10, computed and shown.
    expect(text).toContain("相差 6.30万元");
  });

  it("reads the economic row when the economic table is named, and names the 三公 table's figure", async () => {
    const text = plain(
      (await pdf.ask("上海市财政局2025年预算里，基本支出经济分类表列的公务接待费是多少")).answer,
    );
    expect(text.split("\n")[0]).toContain("19.10万元");
    expect(text).toContain("25.40万元");
    // The table's name is where to read, not a figure asked of its own.
    expect(text).not.toContain("基本支出预算为");
  });

  /** data/docs/000 line 288: 30212 因公出国（境）费用 34.80 (公开06表, 基本支出); line 484: 因公出国（境）费 49.98. */
  it("in final accounts, the basic-spending table's smaller figure is explained", async () => {
    const text = plain((await sample.ask("株洲市政府办2024年出国（境）花了多少钱")).answer);
    expect(text).toContain("49.98万元");
    expect(text).toContain("34.80万元");
    expect(text).toContain("只列基本支出");
  });
});

/**
 * putuo-swh-2025-danwei-yusuan.pdf page 9 (财务收支预算总表, 元), rendered at 80 dpi: 社会保障和就业支出
 * 人员经费 3,565,865.00, 公用经费 242,220.00; 卫生健康支出 人员经费 881,803.00, no 公用经费.
 */
describe("a row asked whether it has a column", () => {
  it("reads the cell of that row and column", async () => {
    const text = plain((await pdf.ask("商务委2025年单位预算社会保障和就业支出里含不含公用经费")).answer);
    expect(text.split("\n")[0]).toContain("24.22万元");
  });

  it("…also with 有没有 and the amount asked after", async () => {
    const text = plain((await pdf.ask("商务委2025年单位预算，卫生健康支出有没有人员经费，有多少")).answer);
    expect(text.split("\n")[0]).toContain("88.18万元");
  });
});
