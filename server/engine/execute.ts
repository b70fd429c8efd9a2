import type { Draft } from "./draft.js";
import type { Knowledge } from "./knowledge.js";
import { breakdownOp, shareOp, valueOp } from "./ops/amounts.js";
import { differenceOp, rankOp, sumOp } from "./ops/across.js";
import { compareOp, trendOp, yoyOp } from "./ops/budget.js";
import { textOp } from "./ops/text.js";
import type { QueryPlan } from "./plan-schema.js";
import { resolveScopes } from "./scope.js";
import { loadFacts } from "./load-facts.js";
import { notFound } from "./draft.js";

/**
 * Questions these documents cannot answer, whatever the unit: periods shorter than a year,
 * whole-city finances, and figures the lexicon does not know ("土地出让收入", "年薪").
 */
function beyondDocuments(plan: QueryPlan): string | undefined {
  const q = plan.question;
  // Budget disclosures are department-level and annual: no per-person, per-meal, vendor or model details.
  if (/每餐|人均|每人|单价|均价|标准是|品牌|型号|名单|供应商|中标|话务员|年薪|工资条|面积/.test(q)) {
    return `公开的部门预算、决算文件不包含这类明细（${plan.textQuery ?? q}）。文件中没有的数字我不会推测。`;
  }
  if (/季度|每个?月|月度|月份|上半年|下半年/.test(q))
    return "部门预决算公开文件只列全年数字，没有季度或月度数据。文件中没有的数字我不会推测。";
  if (!plan.units.length && /全市|全区|全县|全省|全国/.test(q)) {
    return "这里收录的是各部门自己的预算、决算公开文件，不含全市（区）财政总收支。文件中没有的数字我不会推测。";
  }
  if (
    !plan.metrics.length &&
    /多少|几[个名人辆次]|金额|花了|年薪|工资|收入|面积|多大/.test(q) &&
    !/哪些|哪几|什么/.test(q)
  ) {
    return `公开文件中没有“${plan.textQuery ?? q}”这项数字。文件中没有的数字我不会推测。`;
  }
  return undefined;
}

/** Run a query plan against the facts. Deterministic: the same plan gives the same draft. */
export async function execute(k: Knowledge, plan: QueryPlan): Promise<Draft> {
  const outOfScope = beyondDocuments(plan);
  if (outOfScope) return notFound(outOfScope);
  const resolved = resolveScopes(k, plan);
  if ("draft" in resolved) return resolved.draft;
  const { scopes } = resolved;
  if (!plan.metrics.length || plan.operation === "text_lookup")
    return (await textOp(k, plan, scopes)).build();
  await loadFacts(k, plan, scopes);
  const builder = (() => {
    switch (plan.operation) {
      case "breakdown":
        return breakdownOp(k, plan, scopes);
      case "share":
        return shareOp(k, plan, scopes);
      case "compare_budget_actual":
        return compareOp(k, plan, scopes, false);
      case "explain_variance":
        return compareOp(k, plan, scopes, true);
      case "yoy":
        return yoyOp(k, plan, scopes);
      case "trend":
        return trendOp(k, plan, scopes);
      case "sum":
        return sumOp(k, plan, scopes);
      case "difference":
        return differenceOp(k, plan, scopes);
      case "rank":
        return rankOp(k, plan, scopes);
      default:
        return valueOp(k, plan, scopes);
    }
  })();
  const draft = builder.build();
  if (draft.status === "answered" && !draft.headline.length) draft.status = "not_found";
  if (draft.status === "not_found" && !draft.headline.length) {
    draft.headline = ["文件中没有找到这个数字，我不会推测。"];
  }
  const assumed = scopes.find((s) => s.assumedYear);
  if (assumed && draft.status === "answered")
    draft.notes.unshift([
      `问题未指明年份，按已公开的最新年度（${assumed.year}年度${assumed.doc.kind}）回答。`,
    ]);
  const viaNext = scopes.find((s) => s.previousYear);
  if (viaNext && draft.status === "answered")
    draft.notes.unshift([`${viaNext.year}年度数字取自${viaNext.doc.year}年度决算附件中的上年决算数。`]);
  return draft;
}
