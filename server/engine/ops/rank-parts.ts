import { METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import {
  BODIES_LIST_TABLE,
  OWN_LEVEL,
  PROJECT_TABLE,
  TOTAL_ROW,
} from "../../../ingest/domain/project-tables.js";
import { SUBORDINATES_ASKED } from "../lexicon/body-rows.js";
import { isCount } from "../counted-metrics.js";
import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference, factRatio, total } from "../calculator.js";
import { SHARE_OF, SUM_CUE } from "../question-cues.js";
import { POINTS_AT_RANKED } from "../lexicon/follow-up-cues.js";
import { rowsSaid } from "./largest-gaps.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { refKey, type MetricRef, type QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { plainTableTitle, type Want } from "../select-facts.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel, partsOf, scopeLabel } from "./labels.js";
import { projectStem } from "../metric-words.js";
import { sameName } from "../vocabulary.js";
import { PROJECT_SPENDING_KEY } from "../lexicon/project-list.js";
import { statedParts } from "./project-parts.js";

/** How many parts a ranking lists when the question does not say. */
const LISTED_AT_MOST = 10;

/** "…最大的是哪项？→ 它占<整体>多少": the first ranked item's share, asked by pointing at it. */
const sharePointedAt = (question: string) => POINTS_AT_RANKED.test(question) && SHARE_OF.test(question);

/** The project spending, whose parts are the named projects. */
export const PROJECTS: MetricRef = { type: "metric", key: PROJECT_SPENDING_KEY };
/** 经济分类 款 codes (30201): one digit more than a 类 (302) and its two-digit item. */
const ECONOMIC_ITEM_DIGITS = 5;

/**
 * The unit's rows of one classification at one code length (those whose code `under` accepts), as
 * the index lists them; `byCode` puts them in code order.
 */
export function unitRows(
  k: Knowledge,
  unit: string,
  scheme: "function" | "economic",
  digits: number,
  under: (code: string) => boolean = () => true,
  byCode = false,
): { type: "subject"; code: string; name: string }[] {
  const rows = k.subjects.flatMap((s) =>
    s.scheme === scheme && s.code?.length === digits && under(s.code) && s.units.includes(unit)
      ? [{ type: "subject" as const, code: s.code, name: s.name }]
      : [],
  );
  return byCode ? rows.sort((a, b) => a.code.localeCompare(b.code)) : rows;
}

/** 公用经费 → its 经济分类 items (30201 办公费, …) the unit lists. */
export function economicItemsIn(k: Knowledge, scope: Scope, ref: MetricRef): MetricRef[] {
  const items = ref.type === "metric" ? METRIC_BY_KEY.get(ref.key)?.economicItems : undefined;
  if (!items) return [];
  const ofItems = (code: string) => items.some((prefix) => code.startsWith(prefix));
  return unitRows(k, scope.unit, "economic", ECONOMIC_ITEM_DIGITS, ofItems, true);
}

/** The parts of a figure in one unit: the lexicon's parts, a subject's child codes, the named projects. */
export function partsIn(k: Knowledge, scope: Scope, ref: MetricRef): MetricRef[] {
  const parts = partsOf(ref);
  if (parts.length) return parts;
  if (ref.type === "subject" && ref.code) {
    const code = ref.code;
    return k.subjects
      .filter(
        (s) => s.code?.length === code.length + 2 && s.code.startsWith(code) && s.units.includes(scope.unit),
      )
      .map((s) => ({ type: "subject" as const, code: s.code, name: s.name }));
  }
  const items = economicItemsIn(k, scope, ref);
  if (items.length) return items;
  // A project's stated split ("其中甲N万，乙M万"): the parts its page lists (项目 / name / part).
  if (ref.type === "project") {
    const split = new Set(statedParts(k, scope, ref.name).map((f) => f.row));
    if (split.size) return [...split].map((name) => ({ type: "project" as const, name }));
  }
  // "<绩效目标>的项目里哪个钱最多": the projects of the tables the figure is made of.
  const tables = ref.type === "metric" ? METRIC_BY_KEY.get(ref.key)?.projectTables : undefined;
  if (tables) {
    const names = new Set(
      k
        .factsOf(scope.doc.docId)
        .flatMap((f) =>
          f.rowPath?.[0] === "项目" && f.rowPath.length === 2 && tables.test(f.tableTitle ?? "")
            ? [f.row]
            : [],
        ),
    );
    return [...names].map((name) => ({ type: "project" as const, name }));
  }
  if (refKey(ref) === refKey(PROJECTS)) {
    const projects = new Set(k.projects);
    const names = new Set(
      // Projects, not the parts of a project's stated split (项目 / name / part); and the rows of
      // the document's tables of projects ("项目支出表", a grid of targets) the vocabulary names so.
      k
        .factsOf(scope.doc.docId)
        .flatMap((f) =>
          (f.rowPath?.[0] === "项目" && f.rowPath.length === 2) || (!f.rowPath && listedProject(f, projects))
            ? [f.row]
            : [],
        ),
    );
    return [...names].map((name) => ({ type: "project" as const, name }));
  }
  return [];
}

