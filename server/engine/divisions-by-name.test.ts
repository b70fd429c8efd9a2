import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const { ask } = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/** shanghai-czj-2025-danwei-yusuan.pdf page 4 (rendered): "上海市财政局设22个内设机构，包括：办公室、政策法规处…" */
describe("divisions counted by their one-character name", () => {
  it("'分为几个处' is answered by the count of its divisions", async () => {
    const r = await ask("上海财政局内部分为几个处");
    const text = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(text).toContain("设22个内设机构");
  });
});
