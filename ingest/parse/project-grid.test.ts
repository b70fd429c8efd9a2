import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document.js";
import { readDocument } from "../read/read-document.js";

/**
 * A grid of projects under a target form's title: ruyang-zrzyj-2025-yusuan.xls, page 19 as LibreOffice
 * renders it, "表10 汝阳县自然资源局2025年项目支出绩效目标表" (序号 | 项目名称 | 实施单位 | 资金来源 | 功能科目 |
 * 预算金额 | 实施期限 | 年度绩效目标 | 主要绩效指标): row 8 土地出让前期业务经费, 汝阳县土地储备中心, 2120806,
 * 185.00; row 1 执法监察及信访维稳工作经费 36.50; 合计 1,418.20.
 */
const path = "../fixtures/unseen/ruyang-zrzyj-2025-yusuan.xls";
const file = fileURLToPath(new URL(path, import.meta.url));
const read = await readDocument(file, await readFile(file));
const parsed = parseDocument({
  docId: "ruyang",
  file: path,
  hash: "test",
  text: read.text,
  sources: read.sources,
});
const grid = parsed.facts.filter((f) => f.tableTitle?.endsWith("项目支出绩效目标表"));

describe("a grid of projects titled as a target form", () => {
  it("is read as a table: each project's money under its own name, with the body carrying it out", () => {
    const row = grid.find((f) => f.row === "土地出让前期业务经费");
    expect(row).toMatchObject({ value: "185.00", measure: "万元", body: "汝阳县土地储备中心" });
    expect(row?.column).toMatch(/预算金额$/);
    expect(grid.find((f) => f.row === "合计")?.value).toBe("1418.20");
  });

  it("reads no amount from its column of subject codes", () => {
    expect(grid.some((f) => /功能科目$/.test(f.column))).toBe(false);
    expect(grid.some((f) => f.value === "2120806")).toBe(false);
  });
});