/**
 * "哪个单位人最多": the counts the department's list of bodies states of each ("…核定编制N名，年末实有
 * M人"), as parts of the count asked; its own level left out when its subordinates are asked about.
 */
function bodyCounts(k: Knowledge, scope: Scope, ref: MetricRef, question: string) {
  if (ref.type !== "metric" || !isCount(ref)) return [];
  const subordinates = SUBORDINATES_ASKED.test(question);
  return k
    .factsOf(scope.doc.docId)
    .filter(
      (f) =>
        f.table === BODIES_LIST_TABLE && f.column === ref.key && !(subordinates && OWN_LEVEL.test(f.row)),
    )
    .map((fact) => ({ part: { type: "subject" as const, name: fact.row }, fact }));
}

/**
 * A row of a table that lists projects ("项目支出表", or a grid of projects naming the body carrying
 * each out) naming a project of the vocabulary: not a total, a body, or a row of another attachment.
 */
const listedProject = (fact: Fact, projects: Set<string>) =>
  !!fact.table &&
  !/^\d+$/.test(fact.table) &&
  projects.has(fact.row) &&
  (!!fact.body || PROJECT_TABLE.test(plainTableTitle(fact))) &&
  !TOTAL_ROW.test(fact.row);

/**
 * Each part's figure, each once: two names of one project ("某某" and "某某经费", or the narrative's
 * and the form's spelling of it) find the same fact, or the same amount under a name the other begins.
 */
export function partFigures(k: Knowledge, scope: Scope, parts: MetricRef[], want: Want) {
  const found: { part: MetricRef; fact: Fact }[] = [];
  for (const part of parts) {
    const fact: Fact | undefined = lookup(k, scope, part, want)[0];
    if (fact && !found.some((seen) => seen.fact.id === fact.id || sameProject(seen, { part, fact })))
      found.push({ part, fact });
  }
  return found;
}

function sameProject(a: { part: MetricRef; fact: Fact }, b: { part: MetricRef; fact: Fact }): boolean {
  if (a.part.type !== "project" || b.part.type !== "project") return false;
  return money(a.fact.value).eq(b.fact.value) && sameName(projectStem(a.part.name), projectStem(b.part.name));
}

/**
 * "哪个项目最多" of one unit: the figure's parts ranked, each cited; undefined when the figure has
 * no parts this unit lists (the caller then answers with the figure itself).
 */
