import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * "<甲>多少？→ <乙>呢？→ 这两项合计（占<丙>多少）": the two figures just asked, added. Read off the
 * rendered pages 18–19 of 普陀区司法局 2026 单位预算 (基本支出经济分类表, 元): 基本工资 2,486,040.00,
 * 津贴补贴 11,106,477.00, 合计 row 人员经费 20,272,981.00 (the 收支总表 prints 20,374,181: the whole
 * is read from the parts' own table). 13,592,517 ÷ 20,272,981 = 67.05 %.
 */
const { ask } = usePdfEngine(["putuo-sfj-2026-danwei-yusuan.pdf"]);
const plain = (answer: string) => answer.replace(/\*\*/g, "");

describe("the two figures asked before", () => {
  it("added", async () => {
    const r = await ask("普陀区司法局2026年单位预算津贴补贴多少", "那基本工资呢", "这俩合计是多少");
    expect(plain(r.answer)).toContain("1359.25万元");
  });

  it("added, over the whole named now, from the parts' own table", async () => {
    const r = await ask("普陀区司法局2026年单位预算津贴补贴多少", "那基本工资呢", "二者之和占人员经费的比例");
    expect(plain(r.answer)).toContain("67.05%");
    expect(plain(r.answer)).toContain("2027.30万元");
  });
});
