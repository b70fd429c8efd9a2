import { escapeRegExp } from "../../lib/escape-regexp.js";
import { FUNCTION_CLASSES, FUNCTION_SECTIONS } from "../../ingest/domain/function-classes.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import type { AskedScope } from "./asked-scope.js";
import type { FoundMetrics } from "./find-metrics.js";
import type { Knowledge } from "./knowledge.js";
import { metricLabel, parentOf } from "./ops/labels.js";
import { refKey, type MetricRef } from "./plan-schema.js";
import { MIN_COVER } from "./vocabulary.js";
import { headsProjectList, namesPartsOf } from "./part-words.js";
import { isScore } from "./ops/quote-fact.js";
import { syllables } from "./unit-pinyin.js";
import { REMAINDER_WORD } from "./question-cues.js";
import { BUDGET_TOTAL_KEY, INCOME_TOTAL_KEY } from "./lexicon/total-kin.js";
import { PROJECT_SPENDING_KEY } from "./lexicon/project-list.js";
import { GENERIC_ROW_WORDS } from "./lexicon/question-words.js";
import { placeWordsOf } from "../../ingest/units/derive-aliases.js";

/** Below this the answer names what it found closest instead of answering with it. */
export const CONFIDENCE_FLOOR = 0.6;
/** A word read through the thesaurus or a unit name read through a typo. */
export const READING_DOUBT = 0.9;
/** A word of the question that names nothing the index has. */
export const QUALIFIER_DOUBT = 0.5;

/** A row of spending named after the income that funds it ("国有土地使用权出让收入安排的支出"). */
const FUNDED_TAIL = /^安排的?(?:支出)?/;
const fundedBy = (word: string, name: string | undefined) =>
  !!name && name.includes(word) && FUNDED_TAIL.test(name.slice(name.indexOf(word) + word.length));
/** A row named after an income ("<某>使用权出让收入安排的支出"), which a shorter name may call. */
const FUNDED_BY_INCOME = /收入安排的?支出$/;
/**
 * "<某>出让收入能收多少": an income said by a shorter name than the row's own, and not followed by
 * what it funds ("…收入安排的钱"), asks the revenue, which no row of spending is.
 */
const incomeAsked = (word: string, name: string | undefined, question: string) =>
  !!name &&
  word.endsWith("收入") &&
  FUNDED_BY_INCOME.test(name) &&
  !new RegExp(`${escapeRegExp(word)}(?:安排|支出|用|花)`).test(question);

export interface Subject {
  refs: MetricRef[];
  qualifiers: string[];
  readings: string[];
  confidence: number;
  /** The question names parts of a figure it names ("采购一共多少，工程和货物各是多少"): its breakdown. */
  partsNamed?: boolean;
  /** Those parts, where the question lists them by the words the index knows ("采购里货物和工程"). */
  namedParts?: MetricRef[];
}

const GENERIC_PROJECTS: MetricRef = { type: "metric", key: "项目支出" };
/** The year's income, which a kind of income is a part of. */
const INCOME_TOTAL = { type: "metric", key: INCOME_TOTAL_KEY } as const;
const incomeOfTheYear = (ref: MetricRef) => refKey(parentOf(ref) ?? ref) === refKey(INCOME_TOTAL);

/** What ends a body's name said right after words ("<…>所", "<…>站", "<…>中心"). */
const BODY_ENDING = "(?:所|站|中心|院|馆|队|分局|办事处)(?![得以有])";

/** Whether the words are said as a body's name: followed by a body's ending. */
const namesBody = (word: string, question: string) =>
  new RegExp(`${escapeRegExp(word)}${BODY_ENDING}`).test(question);

function reading(asked: string, refs: MetricRef | MetricRef[], k: Knowledge): string {
  const labels = [refs].flat().map((ref) => `“${metricLabel(ref, k)}”`);
  return `“${asked}”按${labels.join("和")}理解`;
}

