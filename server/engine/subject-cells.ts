import type { Hit } from "./find-metrics.js";
import {
  CELL_COLUMNS,
  CELL_JOINER,
  COLUMN_JOINER,
  SUBJECT_NAME_CLOSE,
  type CellColumn,
} from "./lexicon/cell-columns.js";
import type { MetricRef } from "./plan-schema.js";

const isColumn = (h: Hit): h is Hit & { ref: { type: "metric"; key: CellColumn } } =>
  h.ref.type === "metric" && (CELL_COLUMNS as readonly string[]).includes(h.ref.key);

/** Between parts of one row's name: nothing, a bracket, or the code's own name after it. */
const ROW_GAP = /^[\s（()）]*$/;

/**
 * The subject hits that name one row (a name with its 项 code before it, or after it in brackets):
 * a written code picks its row among the rows a bare name may stand for.
 */
function rowAt(q: string, hits: Hit[], i: number): { rows: Hit[]; end: number } {
  const rows = [hits[i]];
  let end = hits[i].at + hits[i].len;
  for (let j = i + 1; j < hits.length && hits[j].ref.type === "subject"; j++) {
    if (hits[j].at < end) rows.push(hits[j]);
    else if (ROW_GAP.test(q.slice(end, hits[j].at))) {
      rows.push(hits[j]);
      end = hits[j].at + hits[j].len;
    } else break;
  }
  const coded = rows.filter((h) => /^\d+$/.test(q.slice(h.at, h.at + h.len)));
  // The name after a code was merged into it: skip it and a closing bracket.
  const after = q.slice(end);
  const name = coded[0]?.ref.type === "subject" ? (coded[0].ref.name ?? "") : "";
  const skip = name && after.startsWith(name) ? name.length : (/^[）)]/.exec(after)?.[0].length ?? 0);
  // "“<某科目>”款的<列>": the name's closing quote and level end the row's name too.
  const close = SUBJECT_NAME_CLOSE.exec(after.slice(skip))?.[0].length ?? 0;
  return { rows: coded.length ? coded : rows, end: end + skip + close };
}

/**
 * "<科目>的<列>和<列>": a subject followed by columns of its table names cells of
 * that row. Returns the hits it reads as cells and the cell refs (one per column); none when the
 * question names no such pair.
 */
export function subjectCells(q: string, hits: Hit[]): { used: Hit[]; refs: MetricRef[] } {
  for (let i = 0; i + 1 < hits.length; i++) {
    if (hits[i].ref.type !== "subject") continue;
    const { rows, end: rowEnd } = rowAt(q, hits, i);
    const columns: Hit[] = [];
    let end = rowEnd;
    let joiner = CELL_JOINER;
    // Hits are in question order: the columns are among those after this row's first hit.
    for (let j = i + 1; j < hits.length; j++) {
      const h = hits[j]!;
      if (h.at < end || rows.includes(h)) continue;
      if (!isColumn(h) || !joiner.test(q.slice(end, h.at))) break;
      columns.push(h);
      end = h.at + h.len;
      joiner = COLUMN_JOINER;
    }
    if (!columns.length) continue;
    // A coded row is the table's own; an uncoded one of the same name adds nothing.
    const named = rows.map((h) => h.ref).filter((r) => r.type === "subject");
    const coded = named.filter((r) => r.code);
    const refs = (coded.length ? coded : named).flatMap((r) =>
      columns.map((c): MetricRef => ({ ...r, column: (c.ref as { key: string }).key })),
    );
    const used = [
      ...hits.filter((h) => h.ref.type === "subject" && h.at >= hits[i].at && h.at < rowEnd),
      ...columns,
    ];
    return { used, refs: dedupe(refs) };
  }
  return { used: [], refs: [] };
}

function dedupe(refs: MetricRef[]): MetricRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => !seen.has(JSON.stringify(r)) && !!seen.add(JSON.stringify(r)));
}

/**
 * Several cells of one row asked together ("<科目>里<列>、<列>、项目各多少"): the row itself,
 * whose total is said after them so the cells are seen as its parts.
 */
export function rowOfCells(metrics: MetricRef[]): MetricRef | undefined {
  const [first] = metrics;
  if (metrics.length < 2 || first.type !== "subject" || !(first.code ?? first.name)) return undefined;
  // One row: by its code, or by its name when the question named it in words ("社保那一行").
  const sameRow = metrics.every(
    (ref) => ref.type === "subject" && ref.code === first.code && ref.name === first.name && ref.column,
  );
  return sameRow
    ? {
        type: "subject",
        ...(first.code ? { code: first.code } : {}),
        ...(first.name ? { name: first.name } : {}),
      }
    : undefined;
}
