import { tagged } from "../../ingest/index/tokenize.js";
import { ORGAN_NAMED, QUESTION_WORDS } from "./lexicon/question-words.js";
import { QUOTED_SENTENCE_ASKED, QUOTED_TEXT } from "./lexicon/quoted-sentence.js";
import {
  ASKING,
  LIST_COUNTED,
  PURPOSE_PREFACE,
  STORY_PREFACE,
  REMARK,
  ONE_DESCRIBED,
  SELF_INTRODUCED,
  WRITING_PREFACE,
  SOURCE_ASIDE,
  TURN_TO_QUESTION,
  WORDING_ASKED,
} from "./lexicon/told-context.js";
import { AVERAGED, PER_UNITS, SCOPE_ATTRIBUTES, type PerUnit } from "./lexicon/scope-attributes.js";
import { CUE_PATTERNS } from "./question-cues.js";
import { DOES_WHAT } from "./lexicon/project-aspects.js";
import { ALL_FUNDS_ASKED, SOURCES_COMPARED, TABLE_NAMED } from "./lexicon/named-tables.js";
import { BODIES_OF_KIND_ASKED, WHOLE_DEPARTMENT_SAID } from "./lexicon/body-rows.js";
import { ADJUSTMENT_ASKED } from "./lexicon/budget-adjustment.js";
import type { Vocabulary } from "./vocabulary.js";
import type { MetricRef } from "./plan-schema.js";
import { METRIC_BY_KEY } from "../../ingest/domain/metrics.js";

/** Bodies of a kind counted to be added, wherever they are said. */
const BODIES_OF_KIND = new RegExp(BODIES_OF_KIND_ASKED.source, "g");

/** Parts of speech that never say what a figure is about: numerals, time, places, particles, pronouns. */
const FRAME_TAG = /^(m|mq|q|t|tg|x|u[a-z]*|p|y|r|rr|rz|d|c|e|o|zg|f|ns)$/;
/** Nouns of cost or rate that make a verb phrase name a figure ("加油" + "费", "办结" + "率"). */
const FEE_NOUN = /[费金款率]$/;
/** Tags that end a phrase: particles, prepositions, conjunctions, punctuation. */
const BREAK_TAG = /^(x|u[a-z]*|p|y|c)$/;

/** Cue words, compiled once, masked wherever they occur. */
const CUES = new RegExp(CUE_PATTERNS.map((re) => re.source).join("|"), "g");
/** Question words of three or more characters are masked wherever they occur, not only as jieba's tokens. */
const LONG_QUESTION_WORDS = new RegExp(
  [...QUESTION_WORDS]
    .filter((w) => w.length >= 3)
    .sort((a, b) => b.length - a.length)
    .join("|"),
  "g",
);

/** The bodies asked, counted again after their names ("两所学校", "这两个单位", "三家医院"). */
const BODIES_COUNTED =
  /(?:这|那)?[两二三四五六七八九十\d]+(?:所|个|家|座)(?:学校|单位|中学|小学|高中|初中|医院|中心|部门|机构)/g;

/** "支持什么": what money does, asked; no name. */
const DOES_WHAT_ANYWHERE = new RegExp(DOES_WHAT.source, "g");

/** A whole asked source by source ("各来源多少", "按来源分", "分哪些来源"). */
const BY_SOURCE_ASKED = /(?:各|按|分|哪些|哪几个?|哪几种)(?:个|种|项)?(?:收入|资金|经费)?来源/g;

/** What a question asks beyond its unit, year and figures. */
export interface AskedScope {
  /** Keys of SCOPE_ATTRIBUTES the question asks for (person, period, vendor …). */
  attributes: string[];
  /** Key of PER_UNITS ("人均", "每辆"). */
  perUnit?: string;
  /** Words that name something no figure, subject, project or unit of the index is called. */
  qualifiers: string[];
  /** Content words some name of the index contains (what to resolve when no figure matched). */
  known: string[];
  /**
   * Known words that stand as an item of a list beside named figures ("收入、三公、<某费>"): each a
   * figure of its own, resolved even though others are named.
   */
  listed: { word: string; at: number }[];
}

/** A word between a list's 顿号 and another item or the end of the list ("，收入、三公、…"). */
const LISTED_ITEM = (word: string) =>
  new RegExp(`(?:^|[、，,：:])${word}、|、${word}(?:[、，,和及与]|分别|各|$)`);

function maskWords(text: string, words: readonly string[]): string {
  let out = text;
  for (const w of [...words].sort((a, b) => b.length - a.length))
    out = out.split(w).join("〇".repeat(w.length));
  return out;
}

