import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { escapeRegExp } from "../../../lib/escape-regexp.js";
import { PROJECT_NAME_TAIL } from "../metric-words.js";
import { total } from "../calculator.js";
import { DraftBuilder, type Draft, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { RATIO_WORDS } from "../lexicon/prose-ratios.js";
import { QUESTION_WORDS } from "../lexicon/question-words.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { sentenceFact, statingSentences, type Stating } from "./prose-ratio.js";
import { sumAgainstWhole } from "./sum-against-whole.js";

/** A total asked ("一共", "加起来", "合计"). */
const TOTAL_ASKED = /一共|加起来|加一起|加在一起|合起来|合在一起|相加|之和|加总|合计|总共|共计|总计/;
/** Words of the question that say how much or how many, no item of a list. */
const TOTAL_WORDS = new RegExp(TOTAL_ASKED.source, "g");
/** The fewest times the word must be stated with an amount to be a list. */
const MIN_ITEMS = 2;

/** Characters that join words, never inside an item's name ("这个会的租金": 这, 个, 的). */
const PARTICLE = /[的了是个和与在把被吗呢吧啊么就都也还又再那这各每]/;
/** The most words of a question tried as the listed item's name. */
const MOST_WORDS = 6;

/**
 * Words of the question that may name a listed item ("场租"): runs of two to four characters that
 * no figure, subject or project of the index is called, longest first (the segmenter may cut such
 * a word apart, so the runs are taken as written).
 */
function itemWords(k: Knowledge, query: string): string[] {
  // A year's "年" and "年度" end the year, they start no item ("<年>年预算文件中").
  const runs =
    query
      .replace(TOTAL_WORDS, " ")
      .replace(YEAR_WRITTEN, " ")
      .match(/[\u4e00-\u9fa5]{2,}/g) ?? [];
  const words = new Set<string>();
  for (const run of runs)
    for (let length = Math.min(4, run.length); length >= 2; length--)
      for (let at = 0; at + length <= run.length; at++) words.add(run.slice(at, at + length));
  const unknown = [...words]
    .filter(
      (word) =>
        !PARTICLE.test(word) &&
        !RATIO_WORDS.test(word) &&
        !QUESTION_WORDS.has(word) &&
        !k.vocabulary.knows(word),
    )
    .sort((a, b) => b.length - a.length)
    .slice(0, MOST_WORDS);
  // …then a project's generic word ("那几个专项"): in many names, it names the items a passage lists.
  return [...unknown, ...[...words].filter((word) => GENERIC_ITEM.test(word))];
}

/**
 * The question without the projects it names, each with the words written on after its name
 * ("<某项目>专项项目"): those words are the project's name as the document writes it, no item of their own.
 */
function withoutProjectsNamed(plan: QueryPlan, query: string): string {
  return plan.metrics.reduce(
    (rest, ref) =>
      ref.type === "project"
        ? rest.replace(new RegExp(`${escapeRegExp(ref.name)}(?:${PROJECT_NAME_TAIL.source})*`, "g"), " ")
        : rest,
    query,
  );
}

/** The name written before a place of the text, back to the last separator ("、<甲>专项"). */
function nameBefore(text: string, at: number): string {
  return /[^、，,；;：:。\s]*$/.exec(text.slice(0, at))?.[0] ?? "";
}

/** "<整体>N万元，其中：…": the whole a sentence states before listing its items. */
const WHOLE_BEFORE_ITEMS =
  /(?:\d+\s*年度?)?([\u4e00-\u9fa5]{2,12}?)\s*(\d+(?:\.\d+)?)\s*万元[，,]\s*其中[：:]?/;

/**
 * "项目支出N万元，其中：…": the whole the sentence states before listing the items added, set against
 * their sum (the gap computed). Nothing when no whole is stated before the first item.
 */
function statedWholeNote(
  b: DraftBuilder,
  s: Stating,
  firstItem: number,
  items: Fact[],
  sum: string,
): Segment[] {
  const stated = WHOLE_BEFORE_ITEMS.exec(s.text);
  if (!stated || stated.index + stated[0].length > firstItem) return [];
  const whole = sentenceFact(s, { value: stated[2], measure: "万元", at: stated.index }, stated[1]);
  return [
    `同一句所列${stated[1]} `,
    b.fact(whole, stated[1]),
    ...sumAgainstWhole(b, sum, whole.value, "万元", [whole, ...items], {
      same: "，与逐项合计相符。",
      apart: (less) => `，逐项合计比它${less ? "少" : "多"} `,
      label: "同一句所列总数与逐项合计之差",
      end: "。",
    }),
  ];
}

/**
 * A word that marks a project by kind ("政府门户网站专项"): listed items are named by it. (项目, 资金 and
 * 经费 also end projects' names, but follow too many other words to name items.)
 */
const GENERIC_ITEM = /^专项(?:资金|经费)?$/;

/** A year as written ("2023年", "2024年度"). */
const YEAR_WRITTEN = /\d+\s*年度?/g;
/** Words before an item's name that make it another item ("其他固定资产" is no 固定资产). */
const OTHER_ITEM = /(?:其他|其它|其余|剩余)$/;
/** Words between a name and an amount that make the amount a change, not the item's ("比上年增加…"). */
const CHANGE_BETWEEN = /增加|减少|增长|下降|降低|提高|持平|变化|变动|增|减|多|少/;

/**
 * Each amount a passage states right after the word ("场地费甲万元"), in order. A place where a
 * longer word of the question is written (the word inside it: "定资产" in "固定资产") is that word's.
 */
function itemAmounts(
  text: string,
  word: string,
  longer: readonly string[] = [],
): { value: string; at: number; label: string }[] {
  // (A count may stand between: "无形资产N项X万元".)
  const stated = new RegExp(
    `${word}\\s*((?:\\d+[项个台套辆处所家])?[\\u4e00-\\u9fa5]{0,4}?)\\s*(\\d+(?:\\.\\d+)?)\\s*万元`,
    "g",
  );
  const inLonger = (at: number) =>
    longer.some((other) => {
      const offset = other.indexOf(word);
      return offset >= 0 && other !== word && text.startsWith(other, at - offset);
    });
  const items = [...text.matchAll(stated)].filter(
    (m) => !OTHER_ITEM.test(text.slice(0, m.index)) && !CHANGE_BETWEEN.test(m[1]) && !inLonger(m.index ?? 0),
  );
  return items.map((m) => ({
    value: m[2],
    at: (m.index ?? 0) + m[0].lastIndexOf(m[2]),
    // A generic word ("专项") is named by the words before it ("政府门户网站专项").
    label: `${GENERIC_ITEM.test(word) ? nameBefore(text, m.index ?? 0) : ""}${word}${m[1]}`,
  }));
}

/**
 * "那几场活动的租金一共多少": a word that no figure of the index is called, stated with an amount
 * for each of the things a passage lists ("…场地费甲万元…；…场地费乙万元…"). The
 * amounts are quoted from the passage and added by the calculator. Undefined unless one passage
 * about the question's words states the word with an amount at least twice.
 */
export async function proseItemSum(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  const query = plan.textQuery ?? plan.question;
  if (!TOTAL_ASKED.test(query) || new Set(scopes.map((scope) => scope.unit)).size !== 1) return undefined;
  const words = itemWords(k, withoutProjectsNamed(plan, query));
  for (const word of words) {
    for (const s of await statingSentences(k, query, [word], scopes, true)) {
      const items = itemAmounts(s.text, word, words);
      if (items.length < MIN_ITEMS) continue;
      const facts = items.map((item, i) =>
        // Items named by the words before a generic word need no number to tell them apart.
        sentenceFact(
          s,
          { value: item.value, measure: "万元", at: item.at },
          GENERIC_ITEM.test(word) ? item.label : `${item.label}（第${i + 1}项）`,
        ),
      );
      // (The amounts are unsigned: a zero sum is every amount zero.)
      if (facts.every((f) => money(f.value).isZero())) continue;
      return statedItemsAdded(s, facts, `原文逐项列出的“${word}”`, word, items[0].at);
    }
  }
  return namedItemsSum(k, query, scopes);
}

/**
 * "<甲资产>和<乙资产>合计多少": two or more items the question names, each stated once with an
 * amount in one paragraph ("<甲>N万元。<乙>M万元"), added. A shorter word inside a longer one
 * stated at the same place is the same item.
 */
async function namedItemsSum(k: Knowledge, query: string, scopes: Scope[]): Promise<Draft | undefined> {
  const asked = joinedItems(query);
  if (asked.length < MIN_ITEMS || asked.some((names) => !names.length)) return undefined;
  const words = asked.flat();
  // The paragraph of a sentence naming one of them ("<甲>N万元。<乙>M万元，其中…"), quoted from
  // the sentence of the first item to that of the last.
  const sentences = await Promise.all(words.map((word) => statingSentences(k, query, [word], scopes, true)));
  const chunks = [...new Map(sentences.flat().map((s) => [s.chunk.id, s.chunk])).values()];
  for (const chunk of chunks) {
    const body = chunk.text.split("\n").slice(1).join("");
    const found = onceStated(body, asked);
    if (found.length < MIN_ITEMS) continue;
    const from = body.lastIndexOf("。", found[0].at) + 1;
    const to = body.indexOf("。", found[found.length - 1].at);
    const s = { chunk, text: body.slice(from, to < 0 ? undefined : to + 1), share: 1 };
    const items = found.map((item) => ({ ...item, at: item.at - from }));
    const facts = items.map((item) =>
      sentenceFact(s, { value: item.value, measure: "万元", at: item.at }, item.label),
    );
    const names = items.map((item) => item.label).join("与");
    return statedItemsAdded(s, facts, names, names);
  }
  return undefined;
}

/** The amounts one passage states, added by the calculator, each listed and the passage quoted. */
function statedItemsAdded(
  s: Stating,
  facts: Fact[],
  what: string,
  sumLabel: string,
  /** Where the first item is stated: a whole stated before it is set against the sum. */
  firstItem?: number,
): Draft {
  const sum = total(
    facts.map((f) => f.value),
    "万元",
  );
  const b = new DraftBuilder();
  b.d.headline = [
    `${s.chunk.unit}${s.chunk.year}年度${what}合计 `,
    b.computed(sum, `${sumLabel}合计`, facts),
    "。",
  ];
  facts.forEach((f) => b.d.bullets.push([`${f.row}：`, b.fact(f, f.row)]));
  b.d.passages.push({ chunk: s.chunk, title: s.chunk.section.join(" > "), text: s.text });
  b.d.extraSources.push({ chunkId: s.chunk.id });
  b.d.notes.push(["各项金额取自同一段原文，合计由计算得出。"]);
  const whole = firstItem === undefined ? [] : statedWholeNote(b, s, firstItem, facts, sum.value);
  if (whole.length) b.d.bullets.push(whole);
  return b.build();
}

/** What joins items named side by side ("甲加乙", "甲和乙", "甲、乙"); 增加 and 追加 join nothing. */
const JOINER = /(?<![增追附参外添])加上?|和|与|及|跟|、|\+/;
/** A particle at either end of a run, no item's name ("在建工程" starts with 在, a name). */
const PARTICLE_AT_EDGE =
  /^[的了是个和与把被吗呢吧啊么就都也还又再那这各每]|[的了是个和与在把被吗呢吧啊么就都也还又再那这各每]$/;
/** The longest name of an item tried. */
const LONGEST_NAME = 6;

/**
 * The names the question may give each item it joins, longest first: the ends of the words before
 * a joiner, the starts of those after it, a whole word between two joiners.
 */
function joinedItems(query: string): string[][] {
  const runs =
    query
      .replace(TOTAL_WORDS, " ")
      .replace(YEAR_WRITTEN, " ")
      .match(/[\u4e00-\u9fa5+]+/g) ?? [];
  return runs.flatMap((run) => {
    const parts = run.split(JOINER);
    if (parts.length < 2) return [];
    return parts.map((part, i) => {
      const names = new Set<string>();
      const last = i === parts.length - 1;
      for (let length = Math.min(LONGEST_NAME, part.length); length >= 2; length--) {
        if (i === 0) names.add(part.slice(-length));
        else if (last) names.add(part.slice(0, length));
      }
      if (i > 0 && !last) names.add(part);
      return [...names].filter((name) => !PARTICLE_AT_EDGE.test(name) && !QUESTION_WORDS.has(name));
    });
  });
}

/**
 * Each item's amount: its longest name stated with an amount in the text, once. None at all when
 * an item is not stated, or stated more than once: a sum of some of the items asked is no answer.
 */
function onceStated(text: string, items: string[][]): { value: string; at: number; label: string }[] {
  const found: { value: string; at: number; label: string }[] = [];
  for (const names of items) {
    const name = names.find((candidate) => itemAmounts(text, candidate, names).length > 0);
    const stated = name ? itemAmounts(text, name, names) : [];
    if (stated.length !== 1 || found.some((item) => item.at === stated[0].at)) return [];
    found.push({ ...stated[0], label: name! });
  }
  return found.sort((a, b) => a.at - b.at);
}
