import type { Knowledge } from "./knowledge.js";
import type { ChatMessage, MetricRef, Operation, QueryPlan } from "./plan-schema.js";
import { readAsTotal } from "./planner/assemble-plan.js";
import { planMessage } from "./rule-planner.js";
import { FORMULA_ONLY, POINTS_AT_RANKED } from "./lexicon/follow-up-cues.js";
import { RANKING } from "./question-cues.js";
import { editionsAsked } from "./lexicon/edition-words.js";
import { withBodiesPointedAt } from "./pointed-bodies.js";

/** What a follow-up inherits from the turns before it. */
export interface Context {
  units: string[];
  previousUnits: string[];
  /** Every unit the conversation has named, in order ("甲？→ 乙呢？→ 丙呢？→ 哪个最多"). */
  mentionedUnits: string[];
  years: number[];
  /** The years of the question before, when the last one moved to other years ("那<年>呢？"). */
  previousYears: number[];
  metrics: MetricRef[];
  previousMetrics: MetricRef[];
  operation: Operation;
  basis?: QueryPlan["basis"];
  /** The basis and operation of the turn before the last ("花了多少？→ 年初预算呢？"). */
  previousBasis?: QueryPlan["basis"];
  previousOperation?: Operation;
  /** The last turn asked what was spent ("花了多少", "决算数"); and the turn before it. */
  spent?: boolean;
  previousSpent?: boolean;
  kind?: QueryPlan["kind"];
  edition?: QueryPlan["edition"];
  /** The edition named before the last one ("部门预算…？→ 单位预算里呢？"). */
  previousEdition?: QueryPlan["edition"];
  /** The last turn asked both editions ("部门预算和单位预算…分别多少"): a follow-up naming none keeps both. */
  bothEditions?: boolean;
  /**
   * The total a bare budget question was read as ("单位预算总额多少"): not inherited like a figure
   * named, only by a follow-up that names another edition ("那部门预算呢").
   */
  totalRead?: MetricRef[];
  /** The words the last turn searched the prose with ("…最多的是哪个"). */
  textQuery?: string;
  /** The last turn asked a count ("<某活动>多少批次"): "其中某某呢" asks the same count of the part. */
  counts?: boolean;
  /** The last turn counted occasions of something no figure is called ("跑了几次<某地>"). */
  occasionsCounted?: boolean;
}

/** A count of occasions asked ("几次", "多少趟", "几批"). */
const OCCASIONS_COUNTED = /(?:几|多少)(?:次|趟|回|批)/;

/** Follow-ups of a ranking that work the ranking out again ("那它占了多少"): no question back. */
const RANKING_REWORKED: ReadonlySet<string> = new Set(["share", "rank"]);

/** A reply that only names the item asked for is short. */
const MAX_NAMED_REPLY = 30;

/** Words asking what was spent, not planned. */
const SPENT_ASKED = /决算|实际|花了|花掉|用了|用掉|支出了|执行数/;

/**
 * Plan the last user message of a conversation. Earlier user turns are re-planned in order to
 * rebuild the context a follow-up ("其中某项呢？", "那去年呢？") leaves out; the server stays
 * stateless and the client sends the history.
 */
