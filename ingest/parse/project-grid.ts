import { CARRIED_BY_COLUMN, PROJECT_AMOUNT_COLUMN } from "../domain/project-tables.js";
import type { ParsedTable, TableColumn } from "../schema.js";
import { parseCell } from "../text/parse-amount.js";

/** A column's own header, under the headings over it. */
const leafOf = (column: TableColumn) => column.path.at(-1) ?? "";

/**
 * Is the table a grid of projects, one a row under named columns ("序号 | 项目名称 | 实施单位 | … |
 * 预算金额 | 绩效目标"), whatever its title says (a "项目支出绩效目标表" may be one, or a form per
 * project): two or more named rows, and a money column that most of them fill.
 */
export function isProjectGrid(table: ParsedTable): boolean {
  const named = table.rows.filter((row) => !row.header && row.keys.some((key) => key.name));
  if (named.length < 2) return false;
  return table.columns.some(
    (column) =>
      PROJECT_AMOUNT_COLUMN.test(leafOf(column)) &&
      named.filter((row) => parseCell(row.cells[column.index] ?? "").kind === "number").length * 2 >=
        named.length,
  );
}

/** The grid's column naming the body each project is carried out by ("实施单位"), if it has one. */
export function carriedByColumn(table: ParsedTable): TableColumn | undefined {
  return table.columns.find((column) => CARRIED_BY_COLUMN.test(leafOf(column)));
}