type Tagged = { word: string; tag: string };

/**
 * The phrases of one run of words that no name of the index contains: consecutive content
 * words (not question words, particles or punctuation), kept whole ("某某城市") and trimmed of
 * single-character frame words (numerals, pronouns) at their ends.
 */
/** Characters that join two names ("甲加乙", "甲和乙") or a name to a time ("…基金到<年>年底"). */
const JOINER = /^[加和与及跟同并到至]$/;

function phrasesOf(vocabulary: Vocabulary, run: string): { phrase: string; known: boolean }[] {
  const tokens = tagged(run);
  const joins = (t: Tagged) => !QUESTION_WORDS.has(t.word) && !BREAK_TAG.test(t.tag);
  const content = (t: Tagged) => joins(t) && !FRAME_TAG.test(t.tag) && [...t.word].length >= 2;
  const out: { phrase: string; known: boolean }[] = [];
  let group: Tagged[] = [];
  const close = () => {
    // "…2.71万加商务接待…": a joining character at either end ("加", "和") is no part of the name.
    const edge = (t: Tagged) => [...t.word].length < 2 && (FRAME_TAG.test(t.tag) || JOINER.test(t.word));
    while (group.length && edge(group[0])) group.shift();
    while (group.length && edge(group[group.length - 1])) group.pop();
    const phrase = group.map((t) => t.word).join("");
    const known = group.some(content) && vocabulary.knows(phrase);
    // Verbs alone ("没花完", "有没有") say what happened, not what figure: no qualifier.
    // …unless a fee noun ends them ("加油费", "停车费"): that names a cost.
    const naming =
      group.some((t) => content(t) && (!t.tag.startsWith("v") || t.tag === "vn")) ||
      (group.some(content) && FEE_NOUN.test(phrase));
    if (known || naming) out.push({ phrase, known });
    group = [];
  };
  for (const t of tokens) {
    if (joins(t)) group.push(t);
    else close();
  }
  close();
  return out;
}

/** "人均", "每辆车": which count an amount is divided by; the words masked (they name no figure). */
export function perUnitOf(text: string, unitCount = 1): { perUnit?: PerUnit; masked: string } {
  // "一辆车…多少" is an average when "平均" says so, or when the asker states how many there are ("3辆…").
  const averaged = AVERAGED.test(text) || SEVERAL_STATED.test(text);
  const wordsOf = (p: PerUnit) => [...p.words, ...(averaged ? (p.averagedWords ?? []) : [])];
  // (Several units asked "平均每个": the mean of their figures, not one amount over a count.)
  const asksPer = (p: PerUnit) => !p.unless?.test(text) && (!p.oneUnitOnly || unitCount <= 1);
  const perUnit = PER_UNITS.find((p) => asksPer(p) && wordsOf(p).some((w) => text.includes(w)));
  if (!perUnit) return { masked: text };
  // "那3台车，每台车…", "176人次花了…": a count the asker states is what divides, no figure's name.
  const masked = maskWords(text, wordsOf(perUnit)).replace(STATED_COUNT, (m) => "〇".repeat(m.length));
  const clipped = perUnit.clippedAmount;
  return { perUnit, masked: clipped ? masked.replace(clipped.words, clipped.amount) : masked };
}

/** Several things the asker counts ("3辆", "两台"): "一辆车" is then one of them. */
const SEVERAL_STATED = /(?:(?<![\d.])(?:[2-9]|\d{2,})|[两二三四五六七八九十])\s*(?:辆|台)/;

/** A count written in the question ("3台车", "两辆车", "176人次"). */
const STATED_COUNT =
  /(?:\d+|[一二两三四五六七八九十百]+)\s*(?:辆|台|人次|批次|批|名|位|个人|人)(?:车|公车|公务车|公务用车)?/g;

/** "这一款", "这项", "那一类", "该科目": words pointing at a row of the tables. */
const ROW_POINTED = /(?:这|那|该)一?(?:项|款|类|科目)(?!目|支出)/g;

/**
 * Attributes, per-unit words and unexplained qualifiers of a question whose unit names, table
 * names and matched figures are already masked. Question cues (operations, bases, years) and the
 * question words of the lexicon are not qualifiers; what remains and is no name of the index is.
 */
