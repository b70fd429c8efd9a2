import { money, type Money } from "../../../lib/money.js";
import type { Fact } from "../../../ingest/schema.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  AMOUNT_BOUNDS,
  COUNTED_ASSETS,
  DEFAULT_FUNCTION_LEVEL,
  FUNCTION_LEVELS,
  ITEM_KINDS,
  ITEMS_ASKED,
  SCALE_IN_WAN,
} from "../lexicon/amount-bounds.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import type { Want } from "../select-facts.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { listedAdded, listsMostOf, partFigures, partsIn, PROJECTS, unitRows } from "./rank-parts.js";
import { BUDGET_TOTAL_KEY } from "../lexicon/total-kin.js";
import { SUM_CUE } from "../question-cues.js";

interface Bound {
  wan: Money;
  strict: boolean;
}
export interface AmountBounds {
  above?: Bound;
  below?: Bound;
}

/** The amount in 万元 of one (number, scale) pair of a bound's match ("<数>元", "<数>万"); no scale is read as 万. */
const inWan = (number: string, scale = "万") => money(number).times(SCALE_IN_WAN[scale[0]] ?? "1");

/** The bounds a question puts on each item's amount, or undefined when it names none. */
export function amountBounds(question: string): AmountBounds | undefined {
  for (const cue of AMOUNT_BOUNDS) {
    const m = cue.pattern.exec(question);
    if (!m) continue;
    const pairs: [string, string | undefined][] = [];
    for (let i = 1; i + 1 < m.length + 1; i += 2) if (m[i]) pairs.push([m[i], m[i + 1]]);
    if (cue.side === "between" && pairs.length === 2) {
      const [[low, lowScale], [high, highScale]] = pairs;
      const [from, to] = [inWan(low, lowScale ?? highScale), inWan(high, highScale ?? lowScale)];
      if (from.gt(to)) return undefined;
      return { above: { wan: from, strict: false }, below: { wan: to, strict: false } };
    }
    if (cue.side === "between" || !pairs.length) continue;
    const bound = { wan: inWan(pairs[0][0], pairs[0][1]), strict: cue.strict };
    return cue.side === "above" ? { above: bound } : { below: bound };
  }
  return undefined;
}

/** The bounds in words, each amount the asker's, registered as such ("超过 <金额>", "在 <金额> 至 <金额> 之间"). */
function boundWords(b: DraftBuilder, bounds: AmountBounds): Segment[] {
  const amount = (bound: Bound): Segment => {
    const seg = b.computed(
      { value: bound.wan.toFixed(), measure: "万元", formula: "问题所给" },
      "问题所给的金额界限",
      [],
    );
    return typeof seg === "string" ? seg : { ...seg, bare: true };
  };
  const { above, below } = bounds;
  if (above && below) return ["在 ", amount(above), " 至 ", amount(below), " 之间（含两端）"];
  if (above) return above.strict ? ["超过 ", amount(above)] : [amount(above), " 及以上"];
  return below!.strict ? ["低于 ", amount(below!)] : [amount(below!), " 及以下"];
}

const within = (value: Money, bounds: AmountBounds) =>
  (!bounds.above || (bounds.above.strict ? value.gt(bounds.above.wan) : value.gte(bounds.above.wan))) &&
  (!bounds.below || (bounds.below.strict ? value.lt(bounds.below.wan) : value.lte(bounds.below.wan)));

/** The unit's rows of one classification at one code length, in code order. */
const subjectRows = (k: Knowledge, scope: Scope, scheme: "function" | "economic", digits: number) =>
  unitRows(k, scope.unit, scheme, digits, undefined, true);

/** A figure named as the place of the next ("<整体>里，<某类>…"): it only says where that one is. */
const CONTAINER = /^[^，,。？?]{0,2}?(?:里|中|当中|之中|里面|下面)/;

/**
 * The figure whose items are bounded: the one named, or of two the second when the first is named
 * as where it sits ("<整体>当中，<某类>超过<金额>的是哪些").
 */
function itemsWhole(k: Knowledge, plan: QueryPlan): MetricRef | undefined {
  const [first, second] = plan.metrics;
  if (plan.metrics.length === 1) return first;
  if (plan.metrics.length !== 2) return undefined;
  const label = metricLabel(first, k);
  const at = plan.question.indexOf(label);
  return at >= 0 && CONTAINER.test(plan.question.slice(at + label.length)) ? second : undefined;
}

