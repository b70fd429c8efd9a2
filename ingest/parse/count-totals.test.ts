import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { factFundScope } from "../domain/fund-scopes.js";
import { readDocument } from "../read/read-document.js";
import { parseDocument } from "./parse-document.js";

/**
 * Documents written for the tests, read from their source or rendered pages:
 * - ../fixtures/unseen/yichun-sthjj-2025-yusuan.md, line 97, 人员情况表 (one-line HTML): "单位名称 | 单位性质 |
 *   编制数（名） | 实有人数（人）", six bodies, "合计 | 193 | 177"; the narrative states no staff total.
 * - ../fixtures/unseen/mudanjiang-swj-2025-yusuan.doc, page 19, 表十 项目支出预算情况表: "功能分类科目 | 项目名称 |
 *   实施单位 | 合计 …", "城区段堤防维修养护项目 | 牡丹江市水利工程管理中心 | 860.00", "规划设计业务能力提升项目 |
 *   牡丹江市水利规划设计研究院 | 95.00".
 * - ../fixtures/unseen/midu-wjj-2024-juesuan.pdf, page 11, under 表6: "注：本表反映部门本年度一般公共预算财政拨款
 *   基本支出明细情况。基本支出合计38,601,012.49元。"
 */
async function parse(path: string) {
  const file = fileURLToPath(new URL(path, import.meta.url));
  const read = await readDocument(file, await readFile(file));
  return parseDocument({ docId: "d", file: path, hash: "test", text: read.text, sources: read.sources });
}

describe("a staff table's total row", () => {
  it("gives the department's 编制数 and 在职人数", async () => {
    const { facts } = await parse("../fixtures/unseen/yichun-sthjj-2025-yusuan.md");
    const totals = facts
      .filter((f) => f.row === "合计" && f.measure === "人")
      .map((f) => [f.metric, f.value]);
    expect(totals).toEqual(
      expect.arrayContaining([
        ["编制数", "193"],
        ["在职人数", "177"],
      ]),
    );
    // (A body's row stays that body's.)
    expect(facts.some((f) => f.metric === "在职人数" && f.row !== "合计" && !!f.table)).toBe(false);
  });
});

describe("a project table with a 实施单位 column", () => {
  it("puts each project under the body that carries it out", async () => {
    const { facts } = await parse("../fixtures/unseen/mudanjiang-swj-2025-yusuan.doc");
    const body = (row: string) => facts.find((f) => f.row === row && f.column === "合计")?.body;
    expect(body("城区段堤防维修养护项目")).toBe("牡丹江市水利工程管理中心");
    expect(body("规划设计业务能力提升项目")).toBe("牡丹江市水利规划设计研究院");
  });
});

describe("a table's own note", () => {
  it("counts the fund the note says the table shows", async () => {
    const { facts } = await parse("../fixtures/unseen/midu-wjj-2024-juesuan.pdf");
    const note = facts.find((f) => !f.table && f.printed?.value === "38601012.49");
    expect(note?.metric).toBe("基本支出");
    expect(note && factFundScope(note)).toBe("general");
  });
});
