import type { Hit } from "./find-metrics.js";
import { CELL_COLUMNS, CELL_JOINER, COLUMN_JOINER, type CellColumn } from "./lexicon/cell-columns.js";
import type { MetricRef } from "./plan-schema.js";

const isColumn = (h: Hit): h is Hit & { ref: { type: "metric"; key: CellColumn } } =>
  h.ref.type === "metric" && (CELL_COLUMNS as readonly string[]).includes(h.ref.key);

/**
 * "一般公共服务支出的人员经费和公用经费": a subject followed by columns of its table names cells of
 * that row. Returns the hits it reads as cells and the cell refs (one per column); none when the
 * question names no such pair.
 */
export function subjectCells(q: string, hits: Hit[]): { used: Hit[]; refs: MetricRef[] } {
  for (let i = 0; i + 1 < hits.length; i++) {
    const row = hits[i];
    if (row.ref.type !== "subject") continue;
    const used = [row];
    let end = row.at + row.len;
    let joiner = CELL_JOINER;
    for (let j = i + 1; j < hits.length; j++) {
      // One name read as several rows (行政运行 under two 款) shares the row's span.
      if (hits[j].at === row.at && hits[j].ref.type === "subject") {
        used.push(hits[j]);
        continue;
      }
      if (!isColumn(hits[j]) || !joiner.test(q.slice(end, hits[j].at))) break;
      used.push(hits[j]);
      end = hits[j].at + hits[j].len;
      joiner = COLUMN_JOINER;
    }
    const columns = used.filter(isColumn).map((h) => h.ref.key);
    if (!columns.length) continue;
    const named = used.filter((h) => h.ref.type === "subject").map((h) => h.ref);
    // A coded row is the table's own; an uncoded one of the same name adds nothing.
    const coded = named.filter((r) => r.type === "subject" && r.code);
    const rows = coded.length ? coded : named;
    const refs = rows.flatMap((r) =>
      r.type === "subject" ? columns.map((column): MetricRef => ({ ...r, column })) : [],
    );
    return { used, refs };
  }
  return { used: [], refs: [] };
}