/**
 * What the question is about, scored against the index's vocabulary. Exact names and thesaurus
 * readings come from the metric finder; a leftover phrase may still name a subject or project
 * partly ("档案数字化" → a project of that name); whatever names nothing stays a qualifier and
 * halves the confidence, so a neighbouring figure is not given for it.
 */
/** Pinyin-like: lower case with vowels, four letters or more (acronyms such as PPP stay qualifiers). */
const ROMANISED = /^(?=[a-z]{4,}$)[b-df-hj-np-tv-z]*[aeiouv][a-z]*$/;

/** Two or more Chinese characters, not in the unit's name, spelled as a run of its name's pinyin. */
function soundsWithin(word: string, unit: string): boolean {
  if (!/^[\u4e00-\u9fa5]{2,4}$/.test(word) || unit.includes(word)) return false;
  const asked = syllables(word).join(" ");
  return ` ${syllables(unit).join(" ")} `.includes(` ${asked} `);
}

/** A place's two initials typed before a unit's name ("sh" for 上海; three letters are an acronym, PPP). */
const INITIALS = /^[a-z]{2}$/;

/** People a payment is named after ("离休干部" of 离休费): who receives it, said again. */
const RECIPIENTS = /^(.{2})(?:干部|人员|职工|同志)$/;

/** "给<离休干部>的<离休费>": the word names the people the figure's own name says it pays. */
function paidTo(word: string, refs: MetricRef[]): boolean {
  const stem = RECIPIENTS.exec(word)?.[1];
  return (
    !!stem &&
    refs.some((ref) => {
      const name = ref.type === "metric" ? ref.key : (ref.name ?? "");
      return name.startsWith(stem) && name.endsWith("费");
    })
  );
}

