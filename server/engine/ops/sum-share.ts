import type { Fact } from "../../../ingest/schema.js";
import { ratio, total } from "../calculator.js";
import { SUM_CUE } from "../question-cues.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { refKey, type MetricRef, type QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { ownWant } from "../select-facts.js";
import { asksEachShare } from "./each-share.js";
import { metricLabel, namesMasked, parentOf, scopeLabel } from "./labels.js";

/**
 * "甲和乙加起来占丙几成", "…加起来多少？→ 占丙几成": several parts added, over the whole named last,
 * each step with its formula. Undefined unless one unit's every figure is found in one measure.
 */
export function sumShareOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  if (plan.metrics.length < 3 || !scopes.length) return undefined;
  // Figures named and added ("加起来"), or a sum asked before: not one name's several rows.
  const names = plan.metrics.map((ref) => metricLabel(ref, k).replace(/（\d+）$/, ""));
  if (
    new Set(names).size !== names.length ||
    !(SUM_CUE.test(plan.question) || plan.followUp || jointlyOverWhole(plan))
  )
    return undefined;
  const { whole, parts } = wholeAndParts(plan);
  // "<甲>预算的<整体>中，<乙>的两个项目…": a second body named as the items' owner. The one document
  // that prints every figure added and the whole is read; with several, none is chosen.
  const complete = scopes
    .map((scope) => figuresIn(k, scope, whole, parts, wantOf(plan, scope)))
    .filter((read) => read !== undefined);
  // Of several, the document whose own figures are the kind asked (a budget's, when a budget is asked).
  const own = complete.filter(({ scope }) => wantOf(plan, scope) === ownWant(scope.doc.kind));
  const [read, ...others] = complete.length > 1 ? own : complete;
  if (!read || others.length) return undefined;
  const { scope, found, wholeFact } = read;
  const sum = total(
    found.map((f) => f.value),
    wholeFact.measure,
  );
  const share = ratio(sum.value, wholeFact.value);
  if (!share) return undefined;
  const b = new DraftBuilder();
  const partsLabel = parts.map((ref) => metricLabel(ref, k)).join("、");
  const wholeLabel = metricLabel(whole, k);
  b.d.headline = [
    `${scopeLabel(scope)}${partsLabel}合计 `,
    b.computed(sum, `${partsLabel}合计`, found),
    `，占${wholeLabel}的 `,
    b.computed(share, `${partsLabel}合计占${wholeLabel}比重`, [...found, wholeFact]),
    "。",
  ];
  parts.forEach((ref, i) =>
    b.d.bullets.push([`${metricLabel(ref, k)} `, b.fact(found[i], metricLabel(ref, k)), "。"]),
  );
  b.d.bullets.push([`${wholeLabel} `, b.fact(wholeFact, wholeLabel), "。"]);
  return b;
}

/**
 * "甲和乙占丙多少", "两个项目（甲、乙）占丙的比例": figures joined before 占 with the whole after it and
 * no "各"/"分别" are one share of their sum.
 */
function jointlyOverWhole(plan: QueryPlan): boolean {
  const masked = namesMasked(plan);
  const at = masked.lastIndexOf("占");
  return (
    at > 0 && JOINED.test(masked.slice(0, at)) && masked.slice(at).includes("〇") && !asksEachShare(plan)
  );
}

/** Two figures named one after the other with 和, 与, 及 or 、 between them. */
const JOINED = /〇(?:和|与|及|、|以及)〇/;

/** The figures added and the whole, all read from one scope in one measure; undefined otherwise. */
function figuresIn(
  k: Knowledge,
  scope: Scope,
  whole: MetricRef,
  parts: MetricRef[],
  want: ReturnType<typeof wantOf>,
): { scope: Scope; found: Fact[]; wholeFact: Fact } | undefined {
  const found = parts.map((ref) => lookup(k, scope, ref, want)[0]).filter((f): f is Fact => !!f);
  // The whole printed in the parts' own table first, as for one part's share (shareOp).
  const wholes = lookup(k, scope, whole, want);
  const wholeFact =
    wholes.find((f) => found.every((p) => !!p.table && p.docId === f.docId && p.table === f.table)) ??
    wholes[0];
  if (!wholeFact || found.length !== parts.length) return undefined;
  if (found.some((f) => f.measure !== wholeFact.measure)) return undefined;
  return { scope, found, wholeFact };
}

/** "<整体>里，甲和乙加起来占多少": nothing named after 占, the container named first is the whole. */
const CONTAINER_NAMED_FIRST = /^[^占]*〇(?:里|中|里面|当中|之中)/;

/** The whole is named after 占, else first as the container; the figures added are the others. */
function wholeAndParts(plan: QueryPlan): { whole: MetricRef; parts: MetricRef[] } {
  const masked = namesMasked(plan);
  const afterShare = masked.slice(masked.lastIndexOf("占"));
  if (masked.includes("占") && !afterShare.includes("〇") && CONTAINER_NAMED_FIRST.test(masked))
    return { whole: plan.metrics[0], parts: plan.metrics.slice(1) };
  return { whole: plan.metrics[plan.metrics.length - 1], parts: plan.metrics.slice(0, -1) };
}

/**
 * "甲和乙总共多少，占<未识别的整体>的百分之几": figures added before 占 with no whole found among
 * them (none is the other's part). One of them over the other is not the share asked: the sum is
 * given, and the answer says the whole was not found.
 */
export function addedWithoutWhole(plan: QueryPlan): boolean {
  // Three or more figures: the last is the whole (sumShareOp).
  if (!plan.question.includes("占") || plan.metrics.length !== 2) return false;
  // "支出合计里占几成": a figure's own name is no cue to add.
  const masked = namesMasked(plan, "｜");
  if (!SUM_CUE.test(masked.slice(0, masked.indexOf("占")))) return false;
  return plan.metrics.every((ref) => plan.metrics.every((other) => refKey(parentOf(ref)) !== refKey(other)));
}
