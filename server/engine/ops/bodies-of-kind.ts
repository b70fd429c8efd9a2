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
import { cellOf, tableNameOf } from "./own-row.js";

/**
 * "9个市场监督管理所加起来编制多少人": the rows of one kind of body in a table of the department's (the
 * names ending in the kind the question says), each figure asked added over them; the number of
 * bodies the question states is set against the rows found. Undefined when no table lists two
 * bodies of that kind with a column of the figure.
 */
export function bodiesOfKindOp(k: Knowledge, plan: QueryPlan, scope: Scope): DraftBuilder | undefined {
  const asked = BODIES_OF_KIND_ASKED.exec(plan.question);
  const named = asked?.groups?.kind;
  if (!named || !plan.metrics.length) return undefined;
  const ending = (kind: string) =>
    k.factsOf(scope.doc.docId).filter((f) => !!f.table && f.row !== kind && f.row.endsWith(kind));
  // "<地名词>分局": rows named "<…>分局" when none ends in the words before the type (a place's).
  const type = asked?.groups?.type ?? named;
  const kind = ending(named).length ? named : type;
  const cells = ending(kind);
  const columns = plan.metrics.map((ref) => cellsOf(cells, ref));
  if (columns.some((column) => column.length < 2)) return undefined;
  const b = new DraftBuilder();
  const rows = [...new Set(columns[0].map((f) => f.row))];
  b.d.headline = [
    // (The rows are counted by the list below, not in a number of their own: every number said is read.)
    `${scopeLabel(scope)}${tableNameOf(columns[0][0])}所列各${kind}：`,
    ...columns.flatMap((column, i) => {
      const label = columnName(column[0].column);
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
          ? [i ? "，" : "", `${columnName(cell.column)} `, b.fact(cell, `${row}${columnName(cell.column)}`)]
          : [];
      }),
    ]);
  const stated = asked?.groups?.count ? countOf(asked.groups.count) : undefined;
  if (stated !== undefined && stated !== rows.length)
    b.d.notes.push([`问题说${stated}个${kind}，表中列有${rows.length}个，以上按表中所列计算。`]);
  return b;
}

/**
 * One cell per row of the column that holds the figure ("编制数", "实有人数", a 支出 total's
 * "本年支出 / 合计"), in row order, all of one table's one column.
 */
function cellsOf(cells: Fact[], ref: MetricRef): Fact[] {
  if (ref.type !== "metric") return [];
  const rows = [...new Set(cells.map((f) => f.row))];
  const picked = rows.flatMap((row) => {
    const own = cells.filter((f) => f.row === row);
    const cell =
      own.find((f) => findMetricMentions(columnLeaf(f.column))[0]?.key === ref.key) ?? cellOf(own, ref);
    return cell ? [cell] : [];
  });
  const [first] = picked;
  return picked.filter((f) => f.table === first.table && f.column === first.column);
}

/** A column as a figure's name: its last header, or the side a 合计 is of ("本年支出 / 合计" → 本年支出). */
function columnName(column: string): string {
  const parts = column.split(" / ");
  const leaf = columnLeaf(column);
  return leaf === "合计" && parts.length > 1 ? columnLeaf(parts.slice(0, -1).join(" / ")) : leaf;
}

function countOf(said: string): number | undefined {
  if (/^\d+$/.test(said)) return Number(said);
  return NUMERALS[said];
}
