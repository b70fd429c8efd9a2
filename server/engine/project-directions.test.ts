import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const pdf = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * putuo-swh-2025-bumen-yusuan.pdf page 24, rendered at 80 dpi (生命健康专项经费情况说明): 2025年度项目总预算1170.00万，
 * 其中支持企业规模化发展870.00万，支持企业创新化发展70.00万，支持企业协同化发展180.00万，支持企业国际化发展50.00万.
 */
describe("a project's money asked by where it goes", () => {
  it("“投向哪些方向” lists the project's stated split", async () => {
    const text = plain((await pdf.ask("普陀商务委的生命健康专项，钱投向哪些方向")).answer);
    expect(text).toContain("支持企业规模化发展：870.00万元");
    expect(text).toContain("支持企业国际化发展：50.00万元");
  });
});
