import type { Knowledge } from "./knowledge.js";
import { matchingQuery } from "./load-facts.js";
import type { QueryPlan } from "./plan-schema.js";
import { isScore } from "./ops/quote-fact.js";
import { inOrder } from "./vocabulary.js";

/** The measure of a score ("9.7分"). */
const SCORE_MEASURE = "分";

/** Operations that read what was spent on the project, not only what was planned. */
const SPENDING_NEEDED: readonly QueryPlan["operation"][] = ["compare_budget_actual", "explain_variance"];

/** Words asking what was spent or left of a project ("结余多少", "实际花了多少"), whatever the operation. */
const SPENDING_ASKED = /结余|结转|实际支出|实际花|执行数|执行率|花了|用了|完成率/;

/** Facts read to learn which units name a project (any one fact per unit is enough). */
const SAMPLE = 200;

/**
 * A project named without its unit ("某某专项2024年…"): when the documents of exactly one unit
 * name it, the question is about that unit, and the answer says how it was read. Several units:
 * asks among them (a text question reads them all); none: the plan asks or refuses as before.
 */
export async function unitOfProject(k: Knowledge, plan: QueryPlan): Promise<void> {
  const projects = plan.metrics.flatMap((m) => (m.type === "project" ? [m.name] : []));
  // "某某社区服务中心新建工程": a body's name that is the project's own words names no other body.
  plan.unknownUnits = plan.unknownUnits.filter((name) => !projects.some((p) => inOrder(name, p)));
  if (plan.units.length || plan.unknownUnits.length || plan.clarify) return;
  if (!projects.length) return;
  const { rowKeys } = matchingQuery(
    plan.metrics.filter((m) => m.type === "project"),
    false,
    (name) => k.projectVariants(name),
  );
  const facts = await k.store.facts({ rowKeys, limit: SAMPLE });
  const unitsOf = (some: typeof facts) => [...new Set(some.map((fact) => fact.unit))];
  let units = unitsOf(facts);
  // A rate or a variance needs the money spent: a body whose documents only plan the project (a
  // parent's budget funding it) cannot answer it, the one that spent it can.
  if (units.length > 1 && (SPENDING_NEEDED.includes(plan.operation) || SPENDING_ASKED.test(plan.question)))
    units = unitsOf(facts.filter((fact) => fact.basis === "决算"));
  // A project's self-evaluation score: the body whose documents score it (its own evaluation form).
  if (units.length > 1 && plan.metrics.some(isScore)) {
    const scored = await k.store.facts({ text: projects[0], limit: SAMPLE });
    const scoring = unitsOf(
      scored.filter((fact) => fact.measure === SCORE_MEASURE && units.includes(fact.unit)),
    );
    if (scoring.length === 1) units = scoring;
  }
  // Several projects named ("甲经费和乙专项"): the one body whose documents name every one of them.
  if (units.length > 1 && projects.length > 1) {
    const variants = projects.map((name) => new Set(k.projectVariants(name)));
    const namesAll = units.filter((unit) =>
      variants.every((names) => facts.some((fact) => fact.unit === unit && names.has(fact.row))),
    );
    if (namesAll.length === 1) units = namesAll;
  }
  // Several bodies name it: ask among those, not among every unit of the index.
  if (units.length > 1 && plan.operation !== "text_lookup")
    plan.clarify = `“${projects[0]}”见于${units.join("、")}的文件，请问您想了解哪个单位的？`;
  if (units.length !== 1) return;
  plan.units = units;
  plan.readings.push(`“${projects[0]}”是${units[0]}的项目，按该单位回答`);
}
