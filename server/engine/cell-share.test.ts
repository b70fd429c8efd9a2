import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * "<某类>多少？→ 里面<某列>多少？→ 占<某类>百分之几": the cell just asked over its row. Read off the
 * rendered page 10 of 上海市财政局 2025 单位预算 (支出预算总表, 元): 201 一般公共服务支出 合计
 * 127,886,849, 基本支出 84,861,719: 84,861,719 ÷ 127,886,849 = 66.36 %. The row is read with and
 * without its code (one row, twice), which once kept the second turn from reading the row's cell.
 */
const { ask } = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);
const plain = (answer: string) => answer.replace(/\*\*/g, "");

describe("a row's cell, then its share of the row", () => {
  it("reads the cell of the row asked before", async () => {
    const r = await ask("上海市财政局2025年一般公共服务支出是多少", "里面基本支出有多少");
    expect(plain(r.answer)).toContain("8486.17万元");
  });

  it("over the row named again", async () => {
    const r = await ask(
      "上海市财政局2025年一般公共服务支出是多少",
      "里面基本支出有多少",
      "这部分占一般公共服务支出百分之几",
    );
    expect(plain(r.answer)).toContain("66.36%");
  });
});
