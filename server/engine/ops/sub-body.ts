import { money } from "../../../lib/money.js";
import { difference } from "../calculator.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { BUDGET_TOTAL_KEY } from "../lexicon/total-kin.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { metricLabel } from "./labels.js";
import { lookup, wantOf } from "./lookup.js";

/** The shortest tail of a body's name a question may call it by ("法律援助中心" of "普陀区法律援助中心"). */
const SHORTEST_TAIL = 4;

/** The body of `covers` the question names, by its whole name or a tail of it. */
function bodyNamed(question: string, covers: string[]): string | undefined {
  return covers.find((body) => {
    for (let from = 0; body.length - from >= SHORTEST_TAIL; from++)
      if (question.includes(body.slice(from))) return true;
    return false;
  });
}

/**
 * "<某局>下面的<某中心>自己一年预算多少": a body under the department, without a document of its own.
 * When the department's 部门 edition is made of the 单位 edition's body and this one body only (its
 * 机构设置 lists them), the body's figure is the 部门 figure less the 单位 one: both cited, the
 * difference computed and said to be worked out so. Undefined otherwise, and when the two are
 * equal (a body "不单列预算" is inside the 单位 edition): the refusal stands.
 */
export async function subBodyOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Promise<Draft | undefined> {
  if (!plan.attributes.includes("sub_body") || scopes.length !== 1 || plan.metrics.length > 1)
    return undefined;
  const [scope] = scopes;
  const editions = k.docs(scope.unit, { year: scope.year }).filter((doc) => doc.kind === scope.doc.kind);
  const whole = editions.find((doc) => doc.edition === "部门" && doc.covers.length === 1);
  const own = editions.find((doc) => doc.edition === "单位");
  const body = whole && bodyNamed(plan.question, whole.covers);
  if (!whole || !own || !body) return undefined;
  await k.loadDocuments([whole.docId, own.docId]);
  const ref: MetricRef = plan.metrics[0] ?? { type: "metric", key: BUDGET_TOTAL_KEY };
  const [ofWhole] = lookup(k, { ...scope, doc: whole }, ref, wantOf(plan, scope));
  const [ofOwn] = lookup(k, { ...scope, doc: own }, ref, wantOf(plan, scope));
  if (!ofWhole || !ofOwn || ofWhole.measure !== ofOwn.measure) return undefined;
  // No difference: the body is budgeted inside the 单位 edition ("不单列预算"), not apart from it.
  if (!money(ofWhole.value).gt(ofOwn.value)) return undefined;
  const label = metricLabel(ref, k);
  const b = new DraftBuilder();
  b.d.headline = [
    `${scope.year}年度${body}的${label}按两版${scope.doc.kind}推算为 `,
    b.computed(difference(ofWhole.value, ofOwn.value, ofWhole.measure), `${body}${label}（推算）`, [
      ofWhole,
      ofOwn,
    ]),
    "：部门",
    scope.doc.kind,
    `（本部和${body}）${label} `,
    b.fact(ofWhole, `部门${label}`),
    "，单位",
    scope.doc.kind,
    `（本部）${label} `,
    b.fact(ofOwn, `单位${label}`),
    "。",
  ];
  b.d.notes.push([
    `文件没有${body}单独的${scope.doc.kind}表；部门${scope.doc.kind}的机构设置写明本部门由本部和${body}组成，差额按此推算（部门之间的往来若有抵销，推算数会有出入）。`,
  ]);
  return b.build();
}
