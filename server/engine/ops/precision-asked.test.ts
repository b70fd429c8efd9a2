import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

const { ask } = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);

describe("a precision asked for", () => {
  // 上海市财政局 2025 单位预算 p7: 支出总计 171,915,169元 = 17191.5169万元; half-up to 万元 17192.
  it("四舍五入到万元 adds the amount so written, beside the exact one", async () => {
    const r = await ask("上海市财政局2025年支出总计四舍五入到万元是多少");
    expect(r.answer).toContain("按要求取舍：**17192万元**");
    expect(r.answer).toContain("17191.52万元");
  });

  it("保留两位小数 is what is printed anyway: nothing is added", async () => {
    const r = await ask("上海市财政局2025年支出总计保留两位小数是多少万元");
    expect(r.answer).not.toContain("按要求取舍");
  });
});