export function readSubject(
  k: Knowledge,
  matched: FoundMetrics,
  asked: AskedScope,
  units: string[],
  /**
   * The question takes a figure off another ("除去<甲>，<乙>多少"): a bare word beside the one named
   * is the whole; asked of what remains ("不算<甲>，其余几类一共") with no whole named, the total.
   */
  excluding?: "named" | "remainder",
  /** The question as asked: what follows a word says what it names. */
  question = "",
): Subject {
  let refs = matched.refs;
  // "水电费" → 水费 and 电费: one word read as several rows is one reading naming them all.
  const byWord = new Map<string, MetricRef[]>();
  for (const r of matched.readings) byWord.set(r.asked, [...(byWord.get(r.asked) ?? []), r.as]);
  const readings = [...byWord].map(([asked, refs]) => reading(asked, refs, k));
  let confidence = READING_DOUBT ** readings.length;
  // A word read as a name the index resolved it to: said, and doubted by how much of it matched.
  const readAs = (word: string, best: { ref: MetricRef; cover: number }) => {
    readings.push(reading(word, best.ref, k));
    confidence *= best.cover === 1 ? READING_DOUBT : best.cover;
  };
  const qualifiers: string[] = [];
  let partsNamed = false;
  // Same-named rows read (行政运行 under two 款): a word may say which.
  let twinOf = twinNamer(k, refs, units);
  for (const word of asked.qualifiers) {
    // "<项>（<某款>那部分）": the word names the class of one of two same-named rows.
    const twin = twinOf?.(word);
    if (twin) {
      refs = twin;
      twinOf = twinNamer(k, refs, units);
      continue;
    }
    // A romanised word left over beside a named unit ("zhujing 驻京办…") spells a name the
    // Chinese already gives; the tables' labels are Chinese, so it can qualify nothing.
    if (units.length && (ROMANISED.test(word) || INITIALS.test(word))) continue;
    // A word sounding like part of a named unit's name ("天圆" for 天元 in voice input) mistypes it.
    const soundsLike = units.find((unit) => soundsWithin(word, unit));
    if (soundsLike) {
      readings.push(`“${word}”按单位名称“${soundsLike}”中的同音字理解`);
      continue;
    }
    // "刨掉<某项>，其他项目一共": the words name what remains, the figure less the one taken off.
    if (excluding && REMAINDER_WORD.test(word)) continue;
    if (headsProjectList(word, refs)) continue;
    if (paidTo(word, refs)) continue;
    if (namesPartsOf(word, refs)) {
      partsNamed = true;
      continue;
    }
    // "某某项目", "某某经费": the name without its generic tail is what the index lists.
    const term = word.replace(/(项目|专项|经费|资金|支出|费用)+$/, "") || word;
    // (…or the whole word, when the name without its tail is too short to be read: "科创专项".)
    const best =
      k.vocabulary.resolve(term, { units })[0] ??
      (term !== word ? k.vocabulary.resolve(word, { units })[0] : undefined);
    // A project named more fully than the words matched ("某某" + "专项" → "某某某某专项资金").
    const refines =
      best?.ref.type === "project" &&
      refs.every((r) => r.type === "project" || refKey(r) === refKey(GENERIC_PROJECTS));
    // "<某项目>打了多少分": the score of the project read from the words.
    const scored = best?.ref.type === "project" && refs.length > 0 && refs.every(isScore);
    // "<某收入>能收多少": an income is no row of the spending it funds ("<某收入>安排的支出").
    const income = best?.ref.type === "subject" && incomeAsked(word, best.ref.name, question);
    // "<某镇><某事务>所花了多少": the words with a body's ending after them name a body, not a row.
    const bodyNamed = best?.ref.type === "subject" && namesBody(word, question);
    if (best && best.cover >= MIN_COVER && (!refs.length || refines || scored) && !income && !bodyNamed) {
      // Another project's name (a part of the named project's split, "某专项…某部分"): asked beside it.
      refs = besideNamedProject(refs, best.ref) || scored ? [...refs, best.ref] : [best.ref];
      readAs(word, best);
      continue;
    }
    // "教育系统的<某费>": the sector a body of the index is named for, no qualifier of the figure;
    // "上海普陀的司法局": nor the place the named unit's name opens with.
    if (sectorOfUnit(k, word) || units.some((unit) => placeWordsOf(unit).includes(word))) continue;
    qualifiers.push(word);
    confidence *= QUALIFIER_DOUBT;
  }
  // A name of the index may be a 款's too ("<款名><项名>"): it says which same-named row.
  twinOf = twinNamer(k, refs, units);
  for (const word of twinOf ? asked.known : []) {
    const twin = twinOf?.(word);
    if (twin) [refs, twinOf] = [twin, twinNamer(k, twin, units)];
  }
  // No figure named exactly and nothing unknown: the best name for each known word ("收入" → 收入合计).
  // …and beside the one figure taken off another, the word naming what it is taken off.
  // (One name read as two refs, with and without its code, is one figure.)
  const nameOf = (ref: MetricRef) =>
    ref.type === "metric" ? ref.key : ref.type === "subject" ? (ref.name ?? ref.code) : ref.name;
  const wholeLeft = !!excluding && new Set(refs.map(nameOf)).size === 1;
  // "<某工程的名称，说得不全>那个项目": a row's name matched inside the words of a project the index
  // lists by a longer name that holds it is that project, not the row.
  const project = projectAround(k, refs, asked.known, units);
  if (project) {
    refs = [project.best.ref];
    readAs(project.word, project.best);
  }
  // "<行名><其余几个字>项目" ("老旧小区改造提升项目" of "<某城区>老旧小区改造提升"): the row's name and the
  // word after it, read together, name one project; the word is no qualifier then.
  const across = project ? undefined : projectAcrossWord(k, refs, qualifiers);
  if (across) {
    refs = [{ type: "project", name: across.name }];
    qualifiers.splice(qualifiers.indexOf(across.word), 1);
    confidence /= QUALIFIER_DOUBT;
    readings.push(reading(across.said, refs[0]!, k));
  }
  const known: MetricRef[] = [];
  for (const word of (refs.length && !wholeLeft) || qualifiers.length ? [] : asked.known) {
    const candidates = k.vocabulary.resolve(word, { units });
    const best = candidates[0];
    if (!best || best.cover < MIN_COVER || known.some((r) => refKey(r) === refKey(best.ref))) continue;
    // A word several projects' names open with ("福彩公益金" of "福彩公益金资助养老…" and
    // "福彩公益金资助儿童…") names none of them.
    if (sharedByProjects(word, candidates)) continue;
    // A general word inside a longer row name ("设备" in 办公设备购置) does not name that row; the
    // name's own opening words do ("<某费>那块" for "<某费>安排的支出").
    const opening = word.length >= 4 && !!nameOf(best.ref)?.startsWith(word);
    if (best.ref.type === "subject" && word.length < (best.ref.name?.length ?? 0) / 2 && !opening) continue;
    // "评了哪些专项", "那个事业单位": a word for any fund or body names no row of its own.
    if (GENERIC_ROW_WORDS.has(word) && nameOf(best.ref) !== word) continue;
    // "<某收入>能收多少": an income is no row of the spending it funds ("<某收入>安排的支出").
    if (fundedBy(word, nameOf(best.ref))) continue;
    known.push(best.ref);
    readAs(word, best);
  }
  // "收入、三公、<某费>分别…": a known word listed beside named figures is a figure of the list,
  // in the order the question lists them.
  const placed = refs.map((ref, i) => ({ ref, at: matched.spans[i]?.[0] ?? -1 }));
  const namedParts: MetricRef[] = [];
  for (const { word, at } of refs.length && !qualifiers.length && !known.length ? asked.listed : []) {
    const best = k.vocabulary.resolve(word, { units })[0];
    if (!best || best.ref.type === "project" || best.cover < MIN_COVER) continue;
    // (A part of a figure named is that figure's breakdown: "采购里，货物、工程、服务各多少".)
    const parent = parentOf(best.ref);
    const ofNamed = !!parent && placed.some(({ ref }) => refKey(ref) === refKey(parent));
    if (ofNamed && !namedParts.some((ref) => refKey(ref) === refKey(best.ref))) namedParts.push(best.ref);
    if (ofNamed || placed.some(({ ref }) => refKey(ref) === refKey(best.ref))) continue;
    placed.push({ ref: best.ref, at });
    readAs(word, best);
  }
  // "采购里货物和工程": words the index knows naming parts of the one figure named, however joined.
  for (const word of refs.length === 1 ? asked.known : []) {
    const best = k.vocabulary.resolve(word, { units })[0];
    const parent = best && best.cover >= MIN_COVER ? parentOf(best.ref) : undefined;
    if (!parent || refKey(parent) !== refKey(refs[0])) continue;
    if (!namedParts.some((ref) => refKey(ref) === refKey(best.ref))) namedParts.push(best.ref);
  }
  // (Where each named figure was said is known only for the matcher's own list.)
  const inOrder = refs === matched.refs && matched.spans.length === refs.length;
  if (placed.length > refs.length)
    refs = inOrder
      ? placed.sort((a, b) => a.at - b.at).map(({ ref }) => ref)
      : [...placed.slice(refs.length).map(({ ref }) => ref), ...refs];
  if (known.length) refs = wholeLeft ? [...known, ...refs] : known;
  else if (wholeLeft && excluding === "named" && !qualifiers.length && incomeOfTheYear(refs[0]!)) {
    // "除了财政拨款，还有多少钱": a kind of income taken off with no whole named is taken off the year's income.
    refs = [INCOME_TOTAL, ...refs];
    readings.push(`未指明从哪项中扣除，按${INCOME_TOTAL.key}减去所列收入理解`);
  } else if (wholeLeft && excluding === "remainder" && !qualifiers.length) {
    // Nothing names the whole: a project is taken off the project spending, anything else off the total.
    const whole = refs[0].type === "project" ? PROJECT_SPENDING_KEY : BUDGET_TOTAL_KEY;
    refs = [{ type: "metric", key: whole }, ...refs];
    readings.push(`未指明从哪项中扣除，按${whole}减去所列项目理解`);
  }
  // "<某项目>执行得怎么样，打了多少分": a known word naming a project says whose score.
  else if (refs.length && refs.every(isScore) && !refs.some((r) => r.type === "project"))
    for (const word of asked.known) {
      const best = k.vocabulary.resolve(word, { units })[0];
      if (best?.ref.type !== "project" || best.cover < MIN_COVER) continue;
      // "今年工作打几分": a general word inside a longer project name is the unit's own work.
      if (word.length < best.ref.name.length / 2) continue;
      refs = [...refs, best.ref];
      readings.push(reading(word, best.ref, k));
      break;
    }
  return {
    refs,
    qualifiers,
    readings,
    confidence,
    ...(partsNamed ? { partsNamed } : {}),
    ...(namedParts.length ? { namedParts } : {}),
  };
}

