import { TO_BUY_COLUMN } from "../lexicon/count-amounts.js";
import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { perUnit, type Computed } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { PEOPLE_STATED, PER_UNITS, type PerUnit } from "../lexicon/scope-attributes.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import { BUDGET_TOTAL_KEY } from "../lexicon/total-kin.js";
import type { Scope } from "../scope.js";
import { distinctValues } from "../select-facts.js";
import { BASIC_ONLY } from "./value.js";
import { countFacts, countList, pairedAmount } from "./counts.js";
import { lookup, wantOf } from "./lookup.js";
import { fundsMayDiffer, stateValue } from "./state-value.js";
import { metricLabel, scopeLabel, wantLabel } from "./labels.js";

const MONEY_MEASURES = new Set(["万元", "元"]);

interface PerScope {
  scope: Scope;
  amounts: Fact[];
  /** Divisors the unit states, preferred first, with the quotient by each. */
  /** `each`: the measure divided by ("个"); `eachLabel`: how it is said ("个团组"). */
  by: { key: string; count: Fact; amount: Fact; each: string; eachLabel: string; result: Computed }[];
}

/** The unit's counts of one divisor (在职人数, 编制数, 车辆数). */
const divisorCounts = (k: Knowledge, scope: Scope, key: string): Fact[] =>
  lookup(k, scope, { type: "metric", key }, "count");

/** Counts whose noun ("数量（商务接待）") the question names come first. */
function namedFirst(question: string, counts: Fact[]): Fact[] {
  const named = (f: Fact) => {
    const noun = /（(.+)）/.exec(f.column)?.[1];
    return noun && question.includes(noun) ? 0 : 1;
  };
  return [...counts].sort((a, b) => named(a) - named(b));
}

/** How a count of each measure is named after its noun ("团组8个" → 团组数, "47人" → 人数). */
const COUNT_WORDS: Readonly<Record<string, string>> = { 个: "数", 人: "人数" };

/** "数量（来宾）" → "来宾人次"; "数量（团组）" 个 → "团组数". */
function countLabel(count: Fact, unnamed?: string): string {
  const noun = /（(.+)）/.exec(count.column)?.[1] ?? "";
  if (!noun && unnamed) return unnamed;
  // "团组8个" is a number of 团组, not "团组个".
  const word = COUNT_WORDS[count.measure] ?? count.measure;
  // "人数30人" is already a 人数.
  return noun.endsWith(word) ? noun : `${noun || "累计"}${word}`;
}

function perScope(k: Knowledge, plan: QueryPlan, scope: Scope, per: PerUnit): PerScope | undefined {
  // Only money is averaged: a count divided by a count (cars per car) is no answer.
  const amounts = lookup(k, scope, plan.metrics[0], wantOf(plan, scope)).filter((f) =>
    MONEY_MEASURES.has(f.measure),
  );
  if (!amounts.length) return undefined;
  type Divisor = { key: string; count: Fact | undefined; amount?: Fact };
  const held: Divisor[] = per.divisors.map((key) => ({
    key,
    // Things held divide, not those to be bought ("数量（购置）").
    count: divisorCounts(k, scope, key).find((f) => !TO_BUY_COLUMN.test(f.column)),
  }));
  // "来宾64人次": the amount's own count, once for each distinct figure; first the one whose noun
  // the question names ("商务接待…每个人").
  const own: Divisor[] = namedFirst(
    plan.question,
    distinctValues(
      countFacts(k, scope, plan.metrics[0]).filter(
        (f) => !!per.ownCounts?.includes(f.measure) || !!per.ownColumn?.test(f.column),
      ),
    ),
  ).map((count) => ({ key: countLabel(count, per.countedAs), count, amount: pairedAmount(k, count) }));
  const counts = per.ownFirst ? [...own, ...held] : [...held, ...own];
  const by = counts.flatMap(({ key, count, amount = amounts[0] }) => {
    if (!count || !money(count.value).gt(0) || count.id === amount.id) return [];
    // "团组8个" asked per delegation ("每个团组"): it divides as 个, said as 个团组; asked per batch
    // ("每批"), as 批次.
    const named = per.ownColumn?.exec(count.column)?.[0];
    const noun =
      count.measure === "个" && named && plan.question.includes(named.slice(0, 1)) ? named : undefined;
    const each = per.ownCounts?.includes(count.measure) ? count.measure : noun ? "个" : per.per;
    const eachLabel = noun && each === "个" ? `个${noun}` : each;
    const result = perUnit(amount.value, count.value, `${amount.measure}/${each}`);
    return [{ key, count, amount, each, eachLabel, result }];
  });
  return by.length ? { scope, amounts, by } : undefined;
}

