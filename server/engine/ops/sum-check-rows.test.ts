import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

const pdf = usePdfEngine(["putuo-swh-2025-danwei-yusuan.pdf", "putuo-czj-2024-bumen-juesuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Rendered at 80 dpi. putuo-swh-2025-danwei-yusuan.pdf (元) page 9: 一般公共服务支出 人员经费 10,823,891.00, 公用经费
 * 1,467,842.00, 项目支出 9,310,000.00; page 15: 201 一般公共服务支出 合计 21,601,733.00.
 * putuo-czj-2024-bumen-juesuan.pdf (万元) page 17: 人员经费合计 2,152.26, 公用经费合计 184.65; page 10: 合计 基本支出 2,336.91.
 */
describe("parts added against their whole", () => {
  it("three cells of a row against the row's own total", async () => {
    const text = plain(
      (
        await pdf.ask(
          "商务委25年单位预算一般公共服务支出这一行，人员经费、公用经费和项目支出三项相加跟合计对得上吗",
        )
      ).answer,
    );
    expect(text).toContain("1082.3891 + 146.7842 + 931 = 2160.1733");
    expect(text).toContain("相等");
  });

  it("a whole named first as where the parts sit, then again as what they should make", async () => {
    const text = plain(
      (await pdf.ask("普陀区财政局2024年基本支出中，人员经费加公用经费是否等于基本支出")).answer,
    );
    expect(text).toContain("2152.26 + 184.65 = 2336.91");
    expect(text).toMatch(/与基本支出 2336.91万元(\[\d+\])* 相等/);
  });
});
