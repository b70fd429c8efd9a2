import { planConversation } from "./conversation.js";
import { isCount } from "./counted-metrics.js";
import { readAsTotal } from "./planner/assemble-plan.js";
import type { Knowledge } from "./knowledge.js";
import type { ChatMessage, QueryPlan } from "./plan-schema.js";
import { onlyPleasantry } from "./lexicon/pleasantries.js";
import { normalizeQuestion } from "./normalize-question.js";
import { UNIT_TOPICS } from "./lexicon/unit-topics.js";
import { PERSONAL_ATTRIBUTES } from "./lexicon/scope-attributes.js";
import { MONEY_WORDS, WRITTEN_ASKED } from "./lexicon/question-words.js";
import { TABLE_TOTAL_ASKED } from "./lexicon/table-inventory.js";

/** The parts of a total asked after it ("按资金来源拆开…各多少", "分别是多少"). */
const COLUMNS_OF_TOTAL = /资金来源|按来源|拆开|拆分|分别|各(?:是|为)?多少/;

/** Where one question of a message ends and the next begins ("…多少？…占多少？"). */
const CLAUSE_END = /[？?；;]/;
/** Where a question about a passage may end and one about a figure begin ("…干什么的，…多少钱"). */
const QUESTION_END = /[？?；;，,]/;
/** A 顿号 before a count of another topic of the unit ("多少个科室、多少个事业单位"). */
const TOPIC_COUNT_END = /、(?=(?:还有|又有|有)?(?:多少|几))/;
/** A clause that asks something, not one that only names the topic ("<某单位>的<某事>，…"). */
const ASKS_SOMETHING =
  /多少|几|什么|啥|哪|吗|呢|怎么|怎样|如何|为什么|为何|为啥|是否|有没有|是不是|谁|干嘛|[？?]$/;

/** A question particle and a space end a question as a mark does ("有车吗 设备几台"). */
const PARTICLE_THEN_SPACE = /([吗呢])\s+(?=\S)/g;

/** More questions than this in one message are answered as one (a pasted list is no conversation). */
const MOST_CLAUSES = 3;

/**
 * Several questions in one message, each about figures of its own ("甲多少？乙占丙多少？"): each planned as a turn after the ones before it, so the later ones inherit the unit and
 * year. Undefined when the message is one question, or its parts lead with the same figure (then
 * they are one question: "多少？比上年呢？"), or read as one it relates them ("花了多少？预算多少？").
 */