export function askedScope(
  vocabulary: Vocabulary,
  masked: string,
  /** How many units the question is about (named, or carried from the conversation). */
  unitCount: number,
  /** The question as typed, for attributes matched with their context words. */
  question = masked,
): AskedScope {
  let rest = masked.toLowerCase();
  // "全市" beside a unit names its place, unless a share of the whole region is asked ("占全市").
  const ofRegion = (w: string) => unitCount === 0 || new RegExp(`占.{0,2}${w}`).test(rest);
  const attributes = SCOPE_ATTRIBUTES.filter(
    (a) =>
      (!a.oneUnitOnly || unitCount <= 1) &&
      !a.unless?.test(question) &&
      (a.words.some((w) => rest.includes(w) && (!a.withoutUnit || ofRegion(w))) ||
        !!a.pattern?.test(rest) ||
        !!a.inQuestion?.test(question)),
  );
  for (const a of attributes) {
    rest = maskWords(rest, a.words);
    if (a.pattern) rest = rest.replace(new RegExp(a.pattern.source, "g"), (m) => "〇".repeat(m.length));
  }
  const { perUnit, masked: unmeasured } = perUnitOf(rest, unitCount);
  rest = unmeasured;
  const mask = (m: string) => "〇".repeat(m.length);
  // "三个<某类单位>加起来": the bodies of a kind whose rows are added, no qualifier of the figure
  // (found in the question as typed: its count may be masked already).
  if (rest.length === question.length)
    for (const m of question.matchAll(BODIES_OF_KIND))
      rest = rest.slice(0, m.index) + mask(m[0]) + rest.slice(m.index + m[0].length);
  rest = withoutToldContext(
    rest
      // "收入支出决算总表": a table named is where to read, no qualifier of the figure (masked before
      // the cue words inside its name, 决算 or 预算, break it up).
      .replace(TABLE_NAMED, mask)
      .replace(SOURCES_COMPARED, mask)
      // "把单位资金也算进去": which funds to count, no qualifier of the figure.
      .replace(new RegExp(ALL_FUNDS_ASKED.source, "g"), mask)
      // "各来源多少", "按来源分": a whole asked by its sources, no qualifier (the origin of one item,
      // "是什么来源", stays one).
      .replace(BY_SOURCE_ASKED, mask)
      // "在全局收入里占多少": the department as a whole, no qualifier of the figure.
      .replace(WHOLE_DEPARTMENT_SAID, mask)
      // "年中调减了多少": the budget's adjustment, no qualifier of the figure.
      .replace(new RegExp(ADJUSTMENT_ASKED.source, "g"), mask)
      // "<某科目>这一款", "这项": words pointing at the row just named, no qualifier of it.
      .replace(ROW_POINTED, mask)
      .replace(ORGAN_NAMED, mask)
      .replace(LIST_COUNTED, mask)
      .replace(WORDING_ASKED, mask)
      .replace(CUES, mask)
      .replace(LONG_QUESTION_WORDS, mask)
      .replace(DOES_WHAT_ANYWHERE, mask)
      // "甲、乙两所学校…": the bodies asked, counted again, qualify no figure.
      .replace(unitCount >= 2 ? BODIES_COUNTED : /(?!)/g, mask),
  );
  // A sentence quoted to ask what it is about: its words are the document's, no qualifiers.
  if (QUOTED_SENTENCE_ASKED.test(question)) rest = withoutQuotedSentences(rest, true);
  const phrases = rest
    .split(/[^\u4e00-\u9fa5a-z]+/)
    .filter((run) => [...run].length >= 2)
    .flatMap((run) => phrasesOf(vocabulary, run));
  const words = (known: boolean) => [
    ...new Set(phrases.filter((p) => p.known === known).map((p) => p.phrase)),
  ];
  return {
    attributes: attributes.map((a) => a.key),
    ...(perUnit ? { perUnit: perUnit.key } : {}),
    qualifiers: words(false),
    known: words(true),
    listed: words(true).flatMap((word) => {
      const at = question.search(LISTED_ITEM(word));
      return at < 0 ? [] : [{ word, at }];
    }),
  };
}

/**
 * "我是附近的居民，常去公园散步。……那个街道的体育经费是多少？": in a message of several sentences,
 * a sentence before the question that carries no word of asking tells the asker's story, and a
 * guess after a question ("差额应该是某中心的吧", "（用上年数倒推）") is no question of its own.
 * Their words are no qualifiers and name no figure asked (units, years and figures named in them
 * were read before). The questions are the sentences with a question mark, or the last sentence
 * when none has one. With `storyOnly`, only sentences before the last question are masked: a short
 * one after it ("完成率", its 呢 dropped) still says what is worked out.
 */
