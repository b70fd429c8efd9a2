import { factFundScope, FUND_SCOPES, sameFundScope } from "../../../ingest/domain/fund-scopes.js";
import type { Fact } from "../../../ingest/schema.js";
/**
 * The share operation: a part over its whole, computed, with the share the document prints beside
 * it.
 */

import { sumShareOp } from "./sum-share.js";
import { addComplementShare } from "./complement-share.js";
import { isRoundingOf, money } from "../../../lib/money.js";
import { factRatio } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { refKey, type MetricRef, type QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { classWhole } from "./subject-children.js";
import { asksEachShare, eachShareOp } from "./each-share.js";
import { kindShareOp } from "./kind-share.js";
import { shareAcrossOp, unitShareOp } from "./share-across.js";
import { shareWithListed } from "./listed-sum.js";
import { metricLabel, parentOf, scopeLabel } from "./labels.js";
import { rowTotalOf } from "./row-total.js";
import { wantOf, lookup, oneRefPerName } from "./lookup.js";
import { BUDGET_TOTAL_KEY } from "../lexicon/total-kin.js";
import { valueOp } from "./value.js";
import {
  impliedShareWhole,
  listedSharesNote,
  sentenceShares,
  statedShareBasis,
  statedShareNote,
} from "./stated-share-note.js";
import { disagreementNotes, fundsMayDiffer, roundedRestatements } from "./state-value.js";
import { asQuoted, quotedAmounts, quotedPercents } from "./quoted-figures.js";

/** "<整体>里/中（，）<某项>占…": the container is named first. */
const CONTAINER_FIRST = /(?:里|中|里面|当中|之中)[，,]?的?[^占，,。？?]{1,24}占/;

/** Of several figures, a whole and a part of it, in that order (undefined when none belongs to another). */
function wholeAndPart(refs: MetricRef[]): [MetricRef, MetricRef] | undefined {
  for (const part of refs) {
    const whole = refs.find((other) => refKey(parentOf(part)) === refKey(other));
    if (whole) return [whole, part];
  }
  return undefined;
}

/**
 * The whole a share is of: the one named, else the part's parent; with no whole named and that
 * one not printed ("<某款>占了多少比例"), the unit's spending total.
 */
function wholeRead(
  k: Knowledge,
  scope: Scope,
  whole: MetricRef | undefined,
  unnamed: boolean,
  want: ReturnType<typeof wantOf>,
): { ref: MetricRef | undefined; facts: Fact[] } {
  const facts = whole ? lookup(k, scope, whole, want) : [];
  if (!unnamed || facts.length) return { ref: whole, facts };
  const total: MetricRef = { type: "metric", key: BUDGET_TOTAL_KEY };
  const totals = lookup(k, scope, total, want);
  return totals.length ? { ref: total, facts: totals } : { ref: whole, facts };
}

/** The candidate whole whose amount the part's own table prints (read only when it is asked). */
function wholePrintedInTable(k: Knowledge, part: Fact, wholes: Fact[]): Fact | undefined {
  if (!part.table) return undefined;
  const printed = new Set(
    k
      .factsOf(part.docId)
      .filter((f) => f.table === part.table)
      .map((f) => money(f.value).toFixed(2)),
  );
  return wholes.find((f) => f.docId === part.docId && printed.has(money(f.value).toFixed(2)));
}

/**
 * A part read from one fund's table (公用经费 in the 一般公共预算基本支出表) over the whole another table
 * prints for that fund (the 一般公共预算支出表's 基本支出), not the all-funds one: one fund over one fund.
 */
function wholeOfSameFund(part: Fact, wholes: Fact[]): Fact | undefined {
  const scope = part.table ? FUND_SCOPES[part.table] : undefined;
  if (!scope || scope === "all") return undefined;
  return wholes.find((f) => f.docId === part.docId && !!f.table && FUND_SCOPES[f.table] === scope);
}

/**
 * A kind of spending read from one fund's table ("<只看某基金>拨款，<某项>占多少") whose whole no
 * table of that fund prints as the whole's metric: the total of the part's own row there.
 */
function fundRowTotal(k: Knowledge, part: Fact): Fact | undefined {
  const scope = part.table ? FUND_SCOPES[part.table] : undefined;
  if (!scope || scope === "all" || !/(?:基本支出|项目支出)$/.test(part.column)) return undefined;
  return rowTotalOf(k, part);
}

/**
 * A whole read from one fund's table (一般公共预算支出表's 合计) takes the part that table prints
 * (its 项目支出 column), not the all-funds part of another table: one fund over one fund.
 */
function partInFundTable(parts: Fact[], whole: Fact | undefined): Fact | undefined {
  const scoped = whole?.table ? FUND_SCOPES[whole.table] : undefined;
  if (!whole || !scoped || scoped === "all") return undefined;
  return parts.find((f) => f.docId === whole.docId && f.table === whole.table);
}

/**
 * A part read from one fund's table over a whole of all funds (the 一般公共预算支出表's class over the
 * department's 支出合计): the part as a table of the whole's funds prints it, when one does.
 */
function partOfWholesFund(parts: Fact[], part: Fact, whole: Fact): Fact {
  if (part.table === whole.table || factFundScope(whole) !== "all" || factFundScope(part) === "all")
    return part;
  return parts.find((f) => f.docId === whole.docId && !!f.table && factFundScope(f) === "all") ?? part;
}

export function shareOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  // "<整体>中，<乙>的甲和丙合计占多少": figures added over a whole, before each unit's share.
  const summed = scopes.length > 1 ? sumShareOp(k, plan, scopes) : undefined;
  if (summed) return summed;
  const each =
    unitShareOp(k, plan, scopes) ??
    eachShareOp(k, plan, scopes) ??
    shareAcrossOp(k, plan, scopes) ??
    kindShareOp(k, plan, scopes);
  if (each) return each;
  // Each one's share asked with no whole they share: one of them over the other is not it.
  if (asksEachShare(plan)) return valueOp(k, plan, scopes);
  // (Of several units the sum was read above.)
  const ofSum = scopes.length === 1 ? sumShareOp(k, plan, scopes) : undefined;
  if (ofSum) return ofSum;
  const b = new DraftBuilder();
  const scope = scopes[0];
  // "三公经费中公务用车…占比": the part is whichever metric belongs to the other. Of three or more
  // figures named ("政府采购授予小微企业的占中小企业合同的比例"), the two of which one belongs to the other.
  const named = oneRefPerName(plan.metrics);
  const [m0, m1] = (named.length > 2 && wholeAndPart(named)) || named;
  const swap = m1 && refKey(parentOf(m1)) === refKey(m0);
  const part = swap ? m1 : m0;
  const want = wantOf(plan, scope);
  const { ref: whole, facts: wholes } = wholeRead(
    k,
    scope,
    (swap ? m0 : m1) ?? parentOf(part) ?? classWhole(k, part, scope.unit),
    !m1,
    want,
  );
  // An amount the asker quotes ("说<某项>N万元，占…多少") is the fact read, where the documents print it.
  const quoted = quotedAmounts(plan.question);
  const parts = lookup(k, scope, part, want);
  const quotedPart = asQuoted(parts, quoted);
  const pfRead = quotedPart ?? partInFundTable(parts, wholes[0]) ?? parts[0];
  const printedShare = lookup(k, scope, part, "share")[0];
  // A share the narrative states of all funds is not one of a one-fund whole ("一般公共预算支出").
  const stated = printedShare && sameFundScope(printedShare, wholes[0]) ? printedShare : undefined;
  // A part or whole printed only as its listed parts ("财政拨款收入" as each fund's row): their sum.
  if (
    whole &&
    shareWithListed(k, b, scope, want, {
      part: { ref: part, fact: pfRead },
      whole: { ref: whole, fact: wholes[0] },
    })
  )
    return b;
  if (!whole || !pfRead) {
    if (stated) {
      b.d.headline = [
        `${scopeLabel(scope)}${metricLabel(part, k)}占比为 `,
        b.fact(stated, "占比"),
        "（文件所列）。",
      ];
      return b;
    }
    return valueOp(k, plan, scopes);
  }
  // The whole printed in the part's own table first: its rows add up to it (a document's two
  // tables may print the same total differently).
  // …or the whole whose amount that table prints (its 合计 row: "一般公共预算基本支出" in the table
  // of basic spending, where another table prints all funds' 基本支出).
  const wf =
    asQuoted(wholes, quoted) ??
    wholes.find((f) => !!pfRead.table && f.docId === pfRead.docId && f.table === pfRead.table) ??
    (part.type === "subject" && part.column ? rowTotalOf(k, pfRead) : undefined) ??
    wholePrintedInTable(k, pfRead, wholes) ??
    wholeOfSameFund(pfRead, wholes) ??
    fundRowTotal(k, pfRead) ??
    wholes[0];
  // (A part quoted, or read from the table the question names, stays as read.)
  const pf = quotedPart || !wf || k.tablesNamed.length ? pfRead : partOfWholesFund(parts, pfRead, wf);
  const share = wf ? factRatio(pf, wf) : undefined;
  if (!wf || !share) return valueOp(k, plan, scopes);
  // The part read is the whole itself (no part the documents name was found): no share of it.
  if (pf.id === wf.id) {
    const label = metricLabel(whole, k);
    b.d.status = "not_found";
    b.d.headline = [
      `文件中没有找到所问部分的数字，无法计算占比；${scopeLabel(scope)}${label}为 `,
      b.fact(wf, label),
      "。",
    ];
    return b;
  }
  // "<整体>里<某项>占多少" (or "<整体>有多大比例给了<某项>", no 占) with no relation the lexicon
  // knows: the part named second over the whole named first, when the first reading puts a part
  // above its whole.
  const containerFirst = CONTAINER_FIRST.test(plan.question) || !plan.question.includes("占");
  if (m1 && !swap && containerFirst && money(share.value).gt(100))
    return shareOp(k, { ...plan, metrics: [m1, m0] }, scopes);
  const pl = metricLabel(part, k);
  const wl = metricLabel(whole, k);
  const ownWhole = quotedShareWhole(
    k,
    { plan, scope, want },
    { part, whole, partFact: pf, stated, share: share.value },
  );
  if (ownWhole) {
    // The whole the asker named is answered too, in a note.
    const onOwn = shareOp(k, { ...plan, metrics: [part, ownWhole.whole] }, scopes);
    onOwn.d.notes.push([
      `文件所写 ${ownWhole.printed}% 是占${metricLabel(ownWhole.whole, k)}的比例；若按${wl} `,
      onOwn.fact(wf, wl),
      ` 计算，${pl}占 `,
      onOwn.computed(share, `${pl}占${wl}比重`, [pf, wf]),
      "。",
    ]);
    return onOwn;
  }
  b.line([`${scopeLabel(scope)}${pl}占${wl}的 `, b.computed(share, `${pl}占${wl}比重`, [pf, wf]), "。"]);
  b.d.bullets.push([`${pl} `, b.fact(pf, pl), `，${wl} `, b.fact(wf, wl), "。"]);
  // The whole the narrative restates rounded: named as the same figure; either figure printed
  // otherwise elsewhere: the document disagrees with itself.
  b.d.notes.push(...roundedRestatements(b, wf, wholes, wl));
  // The printed share may be of the part's amount as its own sentence states it: then that note
  // says why the two amounts differ (their last digits), and no other calls them inconsistent.
  const basis =
    stated && !isRoundingOf(share.value, stated.value)
      ? statedShareBasis(k, b, stated, pf, wf, pl)
      : undefined;
  if (!basis)
    b.d.notes.push(...disagreementNotes(b, pf, parts, pl, fundsMayDiffer(k, scope, [pf, ...parts])));
  b.d.notes.push(...disagreementNotes(b, wf, wholes, wl, fundsMayDiffer(k, scope, [wf, ...wholes])));
  addComplementShare(k, b, scope, { part, whole, partFact: pf, wholeFact: wf, want });
  if (basis) b.d.notes.push(basis);
  else if (stated && Number(stated.value) !== Number(share.value)) {
    // A printed share of another whole its paragraph states ("…总计A万元，其中：<part>…占N%"): said of it.
    const implied = impliedShareWhole(k, stated, pf);
    if (implied && !money(implied.value).eq(wf.value)) {
      b.d.notes.push([
        "文件写明的 ",
        b.asPrinted(stated, "文件所列占比"),
        ` 是${pl}占${implied.row}（`,
        b.fact(implied, implied.row),
        "）的比例。",
      ]);
      return b;
    }
    b.d.notes.push(statedShareNote(b, stated, wl, share.value, sentenceShares(k, stated)));
    // A printed share its amounts do not give: the sentence's other shares, added up.
    const listed = isRoundingOf(share.value, stated.value) ? undefined : listedSharesNote(k, b, stated);
    if (listed) b.d.notes.push(listed);
  }
  return b;
}

