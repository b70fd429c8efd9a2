import { cleanLabel } from "../text/normalize-text.js";
import { isSubjectCode, parseCell } from "../text/parse-amount.js";
import type { TableRow } from "../schema.js";
import type { RawRow } from "./find-tables.js";
import type { Group } from "./parse-table.js";

const CODE_HEADER = /(代码|编码)$/;
const ROW_NO_HEADER = /^(行次|栏次|序号)$/;

/** Standard tables whose single data row has no label of its own. */
const UNLABELLED_ROW: Record<string, string> = { "09": "“三公”经费" };

/** A row's label and subject code; `orphan` holds the 款/项 digits of a row whose 类 cell is misprinted. */
export interface RowKey {
  name: string;
  code?: string;
  orphan?: string;
}

/** The column of the bodies' own codes in a table listed by body (部门收入预算表: 单位编码, 单位名称). */
const UNIT_CODE_HEADER = /^单位(?:编码|代码)$/;

/**
 * The label and subject code of a row in one column group. Codes printed in 类 / 款 / 项 columns
 * ("204" "06" "01") are one code, 2040601; 款 and 项 are two digits, so a cell printed without
 * its leading zero ("301" "2") is still 30102. A 类 cell that holds no 类 code ("7" beside
 * "11" "02") leaves the 款/项 digits for `inheritClassCodes`.
 */
export function rowKey(
  cells: string[],
  g: Group,
  keys: Set<number>,
  keyRow: RawRow | undefined,
  tableNo?: string,
): RowKey {
  let code: string | undefined;
  let orphan: string | undefined;
  let name = "";
  for (let c = g.from; c < g.to; c++) {
    if (!keys.has(c)) continue;
    const text = cleanLabel(cells[c] ?? "");
    // "类 | 款 | 项 | 合计 | 1,508.60": the last header row printed in the 合计 row's cells.
    if (!text || /^(类|款|项)$/.test(text)) continue;
    const headerText = cleanLabel(keyRow?.cells[c] ?? "");
    // A body's own code (单位编码 103001) is neither a subject code nor its name.
    if (UNIT_CODE_HEADER.test(headerText)) continue;
    if (
      (ROW_NO_HEADER.test(headerText) || (!headerText && c === g.from && keys.has(c + 1))) &&
      /^\d+$/.test(text)
    )
      continue;
    const part = /^\d{2}$/.test(text) || (!name && /^\d$/.test(text));
    if (code && part && (code.length === 3 || code.length === 5)) code += text.padStart(2, "0");
    else if (isSubjectCode(text) && (CODE_HEADER.test(headerText) || !code)) code = text;
    else if (!code && !name && /^\d{1,2}$/.test(text) && /^(类|款|项)$/.test(headerText))
      orphan = headerText === "类" ? "" : (orphan ?? "") + text.padStart(2, "0");
    else if (!name) name = text;
  }
  if (!name && !code && keys.size === 0 && tableNo) name = UNLABELLED_ROW[tableNo] ?? "";
  if (code) return { name, code };
  return orphan ? { name, orphan } : { name };
}

/**
 * A 款 or 项 row whose 类 cell is misprinted belongs to the 类 above it: its code is the enclosing
 * 类's (or 款's, when the 款 digits agree) followed by its own digits.
 */
export function inheritClassCodes(rows: TableRow[]): void {
  const above = new Map<number, { cls?: string; kuan?: string }>();
  for (const row of rows) {
    row.keys.forEach((key: RowKey, g) => {
      const seen = above.get(g) ?? {};
      if (key.code?.length === 3) above.set(g, { cls: key.code });
      else if (key.code?.length === 5) above.set(g, { cls: key.code.slice(0, 3), kuan: key.code });
      if (key.orphan === undefined) return;
      const digits = key.orphan;
      delete key.orphan;
      if (digits.length === 4 && seen.kuan?.endsWith(digits.slice(0, 2)))
        key.code = seen.kuan + digits.slice(2);
      else if (digits.length === 2 && seen.cls) key.code = seen.cls + digits;
    });
  }
}

/** The tail of a subject's name wrapped onto a line of its own ("费支出", "安排的支出"): CJK text only. */
const WRAPPED_TAIL = /^[\u4e00-\u9fa5（）]{1,12}$/;
/** A wrapped name's first line may be as long as a cell is wide. */
const WRAPPED_TAIL_OR_HEAD = /^[\u4e00-\u9fa5（）]{1,24}$/;

/**
 * A coded row's name wrapped onto the next line, which holds nothing else ("…基本养老保险缴" then
 * "费支出"): the tail is joined to the name and the line dropped. Only in one-group tables, only after a
 * row with a code, only a line with no code, no figure and one cell of CJK text. A name wrapped around
 * its row's code and figures, set in the middle of a tall cell (its first line above them, the
 * rest below, the row's own name cell empty), is joined the same way from both sides.
 */
export function joinWrappedNames(rows: TableRow[]): TableRow[] {
  const out: TableRow[] = [];
  for (const row of rows) {
    const head = out[out.length - 1];
    if (head && !row.header && row.keys.length === 1 && row.keys[0]?.code && !row.keys[0].name) {
      const text = nameOnly(head);
      if (text && !head.header) {
        out.pop();
        row.keys[0] = { ...row.keys[0], name: text };
      }
    }
    const before = out[out.length - 1];
    const tail = nameOnly(row);
    const joins =
      !!before &&
      !row.header &&
      !before.header &&
      row.keys.length === 1 &&
      !!before.keys[0]?.code &&
      !row.keys[0]?.code &&
      WRAPPED_TAIL.test(tail) &&
      before.cells.some((cell) => parseCell(cell).kind === "number");
    if (joins) before.keys[0] = { ...before.keys[0], name: `${before.keys[0].name}${tail}` };
    else out.push(row);
  }
  return out;
}

/** The CJK text of a line holding nothing else (one cell, no code, no figure), else "". */
function nameOnly(row: TableRow): string {
  const filled = row.cells.map((cell) => cell.trim()).filter(Boolean);
  const text = filled.length === 1 && !row.keys[0]?.code ? filled[0].replace(/\s+/g, "") : "";
  return WRAPPED_TAIL_OR_HEAD.test(text) ? text : "";
}
