import { SUM_CHECKED } from "./lexicon/sum-check.js";
import { fundFlowOf, METRIC_BY_KEY } from "../../ingest/domain/metrics.js";
import { isCount } from "./counted-metrics.js";
import { CARRY_OVER, CELL_COLUMNS } from "./lexicon/cell-columns.js";
import { LISTED_PARTS } from "./lexicon/listed-parts.js";
import type { Context } from "./conversation.js";
import { withoutTwins } from "./find-metrics.js";
import { BOTH_BEFORE, COLUMN_SWAP, OF_ROW, THIS_ROW, WHICH_COLUMN } from "./lexicon/follow-up-cues.js";
import { parentOf } from "./ops/labels.js";
import { refKey, type MetricRef, type Operation, type QueryPlan } from "./plan-schema.js";

/** The totals a project's amount is a share of. */
const PROJECT_WHOLES = new Set(["项目支出", "支出合计", "财政拨款支出"]);

/** What a follow-up reads of the turn before: its figures and operation. */
interface Before {
  metrics: MetricRef[];
  previousMetrics: MetricRef[];
  operation: Operation;
}

const same = (a: MetricRef, b: MetricRef) => refKey(a) === refKey(b);

/** The wholes a figure is part of, nearest first (人员经费 → 基本支出 → 支出合计). */
function ancestors(ref: MetricRef): MetricRef[] {
  const out: MetricRef[] = [];
  for (let up = parentOf(ref); up && out.length < 4; up = parentOf(up)) out.push(up);
  return out;
}

/** A subject row under the class asked before it, by code ("30201" under "302"). */
function codedUnder(part: MetricRef, whole: MetricRef): boolean {
  if (part.type !== "subject" || whole.type !== "subject" || part.column || whole.column) return false;
  return (
    !!part.code && !!whole.code && part.code.length > whole.code.length && part.code.startsWith(whole.code)
  );
}

/** An economic row of the 款 a figure is made of ("30201 办公费" of 公用经费: 302 and 310). */
function economicItemOf(part: MetricRef, whole: MetricRef): boolean {
  if (part.type !== "subject" || whole.type !== "metric" || part.column || !part.code) return false;
  const code = part.code;
  return !!METRIC_BY_KEY.get(whole.key)?.economicItems?.some(
    (item) => code.length > item.length && code.startsWith(item),
  );
}

/** "<整体>里面，<部分>有多少": the whole only says where the part asked sits. */
const WITHIN_WHOLE = /(?:里面|里头|当中|之中|里|中)[，,]?[^，,。？?]{0,12}(?:有多少|是多少|多少)/;

/**
 * A figure asked inside its whole ("支出预算里面，城乡社区支出有多少"): the part alone. `wholeOf`
 * gives a part's whole beyond the lexicon's (a functional class's spending total).
 */
export function partAskedWithin(
  q: string,
  metrics: MetricRef[],
  wholeOf: (ref: MetricRef) => MetricRef | undefined,
): MetricRef[] {
  // ("<整体>里<甲>、<乙>加起来是不是<整体>": the whole is what the parts are checked against.)
  if (metrics.length < 2 || !WITHIN_WHOLE.test(q) || SUM_CHECKED.test(q)) return metrics;
  const isWhole = (whole: MetricRef, part: MetricRef) => {
    const up = [...ancestors(part), wholeOf(part)].filter((ref): ref is MetricRef => !!ref);
    return up.some((ref) => same(ref, whole));
  };
  const parts = metrics.filter((whole) => !metrics.some((part) => part !== whole && isWhole(whole, part)));
  return parts.length && parts.length < metrics.length ? parts : metrics;
}

/** A why with nothing else asked ("为什么？", "原因呢"). */
const BARE_WHY = /^(?:那|这是)?(?:为什么|为啥|为何|什么原因|原因)(?:呢|是什么|是啥)?[？?。！!]*$/;

/** "为什么" right after a change on last year asks why it changed, not budget against actual. */
export function whyOfChange(operation: Operation, q: string, before?: Before): Operation {
  return operation === "explain_variance" && before?.operation === "yoy" && BARE_WHY.test(q)
    ? "yoy"
    : operation;
}

/**
 * The figures a follow-up is about once its operation is known: "某项车辆费用 → 车有几辆 →
 * 每辆合多少" averages the amount asked before the count; "支出总额 → 其中某部分占比" is a part's
 * share of the total the conversation is about.
 */
