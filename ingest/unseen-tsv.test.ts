import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { textReader } from "./read/read-document.js";

/**
 * A budget written for these tests in a province's template and an export the parser was not built
 * on (eval/gold/unseen-tsv/NOTES.md): 江门市民政局 2025年部门预算, 广东's 附表1–附表10 ("…部门收支
 * 总体情况表" …), every table a spreadsheet's tab-separated text (BOM, CRLF rows, quoted amounts,
 * a 科目名称 wrapped inside its quoted cell), each label on the line above its title, 附表5 and
 * 附表10 carried on to a second page as "附表5（续）". Its writer's two planted errors:
 * - 附表5 line 250: 20805 行政事业单位养老支出 合计 1017.18, where its 项 add up to 312.64 + 186.27
 *   + 356.18 + 172.09 = 1027.18 and its own 基本支出 is 1027.18;
 * - line 466: "住房公积金（项）289.76万元", where 附表5 line 288 prints 2210201 住房公积金 298.76.
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/jiangmen-mzj-2025-yusuan.txt", import.meta.url));
const { text } = await textReader.read(FILE, readFileSync(FILE));
const doc = parseDocument({ docId: "jiangmen-mzj-2025-yusuan", file: FILE, hash: "test", text });
const tables = doc.tables;

describe("an unseen spreadsheet text export: 江门市民政局 2025年部门预算", () => {
  it("places 附表1–附表9 among the standard tables by their 广东 titles, each with its label", () => {
    const standard = tables.filter((t) => t.template);
    expect(standard.map((t) => t.label)).toEqual([
      "附表1",
      "附表2",
      "附表3",
      "附表4",
      "附表5",
      "附表6",
      "附表7",
      "附表8",
      "附表9",
    ]);
    expect(standard.map((t) => t.number)).toEqual(["01", "02", "03", "04", "05", "06", "09", "07", "08"]);
  });

  it("takes no contents entry for a table, and reads 附表10 as the list of projects it is", () => {
    expect(tables.every((t) => t.lines[0] > 80)).toBe(true);
    const projects = tables.find((t) => t.label === "附表10");
    expect(projects?.template).toBeUndefined();
    expect(projects?.title).toContain("项目支出表");
  });

  it("reads 附表5 and its continuation as one table, the wrapped name as one cell", () => {
    const general = tables.filter((t) => t.number === "05");
    expect(general).toHaveLength(1);
    const names = doc.facts.filter((f) => f.table === "05").map((f) => f.row);
    // Line 253: 2080505 "机关事业单位基本养老 / 保险缴费支出" 356.18; line 276 (after the page): 20819.
    expect(names).toContain("机关事业单位基本养老保险缴费支出");
    expect(names).toContain("最低生活保障");
  });

  it("finds exactly its two planted errors", () => {
    const failed = doc.info.report?.checks.failed ?? [];
    expect(failed.length).toBeGreaterThan(0);
    const planted = (message: string) =>
      message.includes("1017.18") || (message.includes("289.76") && message.includes("298.76"));
    expect(failed.filter((f) => !planted(f.message)).map((f) => f.message)).toEqual([]);
    expect(failed.some((f) => f.kind === "table_text" && f.message.includes("289.76"))).toBe(true);
  });

  it("counts the staff the narrative states in 名", () => {
    // Line 81: "本部门编制总数170名".
    const staffing = doc.facts.find((f) => f.metric === "编制数" && f.value === "170");
    expect(staffing?.measure).toBe("人");
  });
});
