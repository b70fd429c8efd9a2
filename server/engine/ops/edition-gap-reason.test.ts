import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

const pdf = usePdfEngine([
  "putuo-swh-2025-bumen-yusuan.pdf",
  "putuo-swh-2025-danwei-yusuan.pdf",
  "putuo-sfj-2026-bumen-yusuan.pdf",
  "putuo-sfj-2026-danwei-yusuan.pdf",
]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Rendered at 80 dpi: putuo-swh-2025-bumen-yusuan.pdf page 5 (机构设置): …2. 上海市普陀区中小企业服务中心，
 * 不单列预算。putuo-sfj-2026-bumen-yusuan.pdf page 6: 具体包括：1.普陀区司法局本部 2.普陀区法律援助中心.
 */
describe("the gap between a department's edition and its unit's", () => {
  it("is said with the passage on which units the department holds, also when there is none", async () => {
    const text = plain((await pdf.ask("商务委2025年部门预算跟单位预算的总数相差多少")).answer);
    expect(text).toContain("两者相等");
    expect(text).toContain("不单列预算");
  });

  it("names the unit the department's edition adds", async () => {
    const text = plain((await pdf.ask("司法局2026年部门预算比单位预算多出的钱是哪家单位的")).answer);
    expect(text).toContain("普陀区法律援助中心");
  });

  /** putuo-sfj-2026-bumen-yusuan.pdf p21 三公: 合计 10.81, 公务接待费 0.83; danwei p20: 10.71, 0.73 (rendered). */
  it('with both totals quoted, "差的…是哪一项" is answered part by part', async () => {
    const text = plain(
      (await pdf.ask("司法局部门预算三公是10.81万，单位预算10.71万，差的那点钱是哪一项")).answer,
    );
    expect(text).toContain("多 0.10万元");
    expect(text).toContain("两者的差别在公务接待费，差额全部来自这一项");
  });

  /**
   * Rendered at 80 dpi: putuo-sfj-2026-bumen-yusuan.pdf page 11 (部门收入预算总表, 元) 公共法律服务 6860000.00, 合计
   * 96282213.44; putuo-sfj-2026-danwei-yusuan.pdf page 9 公共法律服务 1,160,000.00, page 8 收入总计 86,959,408.34.
   */
  it('a row\'s two editions quoted, "差的钱在哪儿": the gap and the bodies the department holds', async () => {
    const text = plain((await pdf.ask("司法局公共法律服务这一项，部门预算和单位预算差的钱在哪儿")).answer);
    expect(text).toContain("686 − 116 = 570");
    expect(text).toContain("普陀区法律援助中心");
  });

  it("a body guessed for the department's extra money is answered with the gap and the passage, not refused", async () => {
    const r = await pdf.ask("普陀司法局部门预算比单位预算多的那部分，是法律援助中心的吧？多了多少");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("932.28万元");
    expect(text).toContain("普陀区法律援助中心");
  });
});