export function rankPartsOp(k: Knowledge, plan: QueryPlan, scope: Scope): DraftBuilder | undefined {
  const ref = plan.metrics[0];
  const want = wantOf(plan, scope);
  let found = partFigures(k, scope, partsIn(k, scope, ref), want);
  // A count of the department's people: each body's, where its list of bodies states them.
  if (!found.length) found = bodyCounts(k, scope, ref, plan.question);
  // Projects explained one by one may be a few of many: the largest of those is not the largest.
  const listed =
    found.length >= 2 &&
    listsMostOf(
      k,
      scope,
      ref,
      want,
      found.map((x) => x.fact),
    );
  // Then the column's rows by functional class (款) rank where the money went.
  const byClass = listed ? [] : classFigures(k, scope, ref, want);
  if (!listed && byClass.length < 2) return undefined;
  if (!listed) found = byClass;
  // "除了<某项>，最大的是哪项": the parts named beside the whole are set aside, not ranked.
  const setAside = found.filter((x) => plan.metrics.slice(1).some((named) => sameRef(named, x.part)));
  if (setAside.length) found = found.filter((x) => !setAside.includes(x));
  if (!found.length) return undefined;
  const sign = plan.descending ? -1 : 1;
  found.sort((x, y) => sign * money(x.fact.value).comparedTo(y.fact.value));
  // "花得最少": what was spent least on, not the lines that spent nothing (said apart).
  const nil = plan.descending ? [] : found.filter((x) => money(x.fact.value).isZero());
  if (nil.length < found.length) found = found.filter((x) => !nil.includes(x));
  const b = new DraftBuilder();
  const label = metricLabel(ref, k);
  const top = found[0];
  b.d.headline = [
    `${scopeLabel(scope)}${label}中${plan.descending ? "最高" : "最低"}的是${metricLabel(top.part, k)}，为 `,
    b.fact(top.fact, metricLabel(top.part, k)),
    "。",
  ];
  // The rows asked ("最大的三项"), else the first ten; a long project list would otherwise be one
  // line per project.
  const said = rowsSaid(plan.question);
  const shown = found.slice(0, said ?? LISTED_AT_MOST);
  for (const { part, fact } of shown)
    b.d.bullets.push([`${metricLabel(part, k)}：`, b.fact(fact, metricLabel(part, k))]);
  if (!said && found.length > LISTED_AT_MOST) b.d.notes.push(["只列出前十项，其余从略。"]);
  if (nil.length && nil.length < found.length + nil.length)
    b.d.notes.push([
      `另有${nil.length}项为0（${nil.map((x) => metricLabel(x.part, k)).join("、")}），未计入排序。`,
    ]);
  // The first ranked against the part set aside ("…比<某项>少多少" may be asked in a clause of its own).
  const against = setAside[0];
  if (against) {
    const [topName, againstName] = [metricLabel(top.part, k), metricLabel(against.part, k)];
    const less = money(top.fact.value).lt(against.fact.value);
    const [larger, smaller] = less ? [against.fact, top.fact] : [top.fact, against.fact];
    const apart = difference(larger.value, smaller.value, top.fact.measure);
    b.d.bullets.push([
      `${topName}比${againstName}（`,
      b.fact(against.fact, againstName),
      `）${less ? "少" : "多"} `,
      b.computed(apart, `${topName}与${againstName}之差`, [larger, smaller]),
      "。",
    ]);
  }
  if (setAside.length)
    b.d.notes.push([`排序不含${setAside.map((x) => metricLabel(x.part, k)).join("、")}。`]);
  // "最大的三项…加起来多少": the rows listed, added.
  if (said && said > 1 && shown.length === said && SUM_CUE.test(plan.question))
    b.d.bullets.push(listedAdded(b, shown, `前${said}项合计`));
  // The whole ranked, and the first part's share of it.
  const whole = lookup(k, scope, ref, want)[0];
  const share = whole && money(top.fact.value).lte(whole.value) ? factRatio(top.fact, whole) : undefined;
  if (whole && share && sharePointedAt(plan.question))
    b.d.headline = [
      `${scopeLabel(scope)}${label}中${plan.descending ? "最高" : "最低"}的${metricLabel(top.part, k)}（`,
      b.fact(top.fact, metricLabel(top.part, k)),
      `）占${label}合计（`,
      b.fact(whole, label),
      "）的 ",
      b.computed(share, `${metricLabel(top.part, k)}占${label}比重`, [top.fact, whole]),
      "。",
    ];
  else if (whole && share)
    b.d.bullets.push([
      `${label}合计 `,
      b.fact(whole, label),
      `，${metricLabel(top.part, k)}占 `,
      b.computed(share, `${metricLabel(top.part, k)}占${label}比重`, [top.fact, whole]),
      "。",
    ]);
  if (!listed) b.d.notes.push([`文件未逐项列出全部项目，按功能分类各科目的${label}排序。`]);
  // Every project of the tables listed: their sum said beside the whole when it differs.
  const tally =
    whole && madeOfTables(ref) && !setAside.length ? partsAgainstWhole(b, found, whole, label) : undefined;
  if (tally && !tally.agrees) b.d.notes.push(tally.said);
  return b;
}

/**
 * "<绩效目标>表的项目资金合在一起，和正文的总数对得上吗": every project of the tables the figure is made
 * of, added with the formula and set against the figure the document states. Undefined unless
 * one such figure is asked of one document that lists its projects.
 */
export function tablePartsAddedOp(k: Knowledge, plan: QueryPlan, scope: Scope): DraftBuilder | undefined {
  const [ref] = plan.metrics;
  if (plan.metrics.length !== 1 || !madeOfTables(ref)) return undefined;
  const want = wantOf(plan, scope);
  const found = partFigures(k, scope, partsIn(k, scope, ref), want);
  const whole = lookup(k, scope, ref, want)[0];
  if (found.length < 2 || !whole) return undefined;
  const b = new DraftBuilder();
  const tally = partsAgainstWhole(b, found, whole, metricLabel(ref, k));
  if (!tally) return undefined;
  b.d.headline = [`${scopeLabel(scope)}所列`, ...tally.said];
  for (const { part, fact } of found)
    b.d.bullets.push([`${metricLabel(part, k)}：`, b.fact(fact, metricLabel(part, k))]);
  return b;
}

