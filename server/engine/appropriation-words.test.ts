import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * Rendered page (pdftoppm -r 80): putuo-shfly-2024-danwei-yusuan.pdf p6, 2024年单位预算编制说明: "财政拨款
 * 收入950.12万元", "财政拨款支出预算950.12万元"; its 政府采购 is a figure of its own (p. 23's table).
 */
const { ask } = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("the appropriation in everyday words", () => {
  it("“政府拨款” is the 财政拨款", async () => {
    const r = await ask("社会福利院24年政府拨款有多少");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("950.12万元");
  });

  it("“国家财政给拨了多少钱”, said inside a long message, is the 财政拨款 too", async () => {
    const r = await ask(
      "打扰一下，家里人想送老人去社会福利院，想知道这家院靠不靠谱，它24年国家财政给拨了多少钱？多谢",
    );
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("950.12万元");
  });

  it("“政府” alone names no figure that begins with it (政府采购)", async () => {
    const r = await ask("社会福利院24年政府给了多大支持");
    expect(r.answer).not.toContain("政府采购");
  });
});