/**
 * "<某项>的比例文件写N%" (no 占 setting a whole): the printed share the asker quotes is of the
 * part's own whole in the lexicon (a subset's superset) when the whole named beside it does not give
 * it back and that one does — the asker is checking the document's figure, so it is worked out on
 * the document's basis.
 */
function quotedShareWhole(
  k: Knowledge,
  context: { plan: QueryPlan; scope: Scope; want: ReturnType<typeof wantOf> },
  read: { part: MetricRef; whole: MetricRef; partFact: Fact; stated: Fact | undefined; share: string },
): { whole: MetricRef; printed: string } | undefined {
  const { part, whole, partFact, stated, share } = read;
  // "占<整体>": the whole is set as the denominator (a share quoted beside it is a premise).
  if (!stated || isRoundingOf(share, stated.value) || context.plan.question.includes("占")) return undefined;
  if (!quotedPercents(context.plan.question).some((quoted) => money(quoted).eq(stated.value)))
    return undefined;
  const own = parentOf(part);
  if (!own || refKey(own) === refKey(whole)) return undefined;
  const givesItBack = (fact: Fact) =>
    !money(fact.value).isZero() &&
    isRoundingOf(money(partFact.value).div(fact.value).times(100), stated.value);
  return lookup(k, context.scope, own, context.want).some(givesItBack)
    ? { whole: own, printed: stated.value }
    : undefined;
}
