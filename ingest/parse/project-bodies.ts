import {
  BODY_COLUMN,
  BODY_NAME,
  CARRIED_BY_COLUMN,
  PROJECT_TABLE,
  TOTAL_ROW,
} from "../domain/project-tables.js";
import type { ParsedTable, TableRow } from "../schema.js";
import { cleanLabel } from "../text/normalize-text.js";
import { carriedByColumn, isProjectGrid } from "./project-grid.js";
import { canonicalRowName } from "./table-facts.js";

/**
 * The body each row of a project table belongs to, by row index, when the table lists its projects
 * by body: in a column of its own whose merged cell names the body once for its rows ("单位名称"),
 * or in a body's subtotal row above its numbered projects ("某中心 567.60" then "15 某项目 567.60").
 * Empty for any other table.
 */
export function rowBodies(table: ParsedTable): (string | undefined)[] {
  const column = table.columns.find((c) => BODY_COLUMN.test(c.path.join("/")));
  // A table of purchases or assets by item ("资产名称"), its body in a column beside: that body's.
  if (!table.number && column && keyedAfter(table, column.index)) return filledDown(table.rows, column.index);
  // A grid of projects under a target form's title, each carried out by the body its column names.
  const carriedBy = table.number ? undefined : isProjectGrid(table) && carriedByColumn(table);
  if (carriedBy) return filledDown(table.rows, carriedBy.index);
  if (table.number || !PROJECT_TABLE.test(table.title)) return [];
  // (A project table may name the body by what it does: "实施单位".)
  const carrier = column ?? table.columns.find((c) => CARRIED_BY_COLUMN.test(c.path.join("/")));
  return carrier ? filledDown(table.rows, carrier.index) : underBodyRows(table.rows);
}

/** A row's own label: its first key's name, as facts name it. */
const rowName = (row: TableRow) => canonicalRowName(row.keys[0]?.name ?? "");

/** A row that totals the table (or a segment of it): no body's. */
const isTotal = (row: TableRow) => row.cells.some((cell) => TOTAL_ROW.test(cleanLabel(cell)));

/** The body column's text carried down over the rows its merged cell spans. */
function filledDown(rows: TableRow[], index: number): (string | undefined)[] {
  let body: string | undefined;
  let segment = -1;
  return rows.map((row) => {
    if (row.segment !== segment) [body, segment] = [undefined, row.segment];
    if (row.header || isTotal(row)) return (body = undefined);
    body = cleanLabel(row.cells[index] ?? "") || body;
    return body;
  });
}

/** A body's subtotal row: a body's name, no subject code, no serial number before it. */
function isBodyRow(row: TableRow): boolean {
  const name = rowName(row);
  return (
    !row.header &&
    BODY_NAME.test(name) &&
    !row.keys.some((key) => key.code) &&
    !/^\d{1,3}$/.test(cleanLabel(row.cells[0] ?? ""))
  );
}

/** Rows from a body's subtotal row to the next: that body's (only where the table has such rows). */
function underBodyRows(rows: TableRow[]): (string | undefined)[] {
  if (!rows.some(isBodyRow)) return [];
  let body: string | undefined;
  return rows.map((row) => {
    if (row.header || isTotal(row)) return (body = undefined);
    if (isBodyRow(row)) body = rowName(row);
    return body;
  });
}

/** Rows named in a column after the body's ("单位名称 | 资产类别 | 资产名称 …"): each row an item of that body. */
function keyedAfter(table: ParsedTable, bodyColumn: number): boolean {
  return table.groups.some((group) => group.keyColumns.some((key) => key > bodyColumn));
}
