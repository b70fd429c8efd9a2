import { METRIC_BY_KEY } from "../../ingest/domain/metrics.js";
import type { FactQuery } from "../../ingest/store/store.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import type { Knowledge } from "./knowledge.js";
import type { MetricRef, QueryPlan } from "./plan-schema.js";
import { ranksChange } from "./ops/rank-change.js";
import { figureWants, ranksByFigures, shownFigureIds } from "./ops/rank-figures.js";
import { asksYearEnd, type Scope } from "./scope.js";

/** Above this many documents a question reads only the facts that match its metrics, not whole documents. */
const WHOLE_DOCUMENTS = 24;

/**
 * Operations that compare a budget with its execution, or name the execution beside a budget's
 * figure: a budget-only year's 执行数 is in next year's budget.
 */
const COMPARING = new Set<QueryPlan["operation"]>(["compare_budget_actual", "explain_variance", "value"]);

/** Operations that read one figure per scope: they need no parts of a metric. */
const ONE_FIGURE = new Set<QueryPlan["operation"]>(["rank", "sum", "difference"]);

/** The store query for the rows of these metrics, subjects and projects (and the metrics' parts). */
export function matchingQuery(
  refs: MetricRef[],
  withParts: boolean,
  /** The names a project goes by (Knowledge.projectVariants). */
  variants: (project: string) => string[] = (p) => [p],
): Pick<FactQuery, "metrics" | "rowCodes" | "rowKeys"> {
  return {
    metrics: refs.flatMap((m) =>
      m.type === "metric" ? [m.key, ...((withParts && METRIC_BY_KEY.get(m.key)?.parts) || [])] : [],
    ),
    rowCodes: refs.flatMap((m) => (m.type === "subject" && m.code ? [m.code] : [])),
    rowKeys: refs.flatMap((m) =>
      m.type === "project"
        ? variants(m.name).map(matchKey)
        : m.type === "subject" && m.name
          ? [matchKey(m.name)]
          : [],
    ),
  };
}

/**
 * Read from the store the facts the operations may look at: the scope's documents and the
 * unit's other documents of the same year. Questions across many units (rankings, sums) read
 * only the rows of the asked metrics, subjects and projects, through the store's indexes.
 */
export async function loadFacts(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Promise<void> {
  const docIds = scopes.flatMap((s) => [
    s.doc.docId,
    ...k.docs(s.unit, { year: s.year }).map((d) => d.docId),
    // A year stood for by next year's document: that year's other documents state some of it too.
    ...(s.previousYear ? k.docs(s.unit, { year: s.doc.year }).map((d) => d.docId) : []),
    // A stock asked as of the year's end: next year's documents state it (a budget's own is older).
    ...(s.doc.kind === "预算" && asksYearEnd(plan.question, s.year)
      ? k.docs(s.unit, { year: s.year + 1 }).map((d) => d.docId)
      : []),
    // A ranking by the change on last year: last year's document of the same kind prints the base.
    ...(plan.operation === "rank" && ranksChange(plan.question)
      ? k.docs(s.unit, { year: s.year - 1, kind: s.doc.kind }).map((d) => d.docId)
      : []),
    ...(COMPARING.has(plan.operation) && s.doc.kind === "预算"
      ? k.docs(s.unit, { year: s.year + 1, kind: "预算" }).map((d) => d.docId)
      : []),
    // A body the year's documents add up that publishes its own: its figure may be named beside a
    // budget set against an actual (coverage-apart), so only when one may be.
    ...(COMPARING.has(plan.operation)
      ? k
          .docs(s.unit, { year: s.year })
          .flatMap((d) => d.covers.flatMap((body) => k.docs(body, { year: s.year }).map((own) => own.docId)))
      : []),
  ]);
  if (new Set(docIds).size <= WHOLE_DOCUMENTS) return k.loadDocuments(docIds);
  if (ranksByFigures(plan, scopes) && (await loadRankedFigures(k, plan, scopes, docIds))) return;
  return k.loadMatching(
    docIds,
    matchingQuery(plan.metrics, !ONE_FIGURE.has(plan.operation), (p) => k.projectVariants(p)),
  );
}

/**
 * A ranking over many units reads each document's headline figure (narrow rows chosen at ingest)
 * and the facts of the places it shows. False when no scope has a figure: the facts are read then,
 * so the answer says what is missing exactly as before.
 */
async function loadRankedFigures(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
  docIds: string[],
): Promise<boolean> {
  const metrics = plan.metrics.flatMap((ref) => (ref.type === "metric" ? [ref.key] : []));
  await k.loadFigures(docIds, metrics, figureWants(plan, scopes));
  const shown = shownFigureIds(k, plan, scopes);
  if (!shown.length) {
    k.dropFigures();
    return false;
  }
  await k.loadFactsById(shown);
  return true;
}
