import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference, growth, type Computed } from "../calculator.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  AMOUNT_CHANGE_RANKED,
  CHANGE_DIRECTIONS,
  CHANGE_THRESHOLD,
  LARGEST_CHANGE_ASKED,
} from "../lexicon/gap-ranking.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup } from "./lookup.js";
import { itemRows, rowsWanted } from "./largest-gaps.js";
import { scopeLabel } from "./labels.js";
import { ownWant } from "../select-facts.js";

interface Change {
  name: string;
  current: Fact;
  previous: Fact;
  /** The change the document states, else the one computed (absent on a zero base). */
  rate?: Computed | Fact;
  /** The change in money: stated, else this year's less last year's. */
  amount: Computed | Fact;
  /** The reason the row's own sentence states for its change. */
  reason?: string;
}

/** Every functional row (项) of the unit with this year's figure and last year's stated beside it. */
function changedRows(k: Knowledge, scope: Scope): Change[] {
  const want = ownWant(scope.doc.kind);
  return itemRows(k, scope.unit).flatMap((row) => {
    const ref = { type: "subject" as const, ...row };
    const previous = lookup(k, scope, ref, "prev_actual")[0];
    // The sentence stating last year's figure states this year's beside it: the pair its rate is
    // of, even where a table prints another figure for the row.
    const currents = lookup(k, scope, ref, want);
    const current = currents.find((fact) => sameSentence(fact, previous)) ?? currents[0];
    // The rate the document states beside the two is its own reading (a misprinted amount beside it
    // does not make a change it never states).
    if (!current || !previous) return [];
    const rate = lookup(k, scope, ref, "yoy_rate")[0] ?? growth(current.value, previous.value);
    const amount =
      lookup(k, scope, ref, "yoy_amount")[0] ?? difference(current.value, previous.value, current.measure);
    const reason = [amount, rate, previous, ...lookup(k, scope, ref, want)].find(
      (figure): figure is Fact => !!figure && "id" in figure && !!figure.reason,
    )?.reason;
    const name = `${row.name}（${row.code}）`;
    return [{ name, current, previous, amount, ...(rate ? { rate } : {}), ...(reason ? { reason } : {}) }];
  });
}

/**
 * "增减幅度排前N的科目", "涨幅过<比例>的是哪些": the unit's rows ranked by their change on last
 * year's figure the document states beside them, or those past the rate asked, each with its
 * formula. Undefined unless such a list is asked of one unit without naming a row, or the rows
 * behind a total's change are wanted (`behindTotal`: those that moved most in money, the way asked).
 */
export async function largestChangesOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
  behindTotal?: { sign?: 1 | -1 },
): Promise<Draft | undefined> {
  const threshold = behindTotal ? null : CHANGE_THRESHOLD.exec(plan.question);
  const asked = behindTotal || threshold || LARGEST_CHANGE_ASKED.test(plan.question);
  if ((plan.metrics.length && !behindTotal) || !asked) return undefined;
  // One unit's latest document of those asked ("<年乙>预算和<年甲>执行数比": the later states both).
  const own = scopes.filter((scope) => !scope.previousYear);
  if (own.length < 1 || new Set(own.map((scope) => scope.unit)).size !== 1) return undefined;
  const scope = own.reduce((latest, scope) => (scope.year > latest.year ? scope : latest));
  await k.loadDocuments([scope.doc.docId]);
  const sign = behindTotal
    ? behindTotal.sign
    : CHANGE_DIRECTIONS.find((direction) => direction.words.test(threshold?.[1] ?? plan.question))?.sign;
  // "增加最多的科目" ranks the change in money; "幅度", "增速" and a rate bound rank the rate.
  const byAmount = !!behindTotal || (!threshold && AMOUNT_CHANGE_RANKED.test(plan.question));
  const keyOf = (c: Change) => money((byAmount ? c.amount : c.rate!).value);
  const size = (c: Change) => (sign ? keyOf(c).times(sign) : keyOf(c).abs());
  const rateAsked = threshold?.[2] ?? threshold?.[3] ?? "";
  const past = threshold ? money(rateAsked) : undefined;
  const rows = changedRows(k, scope).filter((c) => byAmount || c.rate);
  // No row states last year's figure: whether any passes the rate is unknown, not "none".
  if (!rows.length) return undefined;
  const ranked = rows
    .filter((c) => (past ? size(c).gt(past) : size(c).gt(0)))
    .sort((a, b) => size(b).comparedTo(size(a)));
  const listed = past ? ranked : ranked.slice(0, rowsWanted(plan.question));
  const b = new DraftBuilder();
  const year = scope.doc.kind === "预算" ? "上年执行数" : "上年决算数";
  if (!listed.length) {
    if (!past) return undefined;
    b.d.headline = [
      `${scopeLabel(scope)}没有与${year}相比${threshold![1]}超过 `,
      b.computed({ value: rateAsked, measure: "%", formula: "" }, "问题所给比例", []),
      " 的项级科目。",
    ];
    return b.build();
  }
  b.d.headline = past
    ? [
        `${scopeLabel(scope)}与${year}相比${threshold![1]}超过 `,
        b.computed({ value: rateAsked, measure: "%", formula: "" }, "问题所给比例", []),
        ` 的项级科目共${listed.length}项（按幅度排序）：`,
      ]
    : [
        `${scopeLabel(scope)}与${year}相比${byAmount ? changedMost(sign) : "变化幅度最大"}的项级科目（按${byAmount ? "金额" : "幅度"}排序）：`,
      ];
  for (const c of listed)
    b.d.bullets.push([
      `${c.name}：${year} `,
      b.fact(c.previous, `${c.name}${year}`),
      "，本年 ",
      b.fact(c.current, c.name),
      "，",
      ...(byAmount
        ? [changeSegment(b, c, "amount"), ...(c.rate ? ["，幅度 ", changeSegment(b, c, "rate")] : [])]
        : [changeSegment(b, c, "rate")]),
      c.reason ? `；文件说明的原因：${c.reason}` : "",
      "。",
    ]);
  b.d.notes.push([
    byAmount
      ? `金额取文件所列的增减额，文件未列的按本年数减${year}计算；只比较文件同时列出两年数字的项级科目。`
      : `幅度取文件所列的增减比例，文件未列的按（本年数 − ${year}）÷ ${year}计算；只比较文件同时列出两年数字的项级科目。`,
  ]);
  return b.build();
}

function sameSentence(fact: Fact, other: Fact | undefined): boolean {
  const excerpt = fact.source?.excerpt;
  return !!excerpt && excerpt === other?.source?.excerpt && fact.docId === other.docId;
}

/** A row's change, in money or as a rate: the document's own figure, else computed from both years. */
function changeSegment(b: DraftBuilder, c: Change, measure: "amount" | "rate") {
  const change = measure === "amount" ? c.amount : c.rate!;
  const word = measure === "amount" ? "增减额" : "变化幅度";
  return "id" in change
    ? b.change(change, `${c.name}${word}（文件所列）`)
    : b.change({ ...change, facts: [c.current, c.previous] }, `${c.name}${word}`);
}

function changedMost(sign: 1 | -1 | undefined): string {
  return sign === 1 ? "增加最多" : sign === -1 ? "减少最多" : "增减金额最大";
}