/** The items a question bounds: the named figure's parts, else the kind of item it counts. */
function itemsOf(
  k: Knowledge,
  plan: QueryPlan,
  scope: Scope,
): { whole?: MetricRef; items: MetricRef[]; noun: string } {
  const named = itemsWhole(k, plan);
  // A bare "预算" read as the spending total names no items: its two parts are not what is counted.
  const total = named?.type === "metric" && named.key === BUDGET_TOTAL_KEY;
  const parts = named && !total ? partsIn(k, scope, named) : [];
  if (parts.length) return { whole: named, items: parts, noun: "项" };
  const kind = ITEM_KINDS.find((entry) => entry.noun.test(plan.question))?.kind ?? "function";
  if (kind === "project") return { whole: PROJECTS, items: partsIn(k, scope, PROJECTS), noun: "项目" };
  if (kind === "economic") return { items: subjectRows(k, scope, "economic", 5), noun: "经济分类科目（款）" };
  const { digits, level } =
    FUNCTION_LEVELS.find((entry) => entry.words.test(plan.question)) ?? DEFAULT_FUNCTION_LEVEL;
  return { items: subjectRows(k, scope, "function", digits), noun: `功能分类科目（${level}级）` };
}

/**
 * "超过<金额>的科目有哪些", "<金额>到<金额>之间的项目有几个": each item of one unit's figure (its parts,
 * or the functional rows or projects the question counts) within the bounds, counted and listed
 * with its amount. Undefined when the question bounds nothing or lists no items.
 */
export function amountFilterOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  if (scopes.length !== 1 || !ITEMS_ASKED.test(plan.question) || COUNTED_ASSETS.test(plan.question))
    return undefined;
  const bounds = amountBounds(plan.question);
  if (!bounds) return undefined;
  const [scope] = scopes;
  const want = wantOf(plan, scope);
  const { whole, items, noun } = itemsOf(k, plan, scope);
  const found = partFigures(k, scope, items, want);
  if (found.length < 2) return undefined;
  const inside = found
    .filter(({ fact }) => within(money(fact.value), bounds))
    .sort((x, y) => money(y.fact.value).comparedTo(x.fact.value));
  const draft = filteredDraft(k, scope, { whole, noun, bounds, inside, all: found.map((x) => x.fact), want });
  // "<金额>以上的是哪些，一共多少": the items found, added.
  if (inside.length > 1 && SUM_CUE.test(plan.question))
    draft.d.bullets.push(listedAdded(draft, inside, `符合条件的${noun}合计`));
  return draft;
}

function filteredDraft(
  k: Knowledge,
  scope: Scope,
  found: {
    whole?: MetricRef;
    noun: string;
    bounds: AmountBounds;
    inside: { part: MetricRef; fact: Fact }[];
    all: Fact[];
    want: Want;
  },
): DraftBuilder {
  const { whole, noun, bounds, inside, all } = found;
  const b = new DraftBuilder();
  const where = `${scopeLabel(scope)}${whole ? `${metricLabel(whole, k)}中` : ""}`;
  const names = inside.map(({ part }) => metricLabel(part, k));
  const count = b.computed(
    {
      value: String(inside.length),
      measure: "项",
      formula: names.length ? `${names.join("、")}，共${names.length}项` : "没有一项",
    },
    `符合金额条件的${noun}数`,
    inside.map((x) => x.fact),
  );
  // The items counted are the bullets below: the count's formula (their names) is not repeated.
  const counted = typeof count === "string" ? count : { ...count, bare: true };
  b.d.headline = [
    `${where}金额`,
    ...boundWords(b, bounds),
    `的${noun}共 `,
    counted,
    inside.length ? "：" : "。",
  ];
  for (const { part, fact } of inside.slice(0, 20))
    b.d.bullets.push([`${metricLabel(part, k)}：`, b.fact(fact, metricLabel(part, k))]);
  // The whole the items are of, for scale ("商品和服务支出合计 …").
  const [wholeFact] = whole ? lookup(k, scope, whole, found.want) : [];
  if (whole && wholeFact)
    b.d.bullets.push([`${metricLabel(whole, k)}合计：`, b.fact(wholeFact, metricLabel(whole, k))]);
  if (inside.length > 20) b.d.notes.push(["只列出金额最大的二十项，其余从略。"]);
  b.d.notes.push([`逐项比较的是文件所列的全部${noun}（${found.want === "actual" ? "决算数" : "预算数"}）。`]);
  if (whole && !listsMostOf(k, scope, whole, found.want, all))
    b.d.notes.push(["文件逐项说明的项目只占项目支出的一部分，未逐项列出的项目无法比较。"]);
  return b;
}
