import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

const pdf = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);
const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * shanghai-czj-2025-danwei-yusuan.pdf page 21, rendered at 80 dpi: 2025年“三公”经费预算数为346.30万元，与2024年预算
 * 持平. The corpus has no final accounts of 上海市财政局.
 */
describe("one year's amount asked after a change between years", () => {
  it("is that year's figure, not the change again; an actual no document states is refused with the closest", async () => {
    const r = await pdf.ask("上海市财政局2025年三公经费预算多少", "跟2024年比呢", "那2024年实际花了多少");
    expect(r.status).toBe("not_found");
    const text = plain(r.answer);
    expect(text).toContain("最接近的公开数字是上海市财政局2025年度“三公”经费预算 346.30万元");
    expect(text).not.toContain("““");
  });
});

/** data/docs/000 line 530: 绩效自评得分99.5分 — the unit's score; no office of it is scored or budgeted. */
describe("an office inside the unit ranked", () => {
  it("“哪个科室得分最低” is refused, naming the unit's own score", async () => {
    const r = await sample.ask("株洲市政府办绩效评价中哪个科室得分最低");
    expect(r.status).toBe("not_found");
    expect(plain(r.answer)).toContain("99.5分");
  });

  it("“哪个处室花钱最多” is refused, not answered from a sentence's amounts", async () => {
    const r = await sample.ask("株洲市政府办哪个处室花钱最多");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("科室的数字");
  });
});