export function clausePlans(
  k: Knowledge,
  messages: ChatMessage[],
  /** The message planned as one question (the caller's plan when no clause plans are returned). */
  whole: QueryPlan,
): QueryPlan[] | undefined {
  // "<某表>合计多少？按资金来源拆开各多少": the table's total row answers both, across its columns.
  if (TABLE_TOTAL_ASKED.test(whole.question) && COLUMNS_OF_TOTAL.test(whole.question)) return undefined;
  // "<某表>合计下面第三行是什么科目？小计多少": the later clauses ask of the row named by its place,
  // which is refused as a whole (no clause answers another row's or the total's figure instead).
  if (whole.attributes.includes("row_position")) return undefined;
  // "<某局>核定编制多少？…<其下属单位>有几个人？": a bureau and a subordinate that publishes nothing, each
  // asked in a clause of its own, are asked apart (read together, the subordinate would be what both
  // clauses ask about, and refused).
  const withSubordinate = whole.units.some(
    (unit) => !k.docs(unit).length && whole.units.includes(k.unit(unit)?.parent ?? ""),
  );
  if (withSubordinate) {
    const plans = eachClause(k, messages);
    if (plans?.every((plan) => !plan.clarify && plan.units.length === 1)) return plans;
  }
  const asksFigures = (plan: QueryPlan) =>
    plan.metrics.length > 0 && !plan.clarify && plan.operation !== "text_lookup" && !readAsTotal(plan);
  // "那个项目是干嘛的？安排了多少钱": a passage quoted and a figure read, each for its question.
  if (whole.operation === "text_lookup") {
    // "多少个科室、多少个事业单位": topics of the unit, each counted ("多少批次、多少人次" count one).
    const listed = eachClause(k, messages, TOPIC_COUNT_END);
    if (
      listed?.every((plan) => !plan.clarify && !plan.unknownUnits.length) &&
      topicsApart(listed.map((plan) => plan.question))
    )
      return listed.map((plan) => withWholeAttributes(plan, whole));
    // A comma joins them as often ("是干什么的，安排了多少钱"), when each side asks something (not
    // "<某事>，平均每人多少钱", whose first part only names the topic).
    const plans = eachClause(k, messages, QUESTION_END, ASKS_SOMETHING);
    if (whereSaidOnly(plans) || looselyOfTopicBefore(plans)) return undefined;
    // "<某项目>自评分数多少？钱花了多少": read whole, a score word made it a passage; each clause asks a
    // figure of its own.
    if (
      plans?.every(asksFigures) &&
      new Set(plans.map((plan) => JSON.stringify(plan.metrics))).size === plans.length
    )
      return plans.map((plan) => withWholeAttributes(plan, whole));
    const mixed =
      plans?.some(asksFigures) &&
      plans.some((plan) => plan.operation === "text_lookup") &&
      plans.every((plan) => !plan.clarify);
    // "管什么？下设哪些科室": two topics of the unit, each searched on its own. (A body the unit's
    // passages name, asked in a clause of its own ("<某中心>单列预算吗"), is no unit of its own.)
    const apart =
      plans?.every((plan) => !plan.clarify && !plan.unknownUnits.length) &&
      topicsApart(plans.map((plan) => plan.question));
    // The document the message names ("决算里说…") holds for each of its questions.
    const kind = whole.kind ?? documentNamed(whole.question);
    return (mixed || apart) && plans
      ? withPersonCarried(plans, whole).map((plan) =>
          withWholeAttributes({ ...plan, kind: plan.kind ?? kind }, whole),
        )
      : undefined;
  }
  // "<加挂的牌子>？<几个内设机构>": topics of the unit, each its own question (a count among them
  // made the whole message read as a figure).
  const topics = whole.metrics.length ? undefined : eachClause(k, messages);
  if (
    topics?.every((plan) => !plan.clarify && !plan.metrics.length && !plan.unknownUnits.length) &&
    topicsApart(topics.map((plan) => plan.question))
  )
    return topics.map((plan) => withWholeAttributes(plan, whole));
  // "<甲>几个，<乙>多少": counts of different things, each its own question even after a comma.
  if (whole.counts) {
    const counts = eachClause(k, messages, QUESTION_END)?.map((plan, i, all) =>
      i ? ownCount(k, plan, all[i - 1]!) : plan,
    );
    if (counts?.every((plan) => asksCount(plan) && !plan.clarify) && distinctCounts(counts)) return counts;
  }
  // "<某项>几分，<有哪些问题>": a figure and a topic of the unit across a comma.
  const byComma = topicBesideFigureByComma(k, messages, asksFigures);
  if (byComma) return byComma;
  // Read as one, the message already relates its parts ("预算多少？实际支出多少？": budget and actual).
  if (!ANSWERED_APART.has(whole.operation)) return undefined;
  // "<甲>多少？和<乙>加起来等于<丙>吗": a clause that opens by joining the one before continues it.
  if (continuesClauseBefore(whole.question)) return undefined;
  // (Planned above already when the message names no figure.)
  const plans = topics ?? eachClause(k, messages);
  if (!plans) return undefined;
  if (plans.every(asksFigures) && disjoint(plans)) return plans;
  // "<某事>结果怎么样？<某表>总分多少": a passage and a figure, each for its own question.
  // (Counts beside a passage are read with it: "是什么级别？有几个科室" is one passage.)
  // A count of a figure the tables print ("有几辆车") beside a topic of the unit ("包括哪几家单位")
  // is two questions, though.
  const topicBesideFigure = plans.every((plan) =>
    asksFigures(plan) ? !ofTopic(plan.question) : asksTopic(plan),
  );
  const mixed =
    plans.some(asksFigures) &&
    (!whole.counts || topicBesideFigure) &&
    plans.some((plan) => plan.operation === "text_lookup" || asksTopic(plan)) &&
    plans.every((plan) => !plan.clarify) &&
    !whereSaidOnly(plans);
  return mixed ? withPersonCarried(plans, whole) : undefined;
}

/**
 * "<某笔钱>多少，花掉多少": a later clause naming no body and no figure of its own (its
 * figure only read from a loose word) asks about the topic of the clause before, which no figure
 * names: one question about that topic, not the unit's total.
 */
function looselyOfTopicBefore(plans?: QueryPlan[]): boolean {
  return !!plans?.some(
    (plan, i) =>
      i > 0 &&
      plan.followUp &&
      plan.readings.length > 0 &&
      plans[i - 1].operation === "text_lookup" &&
      plans[i - 1].qualifiers.length > 0,
  );
}

/** "<某事>多少？<单位>预算里写了吗": a clause only asks where the one before is said; one question. */
const whereSaidOnly = (plans?: QueryPlan[]) => !!plans?.some((plan) => WRITTEN_ASKED.test(plan.question));