/** "<某>系统" ("教育系统", "司法系统"): the sector of a body the index has, named for it. */
const SECTOR = /^([\u4e00-\u9fa5]{2,4})(?:系统|战线)$/;
function sectorOfUnit(k: Knowledge, word: string): boolean {
  const stem = SECTOR.exec(word)?.[1];
  return !!stem && k.publishingUnits.some((unit) => unit.includes(stem));
}

/** The names of a subject's 款 and 类 (its code's first five and three digits): the index's and the standard's. */
const CLASS_NAMES = new WeakMap<readonly unknown[], Map<string, string[]>>();
function classNames(k: Knowledge, code: string): string[] {
  let byCode = CLASS_NAMES.get(k.subjects);
  if (!byCode) CLASS_NAMES.set(k.subjects, (byCode = new Map()));
  let names = byCode.get(code);
  if (!names) {
    const prefixes = [code.slice(0, 5), code.slice(0, 3)].filter((prefix) => prefix.length < code.length);
    const named = [
      ...k.subjects,
      ...FUNCTION_SECTIONS,
      ...FUNCTION_CLASSES.map((c) => ({ code: c.code, name: c.names[0]! })),
    ];
    names = named.filter((s) => s.code && prefixes.includes(s.code)).map((s) => matchKey(s.name));
    byCode.set(code, names);
  }
  return names;
}

