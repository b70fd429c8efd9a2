import { money } from "../../../lib/money.js";
import type { Draft } from "../draft.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  LISTED_AMOUNT,
  MIN_LISTED,
  RANK_ASKED,
  RANK_LEAST,
  RATIO_WORDS,
  printedValue,
} from "../lexicon/prose-ratios.js";
import { QUESTION_WORDS } from "../lexicon/question-words.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { sentenceFact, statingSentences, type Stating } from "./prose-ratio.js";
import { distinctiveWords } from "./text.js";

/** Places in words, as the other rankings print them ("第一位"). */
const ORDINALS = [..."一二三四五六七八九十"];

/** "团里", "项目中": the word without the place word after it. */
const WITHIN = /[里中内]$/;

/** The items a sentence lists with an amount each ("甲支出a万元，…；乙支出b万元"), in order. */
export function listedAmounts(text: string): { name: string; value: string; at: number }[] {
  const out: { name: string; value: string; at: number }[] = [];
  let offset = 0;
  for (const part of text.split(/[；;]/)) {
    const m = LISTED_AMOUNT.exec(part);
    if (m) {
      const name = m[1].replace(/^.*(?:包括|分别是|其中)[:：]?/, "").replace(/^[，,、\s]+/, "");
      const at = offset + (m.index ?? 0) + m[0].lastIndexOf(m[2]);
      if (name.length >= 2) out.push({ name, value: printedValue(m[2]), at });
    }
    offset += part.length + 1;
  }
  return out;
}

/**
 * "哪个团花钱最多" where the tables have no such rows but a sentence lists each with its amount: the
 * items ranked, the first named, every amount quoted from the sentence. Undefined unless one
 * sentence about the question's topic lists at least MIN_LISTED items.
 */
export async function proseRank(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Promise<Draft | undefined> {
  const query = plan.textQuery ?? plan.question;
  if (!RANK_ASKED.test(query) || scopes.length !== 1) return undefined;
  // "哪个团最贵" after "出国团…": the figure the conversation is about names the topic too.
  const named = plan.metrics.flatMap((ref) =>
    ref.type === "metric" ? [ref.key.replace(/[（(][^）)]*[)）]|费$|经费$|支出$/g, "")] : [],
  );
  const topic = [...distinctiveWords(query), ...named]
    .map((w) => w.replace(new RegExp(RANK_ASKED.source, "g"), "").replace(WITHIN, ""))
    .filter((w) => w && !RATIO_WORDS.test(w) && !QUESTION_WORDS.has(w));
  if (!topic.some((w) => w.length >= 2)) return undefined;
  for (const s of await statingSentences(k, query, topic, scopes, true)) {
    const items = listedAmounts(s.text);
    if (items.length < MIN_LISTED) continue;
    return ranked(s, items, RANK_LEAST.test(query));
  }
  return undefined;
}

function ranked(s: Stating, items: ReturnType<typeof listedAmounts>, least: boolean): Draft {
  const b = new DraftBuilder();
  const facts = items.map((item) =>
    sentenceFact(s, { value: item.value, measure: "万元", at: item.at }, item.name),
  );
  const order = [...facts].sort((x, y) => money(y.value).comparedTo(x.value) * (least ? -1 : 1));
  const [first] = order;
  b.d.headline = [
    `${s.chunk.unit}${s.chunk.year}年度原文逐项列出的金额中，${least ? "最少" : "最多"}的是${first.row}：`,
    b.fact(first, first.row),
    "。",
  ];
  order.forEach((f, i) => b.d.bullets.push([`第${ORDINALS[i] ?? i + 1}位 ${f.row}：`, b.fact(f, f.row)]));
  b.d.passages.push({ chunk: s.chunk, title: s.chunk.section.join(" > "), text: s.text });
  b.d.extraSources.push({ chunkId: s.chunk.id });
  b.d.notes.push(["各项金额取自同一段原文，排序由计算得出。"]);
  return b.build();
}
