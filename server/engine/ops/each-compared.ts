import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { total } from "../calculator.js";
import { mergeDrafts } from "../merge-drafts.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import { SUM_CUE } from "../question-cues.js";
import type { Scope } from "../scope.js";
import { oneRefPerName } from "./lookup.js";
import { compareOp } from "./budget.js";
import { metricLabel } from "./labels.js";

/** The label compareOp gives a row's actual less its budget. */
const GAP_LABEL = "决算与预算之差";

/** A table column that prints a row's balance ("超支（+）/结余（-）", "结余"). */
const BALANCE_COLUMN = /结余/;

/**
 * "甲和乙的结余各多少，合计呢": several rows of one unit each set against its budget
 * (compareOp reads one row per question), then their gaps added when a total is asked; where a
 * table prints the balance itself, its figures are added too and any difference is said.
 * Undefined for one row, several units, or a row that does not compare.
 */
export function eachCompared(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  const refs = oneRefPerName(plan.metrics);
  if (refs.length < 2 || scopes.length !== 1) return undefined;
  const drafts = refs.map((ref) => compareOp(k, { ...plan, metrics: [ref] }, scopes, false).build());
  if (drafts.some((d) => d.status !== "answered" || !d.headline.length)) return undefined;
  const b = new DraftBuilder(mergeDrafts(drafts));
  if (!SUM_CUE.test(plan.question)) return b;
  const gaps = b.d.figures.filter((figure) => figure.label.endsWith(GAP_LABEL));
  if (gaps.length !== refs.length) return b;
  const measure = gaps[0].measure;
  const computed = total(
    gaps.map((figure) => figure.value),
    measure,
  );
  b.d.bullets.push([
    "以上差额合计 ",
    b.computed(
      computed,
      "差额合计",
      gaps.flatMap((figure) => figure.facts),
    ),
    "。",
  ]);
  // Each row's names: its own, and those of the table rows its budget and actual were read from
  // (a project named "<某>项目" in the narrative is the table's "<某>专项").
  const names = refs.map((ref, i) => [
    ref.type === "project" ? ref.name : metricLabel(ref, k),
    ...gaps[i].facts.map((fact) => fact.row),
  ]);
  addPrintedBalances(k, b, scopes[0], names, computed.value);
  return b;
}

/** The balances a table prints for the rows, added, beside the computed total when they differ. */
function addPrintedBalances(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  names: string[][],
  computed: string,
) {
  const printed = names.map((rows) =>
    k.factsOf(scope.doc.docId).find((f: Fact) => rows.includes(f.row) && BALANCE_COLUMN.test(f.column)),
  );
  if (printed.some((fact) => !fact)) return;
  const facts = printed as Fact[];
  const sum = total(
    facts.map((f) => money(f.value).abs().toFixed()),
    facts[0].measure,
  );
  if (money(sum.value).eq(computed)) return;
  b.d.notes.push([
    `表中“${facts[0].column}”栏所列：`,
    ...facts.flatMap((fact, i) => [i ? "、" : "", `${fact.row} `, b.fact(fact, `${fact.row}${fact.column}`)]),
    "，按此合计 ",
    b.computed(sum, "表列结余合计", facts),
    "，与按预算和决算计算的差额合计不同（文件前后不一致，请以原文核对）。",
  ]);
}
