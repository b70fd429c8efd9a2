import type { Fact, TableColumn } from "../schema.js";
import { defined, pushTo, sumCheck, type CheckOutcome } from "./check-outcome.js";
import { cellAddress, type IndexedTable } from "./indexed-tables.js";
import { THREE_PUBLIC_TABLES } from "./standard-tables.js";

const TOTAL_ROW = /^合计$/;
const TOTAL_COLUMN = /(合计|小计)$/;

/**
 * 类 = Σ款, 款 = Σ项 (功能分类 3/5/7 digits; 经济分类 3/5), and the 合计 row = Σ the top-level
 * rows, in every column. A row's parent is its nearest listed ancestor, so a table that skips a
 * level (类 and 项 only) still adds up.
 */
export function subjectSums(t: IndexedTable): CheckOutcome[] {
  const outcomes: (CheckOutcome | undefined)[] = [];
  for (const col of byColumn(t).values()) {
    // Rates (完成率, 占比) add up to nothing.
    if (col.some((f) => f.measure === "%")) continue;
    const byCode = new Map<string, Fact>();
    for (const f of col) if (f.rowCode && !byCode.has(f.rowCode)) byCode.set(f.rowCode, f);
    // Rows that share a code (a list of projects, each with its subject) are no subject tree.
    if (sharesCodes(col)) continue;
    const children = new Map<string, Fact[]>();
    const top: Fact[] = [];
    for (const [code, f] of byCode) {
      const parent = ancestorOf(code, byCode);
      if (parent) pushTo(children, parent, f);
      else top.push(f);
    }
    for (const [code, kids] of children) {
      const parent = byCode.get(code)!;
      outcomes.push(
        sumCheck(
          "subject_hierarchy",
          parent,
          kids,
          `${t.table.title}「${code} ${parent.row}」${parent.column}`,
        ),
      );
    }
    const total = col.find((f) => !f.rowCode && TOTAL_ROW.test(f.row));
    if (total) outcomes.push(sumCheck("total_row", total, top, `${t.table.title}「合计」${total.column}`));
  }
  return outcomes.filter(defined);
}

/** Two rows of one column under the same code, named differently. */
function sharesCodes(col: Fact[]): boolean {
  const names = new Map<string, string>();
  for (const f of col) {
    if (!f.rowCode) continue;
    const seen = names.get(f.rowCode);
    if (seen !== undefined && seen !== f.row) return true;
    names.set(f.rowCode, f.row);
  }
  return false;
}

/** A table's facts by column path (side-by-side groups of the same column share one). */
export function byColumn(t: IndexedTable): Map<string, Fact[]> {
  const pathOf = new Map<number, string>();
  for (const c of t.table.columns) pathOf.set(c.index, `${c.segment}|${c.path.join(" / ")}`);
  const out = new Map<string, Fact[]>();
  for (const f of t.facts) {
    const at = cellAddress(f.id);
    const key = (at && pathOf.get(at.column)) ?? f.column;
    pushTo(out, key, f);
  }
  return out;
}

function ancestorOf(code: string, listed: Map<string, Fact>): string | undefined {
  for (let len = code.length - 2; len >= 3; len -= 2)
    if (listed.has(code.slice(0, len))) return code.slice(0, len);
  return undefined;
}

/**
 * In every row, a 合计/小计 column = Σ its sibling columns (本年支出合计 = 基本支出 + 项目支出 + …;
 * the 三公 table's 合计 and its 公务用车 小计). A sibling subtree counts through its own 小计, or
 * its columns when it prints none.
 */
export function columnSums(t: IndexedTable): CheckOutcome[] {
  const kind = t.standard && THREE_PUBLIC_TABLES.includes(t.standard.key) ? "three_public" : "total_column";
  const outcomes: (CheckOutcome | undefined)[] = [];
  const paths = t.table.columns.filter((c) => c.segment === 0);
  for (const group of new Set(paths.map((p) => p.group))) {
    const cols = paths.filter((p) => p.group === group);
    for (const total of cols.filter((c) => TOTAL_COLUMN.test(c.path[c.path.length - 1]))) {
      const addends = addendsOf(total, cols);
      if (addends.length < 2) continue;
      t.table.rows.forEach((_, r) => {
        const sum = t.cell(r, total.index);
        if (!sum) return;
        // A count beside the money ("公务接待费 / 批次（个）") is no part of the money's total.
        const parts = addends
          .map((a) => t.cell(r, a.index))
          .filter(defined)
          .filter((part) => part.measure === sum.measure);
        outcomes.push(sumCheck(kind, sum, parts, `${t.table.title}「${sum.row}」${sum.column}`));
      });
    }
  }
  return outcomes.filter(defined);
}

function addendsOf(total: TableColumn, cols: TableColumn[]): TableColumn[] {
  const depth = total.path.length;
  const parent = total.path.slice(0, -1).join(" / ");
  // Each head in the order printed: its own column, or the columns of its subtree.
  const heads = new Map<string, { own?: TableColumn; under: TableColumn[] }>();
  for (const s of cols) {
    if (s === total || s.path.slice(0, depth - 1).join(" / ") !== parent) continue;
    const head = heads.get(s.path[depth - 1]) ?? { under: [] };
    heads.set(s.path[depth - 1], head);
    if (s.path.length === depth) head.own = s;
    else if (s.path.length === depth + 1) head.under.push(s);
  }
  // A subtree counts through its own 小计, or, printing none, through all its columns ("财政拨款 /
  // 一般公共预算", "… / 政府性基金预算"), unless they are only some of it ("其中：…").
  // A column of its own headed "其中：…" (其中：上年结转资金安排) is some of the columns before it.
  return [...heads.entries()].flatMap(([name, { own, under }]) => {
    if (/^其中/.test(name)) return [];
    if (own) return [own];
    const subtotal = under.find((c) => TOTAL_COLUMN.test(c.path[depth]));
    if (subtotal) return [subtotal];
    return under.length > 1 && !under.some((c) => /^其中/.test(c.path[depth])) ? under : [];
  });
}
