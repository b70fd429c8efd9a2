import { money } from "../../../lib/money.js";
import { gap, ratio } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  ESTABLISHMENT_KEY,
  STAFF_COUNT_KEY,
  STAFF_GAP_ASKED,
  STAFF_GAP_FOLLOW_UP,
  OTHER_YEAR_NAMED,
  STAFF_GAP_SHARE,
} from "../lexicon/staff-gap.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./amounts.js";
import { scopeLabel } from "./labels.js";

/** A follow-up on a staff count asking the gap ("那实际的呢，多出几个"). */
function countsFollowedUp(plan: QueryPlan): boolean {
  const counts = new Set([STAFF_COUNT_KEY, ESTABLISHMENT_KEY]);
  return (
    plan.followUp &&
    plan.metrics.some((ref) => ref.type === "metric" && counts.has(ref.key)) &&
    STAFF_GAP_FOLLOW_UP.test(plan.question) &&
    // "比上年多了几个人": the count's change on another year, not the gap to the establishment.
    !OTHER_YEAR_NAMED.test(plan.question)
  );
}

/**
 * "超编了多少人，超编比例多少": one unit's people employed against its establishment, both read
 * from its document, their gap (and the gap over the establishment) computed with the formula.
 * Undefined unless asked of one unit whose document states both counts.
 */
export async function staffGapOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<DraftBuilder | undefined> {
  if (scopes.length !== 1 || !(STAFF_GAP_ASKED.test(plan.question) || countsFollowedUp(plan)))
    return undefined;
  const [scope] = scopes;
  await k.loadDocuments([scope.doc.docId]);
  const want = wantOf(plan, scope);
  const [staff] = lookup(k, scope, { type: "metric", key: STAFF_COUNT_KEY }, want);
  const [posts] = lookup(k, scope, { type: "metric", key: ESTABLISHMENT_KEY }, want);
  if (!staff || !posts || staff.measure !== posts.measure) return undefined;
  const b = new DraftBuilder();
  const over = money(staff.value).comparedTo(posts.value);
  const apart = gap(staff.value, posts.value, staff.measure);
  const label = over > 0 ? "超出编制" : "少于编制";
  b.d.headline = [
    `${scopeLabel(scope)}实有人数 `,
    b.fact(staff, "实有人数"),
    "，编制数 ",
    b.fact(posts, "编制数"),
    ...(over === 0
      ? ["，与编制数相同。"]
      : [`，${label} `, b.computed(apart, `${label}人数`, [staff, posts]), "。"]),
  ];
  const share =
    over !== 0 && STAFF_GAP_SHARE.test(plan.question) ? ratio(apart.value, posts.value) : undefined;
  if (share)
    b.d.bullets.push([
      `${label}的人数占编制数的 `,
      b.computed(share, `${label}人数占编制数比例`, [staff, posts]),
      "。",
    ]);
  b.d.notes.push([
    "编制数是核定的人员编制，实有人数是年末实际在编在岗人数，两数均取自文件原文；差额由计算得出。",
  ]);
  return b;
}
