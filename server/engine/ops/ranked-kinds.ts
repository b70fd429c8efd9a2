import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";

/** Money spent asked of a ranking across units ("谁花得多", "实际用了多少"): what was spent, not planned. */
const SPENT_RANKED = /花|用了|用掉|实际|决算|支出了|开支了/;

/**
 * The units a ranking of money spent compares: those whose document for the year is a final
 * account, when some are and the question names no basis; the others (budgets only) are named.
 */
export function spentScopes(plan: QueryPlan, scopes: Scope[]): { scopes: Scope[]; budgetsOnly: string[] } {
  const finals = scopes.filter((scope) => scope.doc.kind === "决算");
  if (plan.basis || !SPENT_RANKED.test(plan.question) || !finals.length || finals.length === scopes.length)
    return { scopes, budgetsOnly: [] };
  return {
    scopes: finals,
    budgetsOnly: scopes.filter((scope) => scope.doc.kind !== "决算").map((s) => s.unit),
  };
}

/** Ranked figures read from budgets and final accounts alike: each is marked with its kind. */
export function kindsMixed(scopes: Scope[]): boolean {
  return new Set(scopes.map((scope) => scope.doc.kind)).size > 1;
}