/** Subject names printed under two codes or more, with their subjects (one map per index). */
const TWINS = new WeakMap<readonly unknown[], Map<string, Knowledge["subjects"]>>();
function namesUnderCodes(k: Knowledge): Map<string, Knowledge["subjects"]> {
  let twins = TWINS.get(k.subjects);
  if (!twins) {
    const byName = new Map<string, Knowledge["subjects"]>();
    for (const s of k.subjects) if (s.code) byName.set(s.name, [...(byName.get(s.name) ?? []), s]);
    twins = new Map([...byName].filter(([, subjects]) => subjects.length > 1));
    TWINS.set(k.subjects, twins);
  }
  return twins;
}

/**
 * Rows of one name under several codes (行政运行 2012601, 2013101: the ones the question read, or
 * the index's for its units), and for a word the rows narrowed to those whose 款 or 类 it names;
 * undefined when it names none or all of them. The rows are gathered once for all the words;
 * no namer when no row read has a twin for these units.
 */
export function twinNamer(
  k: Knowledge,
  refs: MetricRef[],
  units: string[],
): ((word: string) => MetricRef[] | undefined) | undefined {
  const twinned = namesUnderCodes(k);
  const groups = refs.flatMap((ref) => {
    if (ref.type !== "subject" || !ref.code || !ref.name) return [];
    const twins = (twinned.get(ref.name) ?? []).filter(
      (s) =>
        s.code?.length === ref.code!.length &&
        (!units.length || s.units.some((unit) => units.includes(unit))),
    );
    return twins.length > 1
      ? [{ name: ref.name, twins: twins.map((s) => ({ subject: s, classes: classNames(k, s.code!) })) }]
      : [];
  });
  if (!groups.length) return undefined;
  return (word) => {
    const key = matchKey(word);
    if (key.length < 2) return undefined;
    for (const { name, twins } of groups) {
      const named = twins.filter((t) => t.classes.some((n) => n.includes(key))).map((t) => t.subject);
      if (!named.length || named.length === twins.length) continue;
      const codes = new Set(twins.map((t) => t.subject.code));
      const others = refs.filter((r) => r.type !== "subject" || !codes.has(r.code) || r.name !== name);
      return [...others, ...named.map((s): MetricRef => ({ type: "subject", code: s.code, name: s.name }))];
    }
    return undefined;
  };
}

