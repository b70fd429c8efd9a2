import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

/**
 * Rendered page (pdftoppm -r 80): putuo-wanli-2024-bumen-yusuan.pdf p32, 三、政府采购预算情况: "政府采购预算
 * 1662.44万元，其中：政府采购货物预算93.98万元、政府采购工程预算815.87万元、政府采购服务预算752.59万元";
 * "面向中小企业预留政府采购项目预算金额664.98万元，其中，预留给小型和微型企业的政府采购项目预算为465.49万元".
 * By hand: 465.49 ÷ 664.98 = 70.00 %.
 */
const { ask } = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a procurement breakdown", () => {
  it("says the reserve for small firms and, inside it, the one for micro firms", async () => {
    const r = await ask("万里街道24年采购预算是怎么构成的");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("815.87万元");
    expect(text).toContain("另：面向中小企业预留采购金额 664.98万元");
    expect(text).toContain("465.49 ÷ 664.98 = 70.00%");
  });
});
