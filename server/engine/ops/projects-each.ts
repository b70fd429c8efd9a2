import type { Knowledge } from "../knowledge.js";
import { PROJECT_LIST_WORDS } from "../lexicon/project-list.js";
import { refKey, type MetricRef, type QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { wantOf } from "./lookup.js";
import { partFigures, partsIn, PROJECTS } from "./rank-parts.js";

/** The most projects set against their budgets one by one; more are a list, not a comparison. */
const MOST_PROJECTS = 8;

/**
 * "两个项目的结余加起来是…", "各项目执行得怎么样" with no project named: the unit's projects as its
 * document lists them, each to be set against its budget. Undefined unless budgets against actuals
 * are asked of one document listing two to MOST_PROJECTS projects.
 */
export function projectsEach(k: Knowledge, plan: QueryPlan, scopes: Scope[]): MetricRef[] | undefined {
  // (No figure named, or only the project spending the words "两个项目" are read as.)
  const generic = plan.metrics.every((ref) => refKey(ref) === refKey(PROJECTS));
  if (!generic || plan.operation !== "compare_budget_actual" || scopes.length !== 1) return undefined;
  if (!PROJECT_LIST_WORDS.test(plan.question)) return undefined;
  const [scope] = scopes;
  const named = partsIn(k, scope, PROJECTS).filter((ref) => ref.type === "project");
  // (Two names of one project, "<某>专项" and "<某>项目", read the same figure: it is listed once.)
  const projects = partFigures(k, scope, named, wantOf(plan, scope)).map((row) => row.part);
  return projects.length >= 2 && projects.length <= MOST_PROJECTS ? projects : undefined;
}