export function followUpMetrics(
  plan: Pick<QueryPlan, "operation" | "metrics" | "question">,
  inherited: boolean,
  before: Before,
): MetricRef[] {
  const { operation, metrics } = plan;
  const both = bothAsked(plan, before);
  if (both) return both;
  if (operation === "per_capita" && inherited && metrics.every(isCount)) {
    const amounts = before.previousMetrics.filter((m) => !isCount(m));
    return amounts.length ? [...amounts, ...metrics] : metrics;
  }
  // A class's row asked by name and by code is one figure (withoutTwins).
  const asked = withoutTwins(before.metrics);
  if (operation === "share" && metrics.length === 1 && asked.length === 1) {
    const whole = asked[0];
    if (
      ancestors(metrics[0]).some((a) => same(a, whole)) ||
      codedUnder(metrics[0], whole) ||
      economicItemOf(metrics[0], whole)
    )
      return [metrics[0], whole];
    // "<某部分>多少？→ 占<整体>的比重": the figure just asked over the whole named now.
    if (
      ancestors(whole).some((a) => same(a, metrics[0])) ||
      codedUnder(whole, metrics[0]) ||
      economicItemOf(whole, metrics[0])
    )
      return [whole, metrics[0]];
    // "项目支出多少？→ <某项目>占多少": a project is a part of the spending it is paid from.
    if (metrics[0].type === "project" && whole.type === "metric" && PROJECT_WHOLES.has(whole.key))
      return [metrics[0], whole];
    // "<某专项>多少？→ <其中一项安排>占多少": the part over the project just asked.
    if (metrics[0].type === "project" && whole.type === "project" && !same(metrics[0], whole))
      return [metrics[0], whole];
    // "<整体>多少？→ 里面<某项>多少？→ 占比": the figure asked after the whole, over it. A row carried on
    // unnamed is that figure still, though the planner kept only its coded twin; one the question names
    // again ("<某项>占比多少") is a share of the total, as any part asked alone.
    const earlier = withoutTwins(before.previousMetrics);
    const unnamedRow = (ref: MetricRef) => ref.type === "subject" && !plan.question.includes(ref.name ?? "");
    const carried = inherited || (same(metrics[0], whole) && unnamedRow(metrics[0]));
    if (carried && earlier.length === 1 && !isCount(earlier[0]) && !isCount(metrics[0]))
      return [metrics[0], earlier[0]];
  }
  return metrics;
}

/**
 * "<甲>多少？→ <乙>呢？→ 两项加起来（占<丙>多少 / 等于<丙>吗）": the two figures asked one after the
 * other, added, and over the whole named now when a share is asked, or checked against it.
 */
function bothAsked(
  plan: Pick<QueryPlan, "operation" | "metrics" | "question">,
  before: Before,
): MetricRef[] | undefined {
  const checked = SUM_CHECKED.test(plan.question);
  if (!BOTH_BEFORE.test(plan.question) || !(["sum", "share"].includes(plan.operation) || checked))
    return undefined;
  const [earlier, last] = [withoutTwins(before.previousMetrics), withoutTwins(before.metrics)];
  if (earlier.length !== 1 || last.length !== 1 || same(earlier[0], last[0])) return undefined;
  if ([earlier[0], last[0]].some(isCount)) return undefined;
  const named = plan.metrics.filter((m) => !same(m, earlier[0]) && !same(m, last[0]));
  if (plan.operation === "sum" && !named.length) return [earlier[0], last[0]];
  if ((plan.operation === "share" || checked) && named.length === 1) return [earlier[0], last[0], named[0]];
  return undefined;
}

/** A follow-up that reads inside the figure before ("其中…", "里面…"). */
const WITHIN = /其中|里面|当中|里头|这里面|^(?:那)?(?:只要|只看|只算|仅看?|单看|就看)/;

/**
 * "<科目>多少？→ 其中<列>和<列>各多少？": the columns asked are cells of the row asked
 * before, not the unit's totals of those columns. Other follow-ups keep their figures.
 */
export function cellsOfPrevious(q: string, metrics: MetricRef[], asked: MetricRef[]): MetricRef[] {
  // A row read with and without its code is one row.
  const previous = withoutTwins(asked);
  const rows = rowsInPreviousColumn(q, metrics, previous);
  if (rows) return rows;
  const [row] = previous;
  if (previous.length !== 1 || row.type !== "subject") return metrics;
  const columns = metrics.flatMap((m) =>
    m.type === "metric" && (CELL_COLUMNS as readonly string[]).includes(m.key) ? [m.key] : [],
  );
  if (!columns.length || columns.length !== metrics.length) return metrics;
  // "其中<列>", "那<另一列>呢" after a cell of the row, "它属于<列>还是<列>": the row's cells.
  // (What a row carries on to next year is only ever asked of the row just named: "年底还剩多少".)
  const readsRow =
    (row.column ? COLUMN_SWAP.test(q) || OF_ROW.test(q) : WITHIN.test(q)) ||
    THIS_ROW.test(q) ||
    (columns.length > 1 && WHICH_COLUMN.test(q)) ||
    (!row.column && columns.every((column) => CARRY_OVER.test(column)));
  if (!readsRow) return metrics;
  // The row itself, no column: the whole a cell is a share of.
  const wholeRow = { ...row };
  delete wholeRow.column;
  const cells = columns.map((column) => ({ ...row, column }));
  // "那<列>占这一类的比例": the cell over the row's whole.
  return OF_ROW.test(q) ? [...cells, wholeRow] : cells;
}