export function withoutToldContext(text: string, storyOnly = false): string {
  const prefaced = text
    .replace(PURPOSE_PREFACE, (preface) => "〇".repeat(preface.length))
    .replace(STORY_PREFACE, (preface) => "〇".repeat(preface.length))
    .replace(SOURCE_ASIDE, (aside) => "〇".repeat(aside.length))
    .replace(WRITING_PREFACE, (preface) => "〇".repeat(preface.length))
    .replace(SELF_INTRODUCED, (aside) => "〇".repeat(aside.length))
    .replace(ONE_DESCRIBED, (aside) => "〇".repeat(aside.length));
  const sentences = prefaced.split(/(?<=[。！!？?；;\n])/).filter(Boolean);
  if (sentences.length < 2) return withoutStatedClauses(prefaced);
  const marked = sentences.map((sentence) => /[？?]/.test(sentence));
  const asks = marked.includes(true) ? marked : sentences.map((_, index) => index === sentences.length - 1);
  const last = asks.lastIndexOf(true);
  const first = asks.indexOf(true);
  const told = (sentence: string, index: number) =>
    asks[index]
      ? index > first && REMARK.test(sentence)
      : (REMARK.test(sentence) || !ASKING.test(sentence)) && (!storyOnly || index < last);
  return sentences
    .map((sentence, index) =>
      told(sentence, index) ? "〇".repeat(sentence.length) : withoutStatedClauses(sentence),
    )
    .join("");
}

/**
 * The clauses told before a clause that turns to the question ("…占<N>%，…一半多，那…多少"), masked
 * when none of them asks anything itself.
 */
function withoutStatedClauses(sentence: string): string {
  const clauses = sentence.split(/(?<=[，,])/);
  const turn = clauses.findLastIndex((clause) => TURN_TO_QUESTION.test(clause));
  if (turn <= 0) return sentence;
  const stated = (clause: string) => !ASKING.test(clause);
  if (!clauses.slice(0, turn).every(stated)) return sentence;
  // The year said with the figures is the question's year too: it stays.
  const masked = (clause: string) =>
    clause.replace(/(20\d{2}年度?)|[^]/g, (kept, year?: string) => year ?? "〇".repeat(kept.length));
  // A clause that only turns to the question ("就想问问，") asks nothing itself either.
  const turnOnly = !clauses[turn].replace(TURN_TO_QUESTION, "").replace(/[，,\s]/g, "");
  return clauses
    .map((clause, index) => (index < turn || (turnOnly && index === turn) ? masked(clause) : clause))
    .join("");
}

/**
 * A sentence quoted from the document to ask what it is about or whether it is right ("说明里写
 * “…”，说的是哪项"): masked, its words and years are the document's, not the question's.
 * `asked`: the caller already knows a sentence is asked about.
 */
export function withoutQuotedSentences(text: string, asked = false): string {
  if (!asked && !QUOTED_SENTENCE_ASKED.test(text)) return text;
  return text.replace(QUOTED_TEXT, (quote) => "〇".repeat(quote.length));
}

/** "油钱啥的", "保险之类的": things like the item, not the item alone. */
const SUCH_LIKE = /啥的|之类的?|什么的|等等|这些(?:钱|费用|开支)/;

/**
 * "公车加油保养之类的一年花多少": an item the documents count only inside a figure, asked with the things like
 * it: that figure is what is asked, no refusal. The attribute's key and the figure, when so.
 */
export function itemAndTheLike(
  question: string,
  attributes: string[],
): { key: string; within: string; isItemWord: (word: string) => boolean } | undefined {
  if (!SUCH_LIKE.test(question)) return undefined;
  const attribute = SCOPE_ATTRIBUTES.find((a) => a.within && attributes.includes(a.key));
  if (!attribute?.within) return undefined;
  const items = attribute.items;
  // "保险维修之类": the items and the words that list them, nothing else.
  const isItemWord = (word: string) =>
    !!items &&
    !word
      .replace(items, "")
      .replace(new RegExp(SUCH_LIKE.source, "g"), "")
      .replace(/[和与及、,，等车的]/g, "");
  return { key: attribute.key, within: attribute.within, isItemWord };
}

/**
 * An item asked that the documents count only inside a figure ("公车加油费" in 公务用车运行维护费):
 * that figure takes the place of the counts and rows the words also matched (车辆数, a 维修费 row),
 * so the refusal names it as the closest. Other named figures stay.
 */
export function withContainingFigure(attributes: string[], refs: MetricRef[]): MetricRef[] {
  const within = SCOPE_ATTRIBUTES.find((a) => a.within && attributes.includes(a.key))?.within;
  if (!within) return refs;
  const kept = refs.filter(
    (ref) => ref.type === "metric" && ref.key !== within && !METRIC_BY_KEY.get(ref.key)?.measure,
  );
  return [{ type: "metric", key: within }, ...kept];
}