/** "接待…平均每个人": the guests the amount was spent on are the people, counted by its own 人次. */
function servedPer(per: PerUnit | undefined, ref: MetricRef | undefined): PerUnit | undefined {
  const served = per?.servedBy;
  if (!per || !served || ref?.type !== "metric" || !served.amounts.includes(ref.key)) return per;
  return { ...per, ownCounts: served.ownCounts, ownFirst: true };
}

/**
 * "按在职人数算，人均预算多少": the count named is what divides, no figure divided; with no amount named
 * beside it, the budget total is.
 */
function withoutDivisor(plan: QueryPlan): QueryPlan {
  const divisors = PER_UNITS.find((p) => p.key === plan.perUnit)?.divisors ?? [];
  const divides = (m: MetricRef) => m.type === "metric" && divisors.includes(m.key);
  if (!plan.metrics.some(divides)) return plan;
  const amounts = plan.metrics.filter((m) => !divides(m));
  return { ...plan, metrics: amounts.length ? amounts : [{ type: "metric", key: BUDGET_TOTAL_KEY }] };
}

/**
 * A number of people the asker says the amount reaches ("惠及约N万人", "<某对象>M人"): asked
 * per person, the amount is divided among them, not among the unit's staff.
 */
function peopleStated(question: string): { count: string; said: string } | undefined {
  const stated = PEOPLE_STATED.exec(question);
  if (!stated) return undefined;
  const count = stated[2] ? money(stated[1]).times(10000).toFixed() : stated[1];
  return money(count).gt(0) ? { count, said: stated[0] } : undefined;
}

/**
 * "<某项目>…惠及约N万人，平均每人多少": the amount over the people the asker counts, when they are
 * not the unit's staff (no staff count of the unit is that number); the count is the asker's.
 */
function perPersonStated(
  k: Knowledge,
  plan: QueryPlan,
  scope: Scope,
  per: PerUnit,
  b: DraftBuilder,
): boolean {
  const stated = per.key === "per_person" ? peopleStated(plan.question) : undefined;
  if (!stated) return false;
  const staff = per.divisors.flatMap((key) => divisorCounts(k, scope, key));
  if (staff.some((count) => money(count.value).eq(stated.count))) return false;
  const label = metricLabel(plan.metrics[0], k);
  const amount = lookup(k, scope, plan.metrics[0], wantOf(plan, scope)).find((f) =>
    MONEY_MEASURES.has(f.measure),
  );
  // Spending of the whole unit among people the asker names beyond it is no one's share.
  if (!amount || plan.metrics[0].type === "metric") {
    b.d.status = "not_found";
    b.d.notes.push([
      `问题所说的“${stated.said}”不是${scopeLabel(scope)}的人员数；${amount ? `${label}是整个单位的支出，不能按这个人数平均` : `文件中没有找到${label}`}，请指明所问的项目。`,
    ]);
    return true;
  }
  const result = perUnit(amount.value, stated.count, `${amount.measure}/人`);
  b.d.headline = [
    `${scopeLabel(scope)}${label}${wantLabel(wantOf(plan, scope), amount, label)} `,
    b.fact(amount, label),
    `，按问题所说的“${stated.said}”平均，每人约 `,
    b.computed(result, `${label}平均每人`, [amount]),
    "。",
  ];
  b.d.notes.push([
    `人数是问题中给出的（${stated.said}），不是文件所列${scopeLabel(scope)}的人员数；平均数是计算所得，文件本身没有列出。`,
  ]);
  return true;
}

/**
 * "人均…", "每辆车…": an amount divided by a count the same unit discloses (在职人数, 编制数,
 * 车辆数), computed with its formula; several units are ranked by it. Without both figures the
 * answer says what is missing.
 */
