import type { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { loadFacts } from "../load-facts.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { scopeLabel } from "./labels.js";
import { projectLabel, projectResult } from "./project-score.js";

/** "绩效自评结果如何", "绩效评价得怎么样": how the self-evaluation came out, asked in words. */
const SELF_EVALUATION_ASKED =
  /自评(?:的)?(?:结果|情况)|评价结果|绩效(?:评价|自评)?(?:得)?(?:怎么样|如何|咋样|怎样)|评得(?:怎么样|如何|咋样)/;

const SCORE: MetricRef = { type: "metric", key: "绩效自评得分" };

/**
 * A question about the self-evaluation's result, answered with its passages: the score the
 * evaluation form states is said first, when the unit's document has one.
 */
export async function addSelfScore(k: Knowledge, plan: QueryPlan, scopes: Scope[], b: DraftBuilder) {
  if (b.d.status === "not_found" || !SELF_EVALUATION_ASKED.test(plan.question)) return;
  const project = plan.metrics.find((m) => m.type === "project");
  // A project's result is its own form's, never the department's score.
  if (project?.type === "project") return addProjectResult(k, scopes, project.name, b);
  await loadFacts(k, { ...plan, metrics: [SCORE] }, scopes);
  for (const scope of scopes) {
    const score = lookup(k, scope, SCORE, wantOf(plan, scope))[0];
    if (!score) continue;
    b.d.bullets.unshift([`${scopeLabel(scope)}绩效自评得分 `, b.fact(score, "绩效自评得分"), "。"]);
    return;
  }
}

/** "<某项目>绩效怎么样": what its own form says (money, spending, rate, score), before the passages. */
async function addProjectResult(
  k: Knowledge,
  scopes: Scope[],
  project: string,
  b: DraftBuilder,
): Promise<void> {
  await k.loadDocuments(scopes.map((scope) => scope.doc.docId));
  const said = projectResult(k, scopes, project);
  if (!said.length) return;
  const figures = said.flatMap(({ label, fact }, i) => [
    i ? `，${label} ` : `${label} `,
    b.fact(fact, label),
  ]);
  b.d.bullets.unshift([`${projectLabel(project)}自评表：`, ...figures, "。"]);
}