/** A project read from other words than the projects already named, and no fuller name of one. */
function besideNamedProject(refs: MetricRef[], read: MetricRef): boolean {
  if (read.type !== "project") return false;
  const named = refs.flatMap((r) => (r.type === "project" ? [r.name] : []));
  return named.length > 0 && named.every((name) => !read.name.includes(name) && !name.includes(read.name));
}

/**
 * The one subject matched ("文物保护") lies inside the name of a project another word of the
 * question resolves to ("大运河济宁" → "大运河（济宁段）文物保护与考古调查"): that project is asked.
 */
function projectAround(
  k: Knowledge,
  refs: MetricRef[],
  knownWords: readonly string[],
  units: string[],
): { word: string; best: { ref: MetricRef; cover: number } } | undefined {
  const [row] = refs;
  if (refs.length !== 1 || row.type !== "subject" || !row.name) return undefined;
  for (const word of knownWords) {
    if (word.length < MIN_PROJECT_WORD) continue;
    const best = k.vocabulary.resolve(word, { units })[0];
    if (best?.ref.type === "project" && best.cover >= MIN_COVER && best.ref.name.includes(row.name))
      return { word, best };
  }
  return undefined;
}

/** A generic tail after a project's own words ("…提升项目", "…专项经费"). */
const PROJECT_TAIL = /(?:项目|专项|经费|资金|工程)+$/;

/**
 * A row's name followed in the question by a word no name holds ("老旧小区改造" + "提升项目"): the one
 * project whose name holds both together, if exactly one does.
 */
function projectAcrossWord(
  k: Knowledge,
  refs: MetricRef[],
  qualifiers: string[],
): { name: string; word: string; said: string } | undefined {
  const [row] = refs;
  if (refs.length !== 1 || row.type !== "subject" || !row.name) return undefined;
  for (const word of qualifiers) {
    const stem = word.replace(PROJECT_TAIL, "");
    if (!stem || stem === word) continue;
    const said = row.name + stem;
    const names = k.projects.filter((name) => name.includes(said));
    if (names.length === 1) return { name: names[0]!, word, said: said + word.slice(stem.length) };
  }
  return undefined;
}

/** The shortest words read as part of a project's longer name. */
const MIN_PROJECT_WORD = 4;

/**
 * Two or more projects' names open with the word (a family named by what funds them: "福彩公益金资助
 * 养老…", "福彩公益金资助儿童…"), and not as one project's names do ("市长热线" and "市长热线专项" are one
 * project, named with and without its tail). (Names ending alike, "第一季度用款计划" …, are the
 * parts of one project's split, asked together.)
 */
function sharedByProjects(word: string, candidates: { ref: MetricRef; cover: number }[]): boolean {
  const names = candidates.flatMap((c) =>
    c.ref.type === "project" && c.ref.name.startsWith(word) ? [c.ref.name] : [],
  );
  const apart = names.some((a) => names.some((b) => !a.includes(b) && !b.includes(a)));
  return apart && candidates[0].ref.type === "project";
}
