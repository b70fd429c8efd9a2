import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * Rendered page (pdftoppm -r 80): putuo-sfj-2026-danwei-yusuan.pdf p4, 上海市普陀区司法局机构设置: "上海市普陀区
 * 司法局设12个内设机构，包括：办公室、政治处、依法治区工作科…". putuo-sfj-2026-bumen-yusuan.pdf (the 部门
 * edition) and putuo-czj-2024-bumen-juesuan.pdf (a final account) are indexed beside it.
 */
const { ask } = usePdfEngine([
  "putuo-sfj-2026-danwei-yusuan.pdf",
  "putuo-sfj-2026-bumen-yusuan.pdf",
  "putuo-czj-2024-bumen-juesuan.pdf",
]);

describe("passages asked of one edition or one kind of document", () => {
  it("“本级” names the 单位 edition: its offices, not the terms explained", async () => {
    const r = await ask("司法局本级下面设了哪些科");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("设12个内设机构");
    expect(r.citations[0]?.docId).toBe("putuo-sfj-2026-danwei-yusuan");
  });

  it("a term asked of the final accounts, no unit named, is read from a final account", async () => {
    const r = await ask("决算报告中“机关运行经费”这个词是什么意思");
    expect(r.status).toBe("answered");
    expect(r.citations.every((c) => c.docId === "putuo-czj-2024-bumen-juesuan")).toBe(true);
  });
});
