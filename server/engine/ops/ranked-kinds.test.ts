import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

/**
 * Rendered pages (pdftoppm -r 80): putuo-wanli-2024-bumen-yusuan.pdf p32, "（三）公务接待费1.35万元" (a 2024
 * budget); putuo-czj-2024-bumen-juesuan.pdf (2024 final accounts) states no 三公 spending (0).
 */
const { ask } = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf", "putuo-czj-2024-bumen-juesuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("units ranked by a figure, no unit named", () => {
  it("“谁花得多” ranks what was spent: final accounts only, the budgets named as left out", async () => {
    const r = await ask("24年接待费谁花得最多");
    expect(r.plan.operation).toBe("rank");
    const text = plain(r.answer);
    expect(text).not.toContain("1.35万元");
    expect(text).toContain("上海市普陀区人民政府万里街道办事处收录的是预算文件，未参与排序");
  });

  it("ranked from budgets and final accounts alike, each figure is marked with its kind", async () => {
    const r = await ask("24年哪家单位的招待费用排第一");
    const text = plain(r.answer);
    expect(text).toContain("1.35万元[1]（预算）");
    expect(text).toContain("口径不同");
  });
});