/** A figure whose parts are every project of some tables ("绩效目标项目资金"): they should add up to it. */
const madeOfTables = (ref: MetricRef) => ref.type === "metric" && !!METRIC_BY_KEY.get(ref.key)?.projectTables;

/**
 * "各项相加为 <和>，与文件所写合计 <整体> 相等 / 相差 <差>": the parts added with the formula and set
 * against the whole the document states, and whether they agree. Undefined when their measures differ.
 */
function partsAgainstWhole(
  b: DraftBuilder,
  parts: { fact: Fact }[],
  whole: Fact,
  label: string,
): { said: Segment[]; agrees: boolean } | undefined {
  if (parts.some((x) => x.fact.measure !== whole.measure)) return undefined;
  const facts = parts.map((x) => x.fact);
  const sum = total(
    facts.map((f) => f.value),
    whole.measure,
  );
  const added: Segment[] = ["各项相加为 ", b.computed(sum, `${label}各项之和`, facts), "，与文件所写合计 "];
  if (money(sum.value).eq(whole.value))
    return { said: [...added, b.fact(whole, label), " 相等。"], agrees: true };
  const gap = difference(sum.value, whole.value, whole.measure);
  const said: Segment[] = [
    ...added,
    b.fact(whole, label),
    " 相差 ",
    b.computed(gap, `${label}各项之和与合计之差`, [...facts, whole]),
    "（文件前后不一致，请以原文核对）。",
  ];
  return { said, agrees: false };
}

/** Spending columns whose rows by functional class show where they went. */
const CLASS_COLUMNS: Readonly<Record<string, string>> = { 项目支出: "项目支出", 基本支出: "基本支出" };
/** 功能分类 款 codes: a 类 (3 digits) and its two-digit 款. */
const FUNCTION_KUAN_DIGITS = 5;

/** 项目支出 → its column in each 款 row (or each 项 row under one 款) of the unit's functional classification. */
function classRowsOf(k: Knowledge, scope: Scope, ref: MetricRef, under?: string): MetricRef[] {
  const column = ref.type === "metric" ? CLASS_COLUMNS[ref.key] : undefined;
  if (!column) return [];
  const digits = under ? under.length + 2 : FUNCTION_KUAN_DIGITS;
  return unitRows(k, scope.unit, "function", digits, (code) => !under || code.startsWith(under)).map(
    (row) => ({ ...row, column }),
  );
}

/**
 * Where a spending column went, by functional class: its non-zero 款 rows; when all of it is in one
 * 款, that 款's 项 rows. Empty when the unit prints no such column.
 */
export function classFigures(k: Knowledge, scope: Scope, ref: MetricRef, want: Want) {
  const nonZero = (rows: ReturnType<typeof partFigures>) =>
    rows.filter((row) => !money(row.fact.value).isZero());
  const kuan = nonZero(partFigures(k, scope, classRowsOf(k, scope, ref), want));
  const only = kuan.length === 1 && kuan[0].part.type === "subject" ? kuan[0].part.code : undefined;
  const xiang = only ? nonZero(partFigures(k, scope, classRowsOf(k, scope, ref, only), want)) : [];
  return xiang.length >= 2 ? xiang : kuan;
}

/** Listed parts are most (≥ 90 %) of the whole, or the whole is not stated (projects only). */
export function listsMostOf(k: Knowledge, scope: Scope, ref: MetricRef, want: Want, parts: Fact[]): boolean {
  if (JSON.stringify(ref) !== JSON.stringify(PROJECTS)) return true;
  const whole = lookup(k, scope, ref, want)[0];
  if (!whole) return true;
  const sum = parts.reduce((t, f) => t.plus(f.value), money(0));
  return sum.gte(money(whole.value).times("0.9"));
}

/** One row or figure, named with or without its code. */
function sameRef(named: MetricRef, part: MetricRef): boolean {
  if (named.type === "subject" && part.type === "subject")
    return (!!named.code && named.code === part.code) || (!named.code && named.name === part.name);
  return refKey(named) === refKey(part);
}

/** "以上所列各项合计 <sum>": the parts a list shows, added with the formula. */
export function listedAdded(b: DraftBuilder, listed: { fact: Fact }[], label: string): Segment[] {
  const facts = listed.map((x) => x.fact);
  const sum = total(
    facts.map((f) => f.value),
    facts[0].measure,
  );
  return ["以上所列各项合计 ", b.computed(sum, label, facts), "。"];
}
