import { money } from "../../../lib/money.js";
import { total } from "../calculator.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { RATIO_WORDS } from "../lexicon/prose-ratios.js";
import { QUESTION_WORDS } from "../lexicon/question-words.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { sentenceFact, statingSentences } from "./prose-ratio.js";

/** A total asked ("一共", "加起来", "合计"). */
const TOTAL_ASKED = /一共|加起来|加一起|加在一起|合计|总共|共计|总计/;
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
  const runs = query.replace(TOTAL_WORDS, " ").match(/[\u4e00-\u9fa5]{2,}/g) ?? [];
  const words = new Set<string>();
  for (const run of runs)
    for (let length = Math.min(4, run.length); length >= 2; length--)
      for (let at = 0; at + length <= run.length; at++) words.add(run.slice(at, at + length));
  return [...words]
    .filter(
      (word) =>
        !PARTICLE.test(word) &&
        !RATIO_WORDS.test(word) &&
        !QUESTION_WORDS.has(word) &&
        !k.vocabulary.knows(word),
    )
    .sort((a, b) => b.length - a.length)
    .slice(0, MOST_WORDS);
}

/** Each amount a passage states right after the word ("场地费甲万元"), in order. */
function itemAmounts(text: string, word: string): { value: string; at: number; label: string }[] {
  const stated = new RegExp(`${word}([\\u4e00-\\u9fa5]{0,4}?)(\\d+(?:\\.\\d+)?)\\s*万元`, "g");
  return [...text.matchAll(stated)].map((m) => ({
    value: m[2],
    at: (m.index ?? 0) + m[0].lastIndexOf(m[2]),
    label: `${word}${m[1]}`,
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
  for (const word of itemWords(k, query)) {
    for (const s of await statingSentences(k, query, [word], scopes, true)) {
      const items = itemAmounts(s.text, word);
      if (items.length < MIN_ITEMS) continue;
      const facts = items.map((item, i) =>
        sentenceFact(s, { value: item.value, measure: "万元", at: item.at }, `${item.label}（第${i + 1}项）`),
      );
      const sum = total(
        facts.map((f) => f.value),
        "万元",
      );
      if (money(sum.value).isZero()) continue;
      const b = new DraftBuilder();
      b.d.headline = [
        `${s.chunk.unit}${s.chunk.year}年度原文逐项列出的“${word}”合计 `,
        b.computed(sum, `${word}合计`, facts),
        "。",
      ];
      facts.forEach((f) => b.d.bullets.push([`${f.row}：`, b.fact(f, f.row)]));
      b.d.passages.push({ chunk: s.chunk, title: s.chunk.section.join(" > "), text: s.text });
      b.d.extraSources.push({ chunkId: s.chunk.id });
      b.d.notes.push(["各项金额取自同一段原文，合计由计算得出。"]);
      return b.build();
    }
  }
  return undefined;
}
