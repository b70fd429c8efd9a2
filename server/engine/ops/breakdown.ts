/**
 * The breakdown operation: a figure's parts (coded rows below it, the lexicon's parts, or its
 * economic items), each with its share, their sum checked against the total.
 */

import { METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import type { Fact } from "../../../ingest/schema.js";
import { money, withinRounding } from "../../../lib/money.js";
import { asPrinted } from "../../../ingest/text/amount-unit.js";
import { factRatio, gap, total } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { refKey, type MetricRef, type QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import type { Want } from "../select-facts.js";
import { economicItemsIn, tablePartsAddedOp } from "./rank-parts.js";
import { subjectChildren } from "./subject-children.js";
import { withoutTwins } from "../find-metrics.js";
import { FUNCTION_LEVELS } from "../lexicon/amount-bounds.js";
import { metricLabel, listsParts, parentOf, partsOf, scopeLabel, wantLabel } from "./labels.js";
import { wantOf, lookup } from "./lookup.js";
import { valueOp } from "./value.js";
import { countFacts, countList, distinctCounts, pairedAmount } from "./counts.js";
import { isCount } from "../counted-metrics.js";
import { BUYING_ASKED, TO_BUY_COLUMN } from "../lexicon/count-amounts.js";
import { disagreementNotes, fundsMayDiffer, shownWithTwin, stateValue } from "./state-value.js";
import { statedShareNote } from "./stated-share-note.js";
import { factFundScope, factScopesDiffer } from "../../../ingest/domain/fund-scopes.js";
import { OUTSIDE_OF } from "../lexicon/outside-parts.js";

/** The metric whose parts are exactly the metrics asked (基本支出 + 项目支出 → 支出合计), if any. */
export function wholeOfParts(refs: MetricRef[], listed: (part: MetricRef) => boolean): MetricRef | undefined {
  if (refs.length < 2) return undefined;
  const parent = parentOf(refs[0]);
  if (!parent) return undefined;
  const parts = partsOf(parent)
    .filter((p) => !listsParts(parent) || listed(p))
    .map((p) => metricLabel(p));
  const asked = refs.map((r) => metricLabel(r));
  return parts.length === asked.length && parts.every((p) => asked.includes(p)) ? parent : undefined;
}

/**
 * The metric the asked ones make up through their own wholes (人员经费 + 公用经费 + 项目支出: the first
 * two are 基本支出, which with 项目支出 is 支出合计), if any: every whole whose parts are all asked
 * stands for them until one metric is left.
 */
export function wholeOfNestedParts(
  refs: MetricRef[],
  listed: (part: MetricRef) => boolean,
): MetricRef | undefined {
  let asked = refs;
  for (;;) {
    const whole = wholeOfParts(asked, listed);
    if (whole) return whole;
    const grouped = groupOnce(asked, listed);
    if (!grouped) return undefined;
    asked = grouped;
  }
}

/** The asked metrics with one complete set of parts replaced by their whole (undefined when none is). */
function groupOnce(refs: MetricRef[], listed: (part: MetricRef) => boolean): MetricRef[] | undefined {
  for (const ref of refs) {
    const parent = parentOf(ref);
    if (!parent) continue;
    const parts = partsOf(parent).filter((p) => !listsParts(parent) || listed(p));
    const inside = (r: MetricRef) => parts.some((p) => refKey(p) === refKey(r));
    if (parts.length < 2 || !parts.every((p) => refs.some((r) => refKey(r) === refKey(p)))) continue;
    return [parent, ...refs.filter((r) => !inside(r))];
  }
  return undefined;
}

/** Of the figures asked, the one every other is a part of (its parent), if any. */
function wholeNamedWithParts(refs: MetricRef[]): MetricRef | undefined {
  const partOf = (part: MetricRef, whole: MetricRef) => {
    const up = parentOf(part);
    return !!up && refKey(up) === refKey(whole);
  };
  return refs.find((whole) => refs.every((ref) => ref === whole || partOf(ref, whole)));
}

export function breakdownOp(k: Knowledge, asked: QueryPlan, scopes: Scope[]): DraftBuilder {
  // A class matched with its code and as printed without it (01 表) is one figure broken down.
  const plan = { ...asked, metrics: withoutTwins(asked.metrics) };
  // Every part of one figure named ("基本支出和项目支出分别"): that figure's breakdown, with its total.
  // A part asked is listed when the document prints it; one not asked, when it prints more than
  // nothing ("<某项收入>0万元" leaves the income made of the parts asked).
  const askedKeys = new Set(plan.metrics.map(refKey));
  const listed = (p: MetricRef) =>
    lookup(k, scopes[0], p, wantOf(plan, scopes[0])).some(
      (fact) => askedKeys.has(refKey(p)) || Number(fact.value) !== 0,
    );
  const parent = scopes.length === 1 ? wholeOfNestedParts(plan.metrics, listed) : undefined;
  if (parent) return breakdownOp(k, { ...plan, metrics: [parent] }, scopes);
  // "<整体>里，<甲>和<乙>各是多少": the whole named with parts of its own is broken down once (its
  // parts are not answered again beside it).
  const named =
    scopes.length === 1 && plan.metrics.length > 1 ? wholeNamedWithParts(plan.metrics) : undefined;
  if (named) return breakdownOp(k, { ...plan, metrics: [named] }, scopes);
  // Several named parts, or several units: each figure, not one metric's parts.
  if (plan.metrics.length > 1 || scopes.length > 1) return valueOp(k, plan, scopes);
  const scope = scopes[0];
  // A figure made of the projects of some tables (绩效目标项目资金): those projects, added.
  const projects = tablePartsAddedOp(k, plan, scope);
  if (projects) return projects;
  const b = new DraftBuilder();
  const ref = plan.metrics[0];
  const want = wantOf(plan, scope);
  const wholes = lookup(k, scope, ref, want);
  const whole = wholes[0];
  // A coded subject's parts are the rows one level below it; only those the document lists.
  // A class with a single 款 ("一般公共服务支出" → 财政事务 only): the 项 rows below that 款.
  // "按项列": the rows of the level named, however deep below.
  const level = FUNCTION_LEVELS.find((l) => l.words.test(plan.question));
  const atLevel = level ? subjectChildren(k, ref, scope.unit, level.digits) : [];
  const below = atLevel.length ? atLevel : subjectChildren(k, ref, scope.unit);
  const onlyChild = below.length === 1 && !atLevel.length ? subjectChildren(k, below[0], scope.unit) : [];
  const children = onlyChild.length > 1 ? onlyChild : below;
  // 公用经费 → its 经济分类 items (30201 办公费 …) the unit lists, when the lexicon names no parts.
  const parts = children.length
    ? children
    : partsOf(ref).length
      ? listedParts(k, scope, ref, want)
      : economicItemsIn(k, scope, ref);
  const label = metricLabel(ref, k);
  if (!parts.length) {
    // Counts broken down by kind ("数量（机要通信用车）") or nothing to break down.
    // A count the narrative repeats is one count.
    const seen = new Set<string>();
    const kinds = k
      .factsOf(scope.doc.docId)
      .filter((f) => ref.type === "metric" && f.metric === ref.key && /^数量（/.test(f.column))
      // The things to be bought ("购置车辆1辆") are no kind of those held, unless buying is asked.
      .filter((f) => !TO_BUY_COLUMN.test(f.column) || BUYING_ASKED.test(plan.question))
      .filter(
        (f) =>
          !seen.has(`${f.column}|${f.value}|${f.measure}`) &&
          !!seen.add(`${f.column}|${f.value}|${f.measure}`),
      );
    if (!whole && !kinds.length) return valueOp(k, plan, scopes);
    if (whole) b.d.headline = [`${scopeLabel(scope)}${label}为 `, b.fact(whole, label), "。"];
    // An amount's own counts ("公务接待16批次176人次") beside those of a kind ("商务接待5批次47人").
    const own = isCount(ref)
      ? []
      : distinctCounts(countFacts(k, scope, ref).filter((f) => f.column === "数量"));
    // What each kind's counts cost, where the sentence says it right after them ("…47人，支出0.86万元").
    const spent = (counts: Fact[], name: string): Segment[] => {
      const amount = counts.length ? pairedAmount(k, counts[counts.length - 1]!, kinds) : undefined;
      return amount ? ["，支出 ", b.fact(amount, `${name}支出`)] : [];
    };
    if (own.length && kinds.length)
      b.d.bullets.push([`${label}：`, ...countList(b, own, label), ...spent(own, label)]);
    for (const column of new Set(kinds.map((f) => f.column))) {
      const name = column.replace(/^数量（|）$/g, "");
      const ofKind = kinds.filter((f) => f.column === column);
      b.d.bullets.push([
        `${name}：`,
        ...ofKind.flatMap((f, i): Segment[] => [i ? "，" : "", b.fact(f, f.column)]),
        ...spent(ofKind, name),
      ]);
    }
    return b;
  }
  if (whole)
    b.d.headline = [
      `${scopeLabel(scope)}${label}${wantLabel(want, whole, label)}为 `,
      shownWithTwin(b, whole, wholes, label),
      "，构成如下：",
    ];
  // Another place printing the whole otherwise: the document disagrees with itself.
  if (whole) b.d.notes.push(...disagreementNotes(b, whole, wholes, label, fundsMayDiffer(k, scope, wholes)));
  else b.d.headline = [`${scopeLabel(scope)}${label}的构成如下：`];
  const points: { label: string; value: string }[] = [];
  const partFacts: Fact[] = [];
  for (const part of parts) {
    const found = lookup(k, scope, part, want);
    const f = found[0];
    const partLabel = metricLabel(part);
    if (!f && (children.length || listsParts(ref))) continue;
    if (!f) {
      b.d.bullets.push([`${partLabel}：文件中未列出。`]);
      continue;
    }
    const line: Segment[] = [`${partLabel}：`, b.fact(f, partLabel)];
    const share = whole ? factRatio(f, whole) : undefined;
    if (share && whole) line.push("，占 ", b.computed(share, `${partLabel}占比`, [f, whole]));
    // The share the narrative states beside it ("占基本支出的86.3%"), when it is another figure.
    // (A share stated under another fund's heading is of that fund's whole, when it differs.)
    const ofThisWhole = (fact: Fact) => {
      const fund = factFundScope(fact);
      if (!factScopesDiffer(fact, whole!)) return true;
      return wholes.some((other) => factFundScope(other) === fund && money(other.value).eq(whole!.value));
    };
    const stated = share ? lookup(k, scope, part, "share").find(ofThisWhole) : undefined;
    if (stated && share && stated.value !== share.value)
      line.push("（", ...statedShareNote(b, stated, label).slice(0, 2), "）");
    b.d.bullets.push(line);
    // Two tables giving the part differently: both are said.
    b.d.notes.push(...stateValue(b, found, partLabel, true, fundsMayDiffer(k, scope, found)).notes);
    points.push({ label: partLabel, value: f.value });
    partFacts.push(f);
    addSubParts(k, b, scope, { part, want, of: f, whole, label });
  }
  // None of the parts printed ("<上年>政府采购的货物、工程、服务"): the split is not disclosed; the whole
  // is the closest figure, said as such.
  if (whole && !points.length && !children.length)
    return partsNotDisclosed(b, scope, label, parts, whole, wholes);
  addPartsSum(b, parts.length, points, whole, partFacts);
  addSubsets(k, b, scope, ref, want, whole);
  addOutsideParts(k, b, scope, ref, want, whole);
  if (points.length >= 2)
    b.d.chart = {
      type: "bar",
      title: `${scopeLabel(scope)}${label}构成`,
      measure: whole?.measure ?? "万元",
      points,
    };
  return b;
}

function partsNotDisclosed(
  b: DraftBuilder,
  scope: Scope,
  label: string,
  parts: MetricRef[],
  whole: Fact,
  wholes: Fact[],
): DraftBuilder {
  b.d.status = "not_found";
  b.d.bullets = [];
  const year = scope.year !== scope.doc.year ? `${scope.year}年` : "";
  const partsSaid = parts.map((part) => metricLabel(part)).join("、");
  b.d.headline = [
    `${scope.unit}${scope.doc.year}年度${scope.doc.kind}文件未列出${year}${label}的${partsSaid}；最接近的公开数字是${year}${label} `,
    shownWithTwin(b, whole, wholes, label),
    "。",
  ];
  return b;
}

/**
 * A total's parts; a listed part the document does not print is shown by its own listed parts
 * when it prints those (湖南's 表一: each fund's appropriation, and no 财政拨款收入 row).
 */
/**
 * A part's own parts, as sub-bullets: not when they are another fund's figures that do not add up
 * to it (the general budget's 人员经费 and 公用经费 under all funds' 基本支出). Each carries its share
 * of the whole too, named, since an indented share would read as one of the part above it.
 */
function addSubParts(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  { part, want, of, whole, label }: { part: MetricRef; want: Want; of: Fact; whole?: Fact; label: string },
): void {
  const subs = partsOf(part).flatMap((sub) => {
    const fact = lookup(k, scope, sub, want)[0];
    return fact ? [{ sub, fact }] : [];
  });
  const sum = subs.length
    ? total(
        subs.map((s) => s.fact.value),
        of.measure,
      )
    : undefined;
  const otherFund = subs.some((s) => factScopesDiffer(s.fact, of));
  if (otherFund && sum && !money(sum.value).eq(of.value)) return;
  for (const { sub, fact } of subs) {
    const subLabel = metricLabel(sub);
    const line: Segment[] = [`  其中${subLabel}：`, b.fact(fact, subLabel)];
    const share = whole ? factRatio(fact, whole) : undefined;
    if (share && whole)
      line.push(`，占${label} `, b.computed(share, `${subLabel}占${label}比重`, [fact, whole]));
    b.d.bullets.push(line);
  }
}

function listedParts(k: Knowledge, scope: Scope, ref: MetricRef, want: Want): MetricRef[] {
  if (!listsParts(ref)) return partsOf(ref);
  return partsOf(ref).flatMap((part) =>
    listsParts(part) && !lookup(k, scope, part, want).length ? partsOf(part) : [part],
  );
}

/**
 * Every part read and their sum not the printed total (one table rounding each cell): the sum and
 * the gap, computed, so the reader sees the table's arithmetic.
 */
function addPartsSum(
  b: DraftBuilder,
  asked: number,
  points: { value: string }[],
  whole: Fact | undefined,
  facts: Fact[],
): void {
  if (!whole || points.length < 2 || points.length !== asked) return;
  if (facts.some((f) => f.measure !== whole.measure)) return;
  const sum = total(
    facts.map((f) => f.value),
    whole.measure,
  );
  if (money(sum.value).eq(whole.value)) return;
  b.d.notes.push([
    "各项相加为 ",
    b.computed(sum, "各项相加", facts),
    "，与所列总额相差 ",
    b.computed(gap(sum.value, whole.value, whole.measure), "各项相加与总额之差", [...facts, whole]),
    withinRounding([whole, ...facts].map(asPrinted), money(sum.value).minus(whole.value), facts.length)
      ? "（各项分别四舍五入所致的尾差）。"
      : "（超出各项四舍五入的尾差，文件数字有出入）。",
  ]);
}

/**
 * A subset the documents state beside a total ("面向中小企业预留"): said after its parts, with its
 * share; a subset of that subset ("其中预留给小微企业") after it, with its share of it.
 */
function addSubsets(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  want: Want,
  whole: Fact | undefined,
  nested = false,
): void {
  const subsets = ref.type === "metric" ? (METRIC_BY_KEY.get(ref.key)?.subsets ?? []) : [];
  for (const key of subsets) {
    const subset: MetricRef = { type: "metric", key };
    const f = lookup(k, scope, subset, want)[0];
    if (!f) continue;
    const subLabel = metricLabel(subset, k);
    const line: Segment[] = [nested ? `其中：${subLabel} ` : `另：${subLabel} `, b.fact(f, subLabel)];
    const share = whole ? factRatio(f, whole) : undefined;
    if (share && whole) line.push("，占 ", b.computed(share, `${subLabel}占比`, [f, whole]));
    line.push(nested ? "。" : "（与上面各项交叉，不另计入合计）。");
    b.d.bullets.push(line);
    if (!nested) addSubsets(k, b, scope, subset, want, f, true);
  }
}

/**
 * "收入都从哪来": this year's income is broken down; the carry-in printed beside it (上年结转) is
 * no part of it but adds to the 总计 the document also prints, so both are said after the parts
 * (the sum said only where the figures make it).
 */
function addOutsideParts(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  want: Want,
  whole: Fact | undefined,
): void {
  const outside = ref.type === "metric" ? OUTSIDE_OF[ref.key] : undefined;
  if (!outside) return;
  const carried = outside.parts
    .map((key) => lookup(k, scope, { type: "metric", key }, want)[0])
    .find((fact) => fact && money(fact.value).gt(0));
  const total = lookup(k, scope, { type: "metric", key: outside.total }, want)[0];
  if (!carried || !total) return;
  // (The carry-in said as the table prints it: "上年结转", "年初结转和结余".)
  const totalLabel = metricLabel({ type: "metric", key: outside.total });
  // "与之相加即…" only where the two do add up to it (a 决算 may print 使用非财政拨款结余 too).
  const addsUp = !!whole && money(whole.value).plus(carried.value).eq(total.value);
  b.d.bullets.push([
    `此外${carried.row} `,
    b.fact(carried, carried.row),
    `（不属本年${metricLabel(ref)}），${addsUp ? "与之相加即" : "表中另列"}${totalLabel} `,
    b.fact(total, totalLabel),
    "。",
  ]);
}
