import { BODY_NAME, bodyKey } from "../../../ingest/domain/project-tables.js";
import type { Fact } from "../../../ingest/schema.js";
import { matchKey } from "../../../ingest/text/normalize-text.js";
import { total } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { BODY_ROW_TABLES, BY_BODY_ASKED } from "../lexicon/body-rows.js";
import type { QueryPlan } from "../plan-schema.js";
import { untitledYear } from "../select-facts.js";
import type { Scope } from "../scope.js";
import { scopeLabel } from "./labels.js";
import { againstPrintedTotal } from "./printed-total.js";

/** A row's whole: its 合计 column, alone or under the table's one group ("…预算数 / 合计"). */
const ROW_WHOLE = /^(?:[^/]+ \/ )?合计$/;
const TOTAL_ROW = /^(?:合计|总计)$/;

/**
 * "下面三个预算单位收入各是多少": where the department's income (or spending) table lists one row
 * per body it covers, each body's total as printed, their sum set against the table's 合计 row.
 * Undefined when not asked body by body or the table lists fewer than two of its bodies.
 */
export function bodyRowsOp(k: Knowledge, plan: QueryPlan, scope: Scope): DraftBuilder | undefined {
  const ref = plan.metrics[0];
  const table = ref?.type === "metric" ? BODY_ROW_TABLES[ref.key] : undefined;
  if (!table || !BY_BODY_ASKED.test(plan.question)) return undefined;
  const children = new Set(
    (k.units.find((unit) => unit.name === scope.unit)?.children ?? []).map((name) => matchKey(name)),
  );
  // The department's own part ("…局（本级）"), not its whole (the row named as the department).
  const ownPart = (row: string) => bodyKey(row) !== row && matchKey(bodyKey(row)) === matchKey(scope.unit);
  const cells = k.factsOf(scope.doc.docId).filter((f) => f.table === table && !f.period);
  const wholes = cells.filter((f) => ROW_WHOLE.test(f.column) && !TOTAL_ROW.test(f.row.replace(/\s/g, "")));
  // A table listing bodies only (every row named as a body is): each row is one of them, listed or not.
  const byBody = wholes.length > 1 && wholes.every((f) => BODY_NAME.test(f.row));
  // (One cell per body: the first whole its row prints.)
  const rows = wholes.filter(
    (f, i) =>
      (byBody || ownPart(f.row) || children.has(matchKey(f.row))) &&
      wholes.findIndex((other) => other.row === f.row) === i,
  );
  if (rows.length < 2) return undefined;
  const b = new DraftBuilder();
  b.d.headline = [
    `${scopeLabel(scope)}的${untitledYear(rows[0].tableTitle ?? "表格")}按单位列出，各单位合计如下：`,
  ];
  for (const row of rows) b.d.bullets.push([`${row.row}：`, b.fact(row, `${row.row}合计`)]);
  addedAgainstTotal(b, rows, cells);
  return b;
}

/** The bodies added up, set against the table's own 合计 row. */
function addedAgainstTotal(b: DraftBuilder, rows: Fact[], cells: Fact[]): void {
  const measure = rows[0].measure;
  const sum = total(
    rows.map((row) => row.value),
    measure,
  );
  const whole = cells.find(
    (f) => TOTAL_ROW.test(f.row.replace(/\s/g, "")) && ROW_WHOLE.test(f.column) && f.measure === measure,
  );
  b.d.bullets.push([
    "各单位相加 ",
    b.computed(sum, "各单位合计", rows),
    ...againstPrintedTotal(b, sum.value, whole, "表中合计"),
    "。",
  ]);
}
