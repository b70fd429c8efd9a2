import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const pdf = usePdfEngine(["putuo-wanli-2023-bumen-yusuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Rendered at 80 dpi: putuo-wanli-2024-bumen-yusuan.pdf page 32 政府采购服务预算752.59万元; putuo-wanli-2023-bumen-yusuan.pdf
 * page 29 政府采购服务预算270.00万元.
 */
describe("a follow-up naming the year to compare with", () => {
  it("compares the conversation's year with it, not the named year with the one before", async () => {
    const r = await pdf.ask("万里街道2024年政府采购的服务类预算是多少", "跟2023年比呢");
    const text = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(text).toContain("752.59 − 270 = 482.59");
  });
});
