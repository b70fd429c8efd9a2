import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { ratio } from "../calculator.js";
import type { DraftBuilder, Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { Scope } from "../scope.js";
import type { Comparison } from "./budget.js";
import { sourceLabel } from "./labels.js";

/** Figures of the unit's whole spending: the self-evaluation of the whole (部门整体支出) rates the same money. */
const WHOLE_SPENDING: ReadonlySet<string> = new Set(["支出合计", "财政拨款支出", "部门整体支出"]);

/** The columns of the self-evaluation's row, by the basis each states, in the order said. */
const ROW_COLUMNS = [
  { basis: "年初预算", word: "年初预算数" },
  { basis: "全年预算", word: "全年预算数" },
  { basis: "决算", word: "全年执行数" },
] as const;

/**
 * The final accounts' self-evaluation of the unit's whole spending (部门整体支出绩效自评表): the row
 * that prints an execution rate, with its budgets and actual.
 */
function selfEvaluatedRow(k: Knowledge, scope: Scope): { rate: Fact; row: Fact[] } | undefined {
  if (scope.doc.kind !== "决算") return undefined;
  const facts = k.factsOf(scope.doc.docId).filter((f) => f.metric === "部门整体支出" && !!f.table);
  const rate = facts.find((f) => f.measure === "%");
  if (!rate) return undefined;
  return { rate, row: facts.filter((f) => f.table === rate.table && f.row === rate.row) };
}

/**
 * "预算执行率" of the whole unit answered from the narrative or the tables: the self-evaluation's own
 * execution rate is said beside it, with the budgets it is of and the rate recomputed (the two often
 * measure against different budgets). Returns the facts it said, for no other note to repeat.
 */
export function addSelfEvaluation(k: Knowledge, b: DraftBuilder, scope: Scope, c: Comparison): Fact[] {
  if (c.ref.type !== "metric" || !WHOLE_SPENDING.has(c.ref.key)) return [];
  const evaluated = selfEvaluatedRow(k, scope);
  if (!evaluated) return [];
  const { rate, row } = evaluated;
  if (rate.id === c.stated?.id || (c.budget.table === rate.table && c.actual.table === rate.table)) return [];
  const columns = ROW_COLUMNS.flatMap(({ basis, word }) => {
    const fact = row.find((f) => f.basis === basis && /元$/.test(f.measure));
    return fact ? [{ fact, word }] : [];
  });
  const line: Segment[] = [`${sourceLabel(rate)}所列：`];
  columns.forEach(({ fact, word }, i) =>
    line.push(i ? "，" : "", `${word} `, b.fact(fact, `部门整体支出${word}`)),
  );
  line.push(`${columns.length ? "，" : ""}执行率 `, b.asPrinted(rate, "部门整体支出执行率（文件所列）"));
  const full = columns.find((column) => column.word === "全年预算数")?.fact;
  const actual = columns.find((column) => column.word === "全年执行数")?.fact;
  const computed = full && actual ? ratio(actual.value, full.value) : undefined;
  if (computed && full && actual)
    line.push(
      "；按全年执行数 ÷ 全年预算数计算为 ",
      b.computed(computed, "部门整体支出执行率（计算）", [actual, full]),
      money(computed.value).eq(rate.value) ? "，与所列一致" : "",
    );
  b.d.bullets.push([...line, "。"]);
  return [rate, ...columns.map((column) => column.fact)];
}