/** "…这部分呢", "…里的是多少": the part of the figure just asked that a row holds. */
const PART_OF_PREVIOUS = /那块|那部分|这块|这部分|(?:里|中|里面|当中)的(?:呢|是多少|有多少|多少)/;

/**
 * "<列>多少？→ <科目>那部分呢": the rows named now in the column just asked (the 公用经费 of
 * the 一般公共服务 row), when the words say a part of that figure is asked.
 */
function rowsInPreviousColumn(
  q: string,
  metrics: MetricRef[],
  previous: MetricRef[],
): MetricRef[] | undefined {
  const [column] = previous;
  if (previous.length !== 1 || column.type !== "metric" || !PART_OF_PREVIOUS.test(q)) return undefined;
  if (!(CELL_COLUMNS as readonly string[]).includes(column.key)) return undefined;
  const rows = withoutTwins(metrics);
  if (!rows.length || !rows.every((r) => r.type === "subject" && !r.column)) return undefined;
  return rows.map((row) => ({ ...row, column: column.key }));
}

/** The whole asked before the part the conversation is on, when the part is one of its parts. */
export function wholeOfPart(ctx: Context | undefined): MetricRef | undefined {
  const [whole] = ctx?.previousMetrics ?? [];
  const [part] = ctx?.metrics ?? [];
  if (ctx?.previousMetrics.length !== 1 || ctx.metrics.length !== 1) return undefined;
  if (whole.type !== "metric" || part.type !== "metric") return undefined;
  const parts = METRIC_BY_KEY.get(whole.key)?.parts ?? LISTED_PARTS[whole.key] ?? [];
  return parts.includes(part.key) ? whole : undefined;
}

/** People counted by the service given them ("<供养/救助>了多少人"): not the staff. */
const SERVED_PEOPLE =
  /(?:供养|救助|安置|收治|收养|寄养|资助|帮扶|慰问|培训|服务|照护|护理|接收)了?(?:约|大约|大概)?(?:几个|多少|几)(?:个|名)?人/;

/** The staff head count, read from a bare "多少人" when no word for staff is said. */
const HEAD_COUNT = "在职人数";
const STAFF_WORDS = /在职|实有|人员数|员工|编制|职工|干部|单位|部门|机关/;

/**
 * "<某项费用>…多少人" (or that asked after it): the people of the activity the figure pays for, a
 * count its prose states, not the unit's staff. The head count read from the bare words is dropped
 * when another figure is named or carried; undefined when it stays.
 */
export function withoutBareHeadCount(
  q: string,
  refs: MetricRef[],
  carried: MetricRef[],
  /** The turn before counted occasions no figure is called ("跑了几次<某地>"): their people are asked. */
  occasionsBefore = false,
): MetricRef[] | undefined {
  const isHeadCount = (ref: MetricRef) => ref.type === "metric" && ref.key === HEAD_COUNT;
  if (!refs.some(isHeadCount) || STAFF_WORDS.test(q)) return undefined;
  const others = refs.filter((ref) => !isHeadCount(ref));
  // "<某种服务>了多少人": the people a body serves, which its prose counts, not its staff.
  if (SERVED_PEOPLE.test(q)) return others;
  if (others.some((ref) => !isCount(ref))) return others;
  const amounts = carried.filter((ref) => !isCount(ref));
  if (!others.length && amounts.length) return amounts;
  return !others.length && occasionsBefore && BARE_PEOPLE.test(q) ? [] : undefined;
}

/** Only a count of people asked ("几个人", "一共多少人？"). */
const BARE_PEOPLE = /^(?:那|共|一共|总共|累计)?(?:有|去了|去)?(?:几个|多少|几)(?:个)?人(?:次)?[？?]?$/;

/** The totals of income, for a spending follow-up that must not carry them ("收入多少？→ 钱花在哪"). */
const INCOME_TOTALS = new Set(["收入合计", "财政拨款收入"]);

/** Carried income totals are no answer to where money was spent: the spending total is. */
export function spendingOfIncome(carried: MetricRef[], spendingTotal: string): MetricRef[] | undefined {
  if (carried.length && carried.every((ref) => ref.type === "metric" && INCOME_TOTALS.has(ref.key)))
    return [{ type: "metric", key: spendingTotal }];
  return spendingOfFundIncome(carried);
}

/** The general budget's appropriation, whose spending is a metric of its own name (table 05's total). */
const GENERAL_FUND_FLOWS: Readonly<Record<string, string>> = { 一般公共预算财政拨款收入: "财政拨款支出" };

/** A fund's income carried ("<某基金>收入多少？→ 支出呢"): that fund's spending. */
export function spendingOfFundIncome(carried: MetricRef[]): MetricRef[] | undefined {
  const funds = carried.map((ref) => {
    if (ref.type !== "metric") return undefined;
    const fund = fundFlowOf(ref.key);
    return fund?.flow === "收入" ? fund.other : GENERAL_FUND_FLOWS[ref.key];
  });
  return carried.length && funds.every(Boolean)
    ? funds.map((key): MetricRef => ({ type: "metric", key: key! }))
    : undefined;
}
