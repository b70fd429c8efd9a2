import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * putuo-czj-2024-bumen-juesuan.pdf page 6, rendered at 80 dpi (收入支出决算总表, 万元): 一般公共服务支出
 * 2,106.66, 社会保障和就业支出 326.71, 卫生健康支出 60.99, 住房保障支出 445.69; 本年支出合计 2,940.05. By
 * hand: 2106.66 + 326.71 + 60.99 + 445.69 = 2940.05. (The 支出决算表 prints 208 as 326.72.)
 */
describe("classes read in the table the question names", () => {
  it("are the 总表's uncoded rows, which add up to its total", async () => {
    const text = plain(
      (await ask("普陀区财政局2024年收入支出决算总表中各类支出合计是否等于本年支出合计")).answer,
    );
    expect(text).toContain("社会保障和就业支出（208）：326.71万元");
    expect(text).toContain("2106.66 + 445.69 + 326.71 + 60.99 = 2940.05");
  });
});
