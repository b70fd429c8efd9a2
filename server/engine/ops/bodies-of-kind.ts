import { findMetricMentions } from "../../../ingest/domain/metrics.js";
import type { Fact } from "../../../ingest/schema.js";
import { total } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { BODIES_OF_KIND_ASKED } from "../lexicon/body-rows.js";
import { NUMERALS } from "../lexicon/numerals.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { columnLeaf, scopeLabel } from "./labels.js";
import { tableNameOf } from "./own-row.js";

/**
 * "9个市场监督管理所加起来编制多少人": the rows of one kind of body in a table of the department's (the
 * names ending in the kind the question says), each figure asked added over them; the number of
 * bodies the question states is set against the rows found. Undefined when no table lists two
 * bodies of that kind with a column of the figure.
 */
export function bodiesOfKindOp(k: Knowledge, plan: QueryPlan, scope: Scope): DraftBuilder | undefined {
  const asked = BODIES_OF_KIND_ASKED.exec(plan.question);
  const kind = asked?.groups?.kind;
  if (!kind || !plan.metrics.length) return undefined;
  const cells = k.factsOf(scope.doc.docId).filter((f) => !!f.table && f.row !== kind && f.row.endsWith(kind));
  const columns = plan.metrics.map((ref) => cellsOf(cells, ref));
  if (columns.some((column) => column.length < 2)) return undefined;
  const b = new DraftBuilder();
  const rows = [...new Set(columns[0].map((f) => f.row))];
  b.d.headline = [
    `${scopeLabel(scope)}${tableNameOf(columns[0][0])}列有${rows.length}个${kind}：`,
    ...columns.flatMap((column, i) => {
      const label = columnLeaf(column[0].column);
      const sum = total(
        column.map((f) => f.value),
        column[0].measure,
      );
      return [i ? "，" : "", `${label}合计 `, b.computed(sum, `${rows.length}个${kind}${label}合计`, column)];
    }),
    "。",
  ];
  for (const row of rows)
    b.d.bullets.push([
      `${row}：`,
      ...columns.flatMap((column, i) => {
        const cell = column.find((f) => f.row === row);
        return cell
          ? [i ? "，" : "", `${columnLeaf(cell.column)} `, b.fact(cell, `${row}${columnLeaf(cell.column)}`)]
          : [];
      }),
    ]);
  const stated = asked?.groups?.count ? countOf(asked.groups.count) : undefined;
  if (stated !== undefined && stated !== rows.length)
    b.d.notes.push([`问题说${stated}个${kind}，表中列有${rows.length}个，以上按表中所列计算。`]);
  return b;
}

/** One cell per row of the column that names the figure ("编制数", "实有人数"), in row order. */
function cellsOf(cells: Fact[], ref: MetricRef): Fact[] {
  if (ref.type !== "metric") return [];
  const named = cells.filter((f) => findMetricMentions(columnLeaf(f.column))[0]?.key === ref.key);
  const column = named[0]?.column;
  const seen = new Set<string>();
  return named.filter(
    (f) => f.table === named[0].table && f.column === column && !seen.has(f.row) && !!seen.add(f.row),
  );
}

function countOf(said: string): number | undefined {
  if (/^\d+$/.test(said)) return Number(said);
  return NUMERALS[said];
}