export function planConversation(k: Knowledge, messages: ChatMessage[]): QueryPlan {
  const users = messages.filter((m) => m.role === "user").map((m) => m.content);
  let ctx: Context | undefined;
  let plan: QueryPlan | undefined;
  // The turn that asked "which one?" and the context it was planned in.
  let asked: { text: string; ctx: Context | undefined } | undefined;
  const recent = users.slice(-6);
  for (const [turn, text] of recent.entries()) {
    const before = ctx;
    const previousPlan = plan;
    // "这几个所" after a question naming such bodies: those bodies, as if listed.
    const said = withBodiesPointedAt(k, text, recent.slice(0, turn), ctx?.units ?? []);
    plan = answerToClarify(k, said, asked) ?? planMessage(k, said, ctx);
    // "→ 给我公式", "→ 怎么算的": the answer before again, its arithmetic shown.
    if (previousPlan && !previousPlan.clarify && FORMULA_ONLY.test(text.trim()))
      plan = { ...previousPlan, question: text, followUp: true };
    // "哪个专项花钱最多？→ 它完成得怎样": the item the ranking answered is not re-planned
    // (its share of the whole is: the ranking is worked out again for it, ops/rank-share.ts).
    // (A ranking of items a passage lists is planned as a passage question.)
    const ranked =
      before?.operation === "rank" ||
      (before?.operation === "text_lookup" && RANKING.test(recent[turn - 1] ?? ""));
    if (ranked && plan.followUp && !RANKING_REWORKED.has(plan.operation) && POINTS_AT_RANKED.test(text))
      plan.clarify = "上一问的回答列出了多项，请问您指的是哪一项？请说出它的名称。";
    // "…最大的是哪项？→ 它占<整体>多少": the same ranking, its first item's share of the whole said.
    if (
      before?.operation === "rank" &&
      plan.followUp &&
      plan.operation === "share" &&
      POINTS_AT_RANKED.test(text) &&
      JSON.stringify(plan.metrics) === JSON.stringify(before.metrics)
    )
      plan = { ...plan, operation: "rank" };
    asked = plan.clarify ? { text, ctx: before } : undefined;
    if (plan.units.length || plan.metrics.length) {
      const units = plan.units.length ? plan.units : (ctx?.units ?? []);
      const own = readAsTotal(plan) ? [] : plan.metrics;
      const metrics = own.length ? own : (ctx?.metrics ?? []);
      ctx = {
        units,
        previousUnits:
          ctx && JSON.stringify(ctx.units) !== JSON.stringify(units) ? ctx.units : (ctx?.previousUnits ?? []),
        mentionedUnits: [...new Set([...(ctx?.mentionedUnits ?? []), ...units])],
        // A question that is no follow-up sets the years (none: the latest) its follow-ups inherit.
        years: plan.years.length || !plan.followUp ? plan.years : (ctx?.years ?? []),
        previousYears:
          ctx && plan.years.length && JSON.stringify(yearsAnswered(k, ctx)) !== JSON.stringify(plan.years)
            ? yearsAnswered(k, ctx)
            : (ctx?.previousYears ?? []),
        metrics,
        previousMetrics:
          ctx && JSON.stringify(ctx.metrics) !== JSON.stringify(metrics)
            ? ctx.metrics
            : (ctx?.previousMetrics ?? []),
        operation: plan.operation,
        basis: plan.basis,
        ...(ctx
          ? { previousBasis: ctx.basis, previousOperation: ctx.operation, previousSpent: ctx.spent }
          : {}),
        spent: plan.basis === "决算" || SPENT_ASKED.test(plan.question),
        kind: plan.kind,
        ...(plan.edition ? { edition: plan.edition } : {}),
        ...previousEditionOf(k, ctx, plan.edition),
        ...(plan.bothEditions || editionsAsked(plan.question).length > 1 ? { bothEditions: true } : {}),
        totalRead: readAsTotal(plan) ? plan.metrics : plan.metrics.length ? undefined : ctx?.totalRead,
        ...(plan.textQuery ? { textQuery: plan.textQuery } : {}),
        counts: plan.counts,
        occasionsCounted: plan.counts && !plan.metrics.length && OCCASIONS_COUNTED.test(plan.question),
      };
    }
  }
  if (!plan) throw new Error("no user message");
  return plan;
}

/**
 * "财政局…多少？→（哪一个？）→ <区名>那个": a reply naming no unit of its own completes the
 * question that asked which body was meant; undefined when read so it still names none.
 */
function answerToClarify(
  k: Knowledge,
  text: string,
  asked: { text: string; ctx: Context | undefined } | undefined,
): QueryPlan | undefined {
  if (!asked) return undefined;
  // "它的执行率多少？→（哪一项？）→ <某项目>": the question asked again of the item named.
  if (POINTS_AT_RANKED.test(asked.text) && text.length <= MAX_NAMED_REPLY)
    return planMessage(k, asked.text.replace(POINTS_AT_RANKED, text.replace(/[。？?！!]+$/, "")), asked.ctx);
  const alone = planMessage(k, text, undefined);
  if (alone.units.length || alone.metrics.length) return undefined;
  const completed = planMessage(k, `${asked.text}（${text}）`, asked.ctx);
  return completed.units.length && !completed.clarify ? completed : undefined;
}

/**
 * The edition the conversation was about before this turn's: the one named, else the 部门 edition
 * a question naming none was answered from ("某局某项多少？→ 单位那份呢？").
 */
function previousEditionOf(
  k: Knowledge,
  ctx: Context | undefined,
  edition: QueryPlan["edition"],
): Pick<Context, "previousEdition"> {
  const answered =
    ctx?.edition ??
    (ctx && ctx.units.some((unit) => k.docs(unit).some((d) => d.edition === "部门")) ? "部门" : undefined);
  if (answered && edition && answered !== edition) return { previousEdition: answered };
  return ctx?.previousEdition ? { previousEdition: ctx.previousEdition } : {};
}

/** The years a turn was answered for: those it named, else its units' latest (one year only). */
function yearsAnswered(k: Knowledge, ctx: Context): number[] {
  if (ctx.years.length) return ctx.years;
  const latest = new Set(ctx.units.map((unit) => k.latestYear(unit)));
  const [year] = [...latest];
  return latest.size === 1 && year !== undefined ? [year] : [];
}