export function perCapitaOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder {
  plan = withoutDivisor(plan);
  const b = new DraftBuilder();
  const per = servedPer(
    PER_UNITS.find((p) => p.key === plan.perUnit),
    plan.metrics[0],
  );
  if (per && scopes.length === 1 && perPersonStated(k, plan, scopes[0], per, b)) return b;
  const label = metricLabel(plan.metrics[0], k);
  const results: PerScope[] = [];
  for (const scope of per ? scopes : []) {
    const r = perScope(k, plan, scope, per!);
    if (r) results.push(r);
    else
      b.d.notes.push([
        `${scopeLabel(scope)}文件中没有同时列出${label}和${per!.divisors.length ? per!.divisors.join("或") : `${per!.per}数`}，无法计算。`,
      ]);
  }
  if (!per || !results.length) {
    b.d.status = "not_found";
    return b;
  }
  const sign = plan.descending ? -1 : 1;
  // Quotients stated in 元 (small ones) and in 万元 compare in one unit.
  const inWan = (c: Computed) => (c.measure.startsWith("元/") ? money(c.value).div(10000) : money(c.value));
  results.sort((x, y) => sign * inWan(x.by[0].result).comparedTo(inWan(y.by[0].result)));
  if (results.length > 1)
    b.d.headline = [
      `${label}平均每${results[0].by[0].eachLabel}${plan.descending ? "最高" : "最低"}的是${results[0].scope.unit}。`,
    ];
  for (const r of results) {
    const { headline, notes } = stateValue(b, r.amounts, label, false, fundsMayDiffer(k, r.scope, r.amounts));
    const [first, ...others] = r.by;
    const line: Segment[] = [
      `${scopeLabel(r.scope)}${label}${wantLabel(wantOf(plan, r.scope), r.amounts[0], label)} `,
      ...headline,
      `，${first.key} `,
      b.fact(first.count, first.key),
      ...(first.amount === r.amounts[0]
        ? []
        : ["，文件写明与之对应的支出为 ", b.fact(first.amount, `${first.key}对应支出`)]),
      `，平均每${first.eachLabel} `,
      b.computed(first.result, `${label}平均每${first.eachLabel}`, [first.amount, first.count]),
      "。",
    ];
    if (!b.d.headline.length) b.d.headline = line;
    else b.d.bullets.push(line);
    // "人均工资" from table 06: basic spending only; project-paid pay is not in it.
    if (r.amounts[0].table === "06" && !b.d.notes.some((n) => n[0] === BASIC_ONLY(r.amounts[0])))
      b.d.notes.push([BASIC_ONLY(r.amounts[0])]);
    for (const other of others)
      b.d.bullets.push([
        `按${other.key} `,
        b.fact(other.count, other.key),
        " 计算为 ",
        b.computed(other.result, `${label}按${other.key}平均`, [other.amount, other.count]),
        "。",
      ]);
    b.d.notes.push(...notes);
    if (results.length === 1) addOtherCounts(k, b, plan, r, label);
  }
  b.d.notes.push([
    `平均数由公开的总额除以${per.countedAs ?? "人数（或车辆数）"}计算，文件本身没有列出这一数字。`,
  ]);
  return b;
}

/**
 * The other counts the sentence of the count divided by states ("团组6个" beside "累计7人次"): said
 * after the average, as what the money paid for.
 */
function addOtherCounts(k: Knowledge, b: DraftBuilder, plan: QueryPlan, r: PerScope, label: string): void {
  const used = new Set(r.by.map((each) => each.count.id));
  // (Stated in the sentence of a count divided by: of the same spending, not another kind's.)
  const sentences = new Set(r.by.map((each) => each.count.source.excerpt));
  const others = distinctValues(countFacts(k, r.scope, plan.metrics[0])).filter(
    (f) =>
      !used.has(f.id) &&
      sentences.has(f.source.excerpt) &&
      !r.by.some((each) => each.count.column === f.column && each.count.measure === f.measure),
  );
  if (others.length) b.d.bullets.push([`文件同时写明${label}：`, ...countList(b, others, label), "。"]);
}
