import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

/**
 * data/docs/000 line 660 (市长热线项目): "项目支出 510 万元 … 办结率 99.56%、满意率 95.73%" — rates stated in
 * prose, not in a table; line 821 is the 自评表's row (执行率 computed from 510 and 510).
 */
const sample = useSampleEngine();

describe("a follow-up that asks a stated rate after a computed one", () => {
  it("reads the rate where the document states it, not the comparison before again", async () => {
    const r = await sample.ask("市长热线这个项目支出了多少", "预算执行得怎么样", "那办结率又是多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("99.56%");
    expect(r.plan.operation).toBe("value");
  });
});

/**
 * Rendered pages (pdftoppm -r 80): putuo-swh-2025-bumen-yusuan.pdf p21, 三公 合计 1.00; shanghai-czj-2025-
 * danwei-yusuan.pdf p20, 三公 合计 346.30. Two indexed bodies are called 财政局 (上海市财政局, 上海市普陀区财政局).
 */
const pdf = usePdfEngine([
  "putuo-swh-2025-bumen-yusuan.pdf",
  "putuo-czj-2024-bumen-juesuan.pdf",
  "shanghai-czj-2025-danwei-yusuan.pdf",
]);

describe("a follow-up naming a short name two bodies share", () => {
  it("asks which body is meant instead of answering the body before again", async () => {
    const r = await pdf.ask("普陀商务委25年三公经费安排了几万", "换成财政局呢");
    expect(r.status).toBe("clarify");
    expect(r.answer).toContain("上海市普陀区财政局");
    expect(r.answer).toContain("上海市财政局");
    expect(r.answer).not.toContain("上海市普陀区商务委员会2025年度“三公”经费预算为");
  });
});
