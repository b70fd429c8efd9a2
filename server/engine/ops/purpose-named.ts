import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { AMOUNT_ASKED, LIST_ASKED } from "../lexicon/unit-topics.js";
import { scopeLabel } from "./labels.js";
import { lookup, wantOf } from "./lookup.js";

/**
 * "<某事>那块预算多少" where no row or project is called that, but one row's sentence says it is
 * for it ("…其他商业服务业等支出3136.40万元，主要用于标准化菜场及副食品行业管理"): that row's figure,
 * said to be the row's (which may pay for more than the thing asked). Undefined when no row, or
 * more than one, says so.
 */
export async function purposeNamedOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  const [scope] = scopes;
  const words = plan.qualifiers;
  if (scopes.length !== 1 || !scope || !words.length || plan.metrics.length) return undefined;
  // Money asked of a thing named in full ("标准化菜场"), not a list or a count, nor a bare "企业".
  if (!AMOUNT_ASKED.test(plan.question) || LIST_ASKED.test(plan.question)) return undefined;
  if (words.some((word) => word.length < 3)) return undefined;
  await k.loadDocuments([scope.doc.docId]);
  const naming = k
    .factsOf(scope.doc.docId)
    .filter((fact) => fact.purpose && words.every((word) => fact.purpose!.includes(word)));
  const rows = new Set(naming.map((fact) => `${fact.rowCode ?? ""}|${fact.row}`));
  if (rows.size !== 1) return undefined;
  const [stating] = naming;
  const ref = stating.rowCode
    ? ({ type: "subject", code: stating.rowCode, name: stating.row } as const)
    : ({ type: "project", name: stating.row } as const);
  const fact = lookup(k, scope, ref, wantOf(plan, scope))[0] ?? stating;
  const b = new DraftBuilder();
  const asked = words.map((word) => `“${word}”`).join("、");
  b.d.headline = [
    `文件没有单列${asked}的数字；写明用于它的是${scopeLabel(scope)}${stating.row}`,
    stating.rowCode ? `（${stating.rowCode}）` : "",
    `：${fact.basis === "决算" ? "决算" : "预算"}为 `,
    b.fact(fact, stating.row),
    "。",
  ];
  b.d.bullets.push([
    "文件所写用途",
    ...(fact.id === stating.id
      ? []
      : ["（情况说明所列 ", b.fact(stating, `${stating.row}（情况说明）`), "）"]),
    `：${stating.purpose}（这一数字含用途中所列的各项，不只${asked}）。`,
  ]);
  return b.build();
}
