import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { gap, ratio } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  ESTABLISHMENT_KEY,
  STAFF_COUNT_KEY,
  STAFF_GAP_ASKED,
  STAFF_GAP_FOLLOW_UP,
  OTHER_YEAR_NAMED,
  STAFF_GAP_SHARE,
  STAFF_FILLED_SHARE,
} from "../lexicon/staff-gap.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
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
 * "超编了多少人，超编比例多少", "控制率多少", "甲和乙谁超编了": each unit's people employed against its
 * establishment, both read from its document, their gap (and the gap over the establishment, or the
 * people employed over it) computed with the formula. Undefined unless every unit asked states both
 * counts.
 */
export async function staffGapOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<DraftBuilder | undefined> {
  if (!scopes.length || !(STAFF_GAP_ASKED.test(plan.question) || countsFollowedUp(plan))) return undefined;
  await k.loadDocuments(scopes.map((scope) => scope.doc.docId));
  const counts = scopes.map((scope) => countsOf(k, plan, scope));
  if (!counts.every((count): count is StaffCounts => !!count)) return undefined;
  const b = new DraftBuilder();
  for (const [i, count] of counts.entries()) {
    const line = staffLine(b, plan, scopes[i], count);
    if (!b.d.headline.length) b.d.headline = line;
    else b.d.bullets.push(line);
  }
  b.d.notes.push([
    "编制数是核定的人员编制，实有人数是年末实际在编在岗人数，两数均取自文件原文；差额由计算得出。",
  ]);
  return b;
}

interface StaffCounts {
  staff: Fact;
  posts: Fact;
}

/** The unit's people employed and establishment, read from one document in one measure. */
function countsOf(k: Knowledge, plan: QueryPlan, scope: Scope): StaffCounts | undefined {
  const want = wantOf(plan, scope);
  const [staff] = lookup(k, scope, { type: "metric", key: STAFF_COUNT_KEY }, want);
  const [posts] = lookup(k, scope, { type: "metric", key: ESTABLISHMENT_KEY }, want);
  return staff && posts && staff.measure === posts.measure ? { staff, posts } : undefined;
}

/** One unit's counts, their gap, and the share asked (of the gap, or of the people employed). */
function staffLine(b: DraftBuilder, plan: QueryPlan, scope: Scope, { staff, posts }: StaffCounts): Segment[] {
  const over = money(staff.value).comparedTo(posts.value);
  const apart = gap(staff.value, posts.value, staff.measure);
  const label = over > 0 ? "超出编制" : "少于编制";
  const line: Segment[] = [
    `${scopeLabel(scope)}实有人数 `,
    b.fact(staff, "实有人数"),
    "，编制数 ",
    b.fact(posts, "编制数"),
    ...(over === 0 ? ["，与编制数相同"] : [`，${label} `, b.computed(apart, `${label}人数`, [staff, posts])]),
  ];
  const filled = STAFF_FILLED_SHARE.test(plan.question) ? ratio(staff.value, posts.value) : undefined;
  const share =
    !filled && over !== 0 && STAFF_GAP_SHARE.test(plan.question)
      ? ratio(apart.value, posts.value)
      : undefined;
  if (filled) line.push("，实有人数占编制数（控制率） ", b.computed(filled, "编制控制率", [staff, posts]));
  if (share)
    line.push(`，${label}的人数占编制数的 `, b.computed(share, `${label}人数占编制数比例`, [staff, posts]));
  return [...line, "。"];
}