/** A later clause opening with a joining word that adds ("？和<乙>加起来…") adds to the figure before it. */
const JOINS_CLAUSE_BEFORE =
  /[？?；;]\s*(?:那)?(?:和|与|跟|同|加上|再加上?)[^？?；;]{1,20}?(?:加起来|相加|加在一起|合起来|之和)/;
const continuesClauseBefore = (question: string) => JOINS_CLAUSE_BEFORE.test(question);

/** A clause that only distributes over what the one before named ("…资助了哪几家公司？各家拿了多少"). */
const DISTRIBUTIVE = /^(?:那|那么)?(?:每家|各家|每一家|每个|各自)/;

/** Such a clause asks about the same things: what the message asks beyond the figures holds for it. */
function withWholeAttributes(plan: QueryPlan, whole: QueryPlan): QueryPlan {
  if (!DISTRIBUTIVE.test(plan.question) || !whole.attributes.length) return plan;
  return { ...plan, attributes: [...new Set([...plan.attributes, ...whole.attributes])] };
}

/**
 * "<某长>是谁，一年工资多少": a person a clause asks about is whom a later clause that names no body
 * of its own (its unit carried over from the clause before) goes on asking about.
 */
function withPersonCarried(plans: QueryPlan[], whole: QueryPlan): QueryPlan[] {
  const personal = whole.attributes.filter((attribute) => PERSONAL_ATTRIBUTES.has(attribute));
  const asksPerson = (plan: QueryPlan) =>
    plan.attributes.some((attribute) => PERSONAL_ATTRIBUTES.has(attribute));
  return plans.map((plan, i) =>
    i > 0 && personal.length && plan.followUp && !asksPerson(plan) && asksPerson(plans[i - 1]!)
      ? { ...plan, attributes: [...new Set([...plan.attributes, ...personal])] }
      : plan,
  );
}

/** The kind of document a message says it read ("决算里说…", "预算中写的…"). */
function documentNamed(question: string): QueryPlan["kind"] {
  return /决算(?:里|中|上|报告|文件)/.test(question)
    ? "决算"
    : /预算(?:里|中|上|说明|文件)/.test(question)
      ? "预算"
      : undefined;
}

/**
 * A figure and a topic of the unit, one after the other across a comma ("<某项>几分，<有哪些问题>",
 * "<单位性质>，<编制数>"): two questions.
 */
function topicBesideFigureByComma(
  k: Knowledge,
  messages: ChatMessage[],
  asksFigures: (plan: QueryPlan) => boolean,
): QueryPlan[] | undefined {
  const plans = eachClause(k, messages, QUESTION_END, ASKS_SOMETHING);
  if (plans?.length !== 2 || plans.some((plan) => plan.clarify)) return undefined;
  const [first, second] = plans;
  if (first.operation === "text_lookup" && ofOwnTopic(first.question) && asksFigures(second)) return plans;
  if (!asksFigures(first) || !ofOwnTopic(second.question)) return undefined;
  // (Planned after the figure, the topic's clause inherits it: it names no figure of its own.)
  const inherited = JSON.stringify(second.metrics) === JSON.stringify(first.metrics);
  if (second.operation !== "text_lookup" && !(second.followUp && inherited)) return undefined;
  return [first, { ...second, operation: "text_lookup", metrics: [], textQuery: second.question }];
}

/**
 * A topic about the unit itself, not one asked whatever else is named ("两个一样吗" after the other
 * edition's figure asks about the figures).
 */
const ofOwnTopic = (clause: string) => UNIT_TOPICS.some((topic) => !topic.always && topic.say.test(clause));

/** Does the clause ask about a topic of the unit (duties, divisions, bodies …)? */
const ofTopic = (clause: string) => UNIT_TOPICS.some((topic) => topic.say.test(clause));

/** A clause naming no figure that asks about a topic of the unit ("设了哪些部门"), however planned. */
const asksTopic = (plan: QueryPlan) =>
  (plan.operation === "text_lookup" || !plan.metrics.length) && ofTopic(plan.question);

/** Each clause asks about a topic of the unit (duties, divisions, …) of its own. */
function topicsApart(clauses: string[]): boolean {
  const topics = clauses.map((clause) => UNIT_TOPICS.findIndex((topic) => topic.say.test(clause)));
  return topics.every((topic) => topic >= 0) && new Set(topics).size === topics.length;
}

/** The message's questions, each planned as a turn after the ones before it (undefined: one question). */
function eachClause(
  k: Knowledge,
  messages: ChatMessage[],
  end = CLAUSE_END,
  asks?: RegExp,
): QueryPlan[] | undefined {
  const last = messages.at(-1);
  if (last?.role !== "user") return undefined;
  // Read in the planner's form: "幾個？…什麼" asks like "几个？…什么".
  const clauses = normalizeQuestion(last.content.replace(PARTICLE_THEN_SPACE, "$1？"))
    .split(end)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length >= 2 && !onlyPleasantry(clause));
  if (clauses.length < 2 || clauses.length > MOST_CLAUSES) return undefined;
  if (asks && !clauses.every((clause) => asks.test(clause))) return undefined;
  const turns: ChatMessage[] = messages.slice(0, -1);
  return clauses.map((clause) => {
    turns.push({ role: "user", content: clause });
    return planConversation(k, turns);
  });
}

/**
 * Several questions about the text ("是干什么的？设了几个科室？") that the documents do not answer as
 * one message: each question on its own (undefined when the message is one question).
 */
export function textClausePlans(k: Knowledge, messages: ChatMessage[]): QueryPlan[] | undefined {
  const plans = eachClause(k, messages);
  if (whereSaidOnly(plans)) return undefined;
  return plans?.every((plan) => !plan.clarify) ? plans : undefined;
}

/** Operations of a whole message that leave its other questions unanswered when it asks several. */
const ANSWERED_APART = new Set<QueryPlan["operation"]>([
  "value",
  "breakdown",
  "share",
  "sum",
  "per_capita",
  "rank",
  // "为什么<甲>是0？有<乙>吗": the why of one figure and another figure asked beside it.
  "explain_variance",
]);

/**
 * Each plan leads with a figure of its own ("其中乙占多少" after "甲占…多少" leads with 乙
 * though its whole is the figure before).
 */
function disjoint(plans: QueryPlan[]): boolean {
  // "…加起来多少？占丙几成": the sum before, over a whole of its own, leads with the same figure;
  // "<部分>多少？占比呢": the figure before, over its whole, asks what the first clause did not.
  const ofSum = (plan: QueryPlan) => plan.operation === "share" && plan.metrics.length > 2;
  const overWhole = (plan: QueryPlan, i: number) =>
    i > 0 && plan.operation === "share" && plan.metrics.length === 2 && plans[i - 1].operation === "value";
  const leads = plans
    .filter((plan, i) => !ofSum(plan) && !overWhole(plan, i))
    .map((plan) => JSON.stringify(plan.metrics[0]));
  return new Set(leads).size === leads.length;
}

/** Counts of different things: each clause counts a figure or a noun of its own. */
/** A count asked, or a figure that is a count ("有车吗": 车辆数, measured in 辆). */
function asksCount(plan: QueryPlan): boolean {
  return plan.counts || plan.metrics.some(isCount);
}

/**
 * "<甲>有几个？<乙>有几台": a later clause read as a follow-up takes the count before it; asked alone
 * it counts a thing of its own (of the same unit and year), which is what it asks. Money, an average
 * or a gap asked of the count just named ("超了几个") is of that count.
 */
/** "各多少人", "每场几人": a clause about each of the things the clause before counted. */
const EACH_COUNTED = /^(?:那|那么)?(?:各|各自|每个|每场|每次|每项|分别)/;

const OF_THE_COUNT = new RegExp(`${MONEY_WORDS.source}|平均|人均|每|超了|超出|多出|多了|相差|差了`);

function ownCount(k: Knowledge, plan: QueryPlan, before: QueryPlan): QueryPlan {
  // "…共N人次，人均多少钱": money or an average asked of the count just named; "几个会，各多少人":
  // each of the things just counted.
  if (
    EACH_COUNTED.test(plan.question) ||
    !before.metrics.length ||
    JSON.stringify(plan.metrics) !== JSON.stringify(before.metrics) ||
    OF_THE_COUNT.test(plan.question)
  )
    return plan;
  const alone = planConversation(k, [{ role: "user", content: plan.question }]);
  if (alone.units.length || !alone.counts || JSON.stringify(alone.metrics) === JSON.stringify(before.metrics))
    return plan;
  return { ...alone, units: before.units, years: before.years, followUp: true };
}

/** Each clause counts a thing of its own: another figure, or the same one said of another thing ("…呢"). */
function distinctCounts(plans: QueryPlan[]): boolean {
  const counted = plans.map((plan) => JSON.stringify([plan.metrics[0] ?? plan.textQuery, plan.qualifiers]));
  return new Set(counted).size === counted.length;
}
