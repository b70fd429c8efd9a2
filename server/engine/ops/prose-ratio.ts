import { Decimal } from "decimal.js";
import { type Chunk, DocKind, type Fact } from "../../../ingest/schema.js";
import { perUnit, ratio } from "../calculator.js";
import type { Draft } from "../draft.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { QUESTION_WORDS } from "../lexicon/question-words.js";
import {
  MONEY_PER,
  PER_COUNT_ASKED,
  QUANTITY,
  printedValue,
  RATE_ASKED,
  RATIO_WORDS,
  SPENT_CUE,
  CHANGE_CUE,
  COUNTED_NOUN,
  COUNTED_NOUN_REACH,
  UNITS_COMPARED,
} from "../lexicon/prose-ratios.js";
import type { QueryPlan } from "../plan-schema.js";
import { retrieve } from "../retrieval.js";
import type { Scope } from "../scope.js";
import { kinOf, sentencesWithLeads } from "./prose-count.js";
import { distinctiveWords } from "./text.js";

/** A bracketed note right after an amount ("X万元（赴某地学习）"): what that amount was for. */
const ANNOTATION = /^\s*[（(]([^）)]{1,20})[）)]/;

/** Share of the question's topic words the stating sentences must contain. */
const MIN_TOPIC_SHARE = 0.6;
/** Passages searched (the figures sit deep in long performance reports). */
const PASSAGES_SEARCHED = 12;

export interface Quantity {
  value: string;
  measure: string;
  at: number;
  /** Where its words end ("X 万元|"). */
  end: number;
}

export interface Stating {
  chunk: Chunk;
  /** The sentence, with the one before it when the figures span both. */
  text: string;
  share: number;
}

const isAmount = (q: Quantity) => q.measure === "万元" || q.measure === "元";

function quantities(text: string): Quantity[] {
  return [...text.matchAll(QUANTITY)].map((m) => ({
    value: printedValue(m[1]),
    measure: m[2],
    at: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** A figure of the quoted sentence as a fact of its document, cited to the passage it stands in. */
export function sentenceFact(s: Stating, q: Pick<Quantity, "value" | "measure" | "at">, row: string): Fact {
  return {
    id: `${s.chunk.id}:prose:${q.at}`,
    docId: s.chunk.docId,
    unit: s.chunk.unit,
    year: s.chunk.year,
    kind: s.chunk.kind,
    row,
    column: "原文所列",
    value: new Decimal(q.value).toFixed(),
    measure: q.measure,
    source: { section: s.chunk.section, lines: s.chunk.lines, excerpt: s.text },
  };
}

/**
 * The amount and the count of the asked kind: the count nearest a topic word, and the amount
 * stated last before it ("…培训X万元，共计N人") or else the first after it ("接待N人，支出X万元").
 * An amount the sentence states per head ("X万元/人") is a ratio, not an amount to divide.
 */
function perCountFigures(text: string, counts: readonly string[], topic: string[], noun?: string) {
  const found = quantities(text);
  const near = (q: Quantity) =>
    Math.min(
      ...topic.flatMap(kinOf).map((w) => {
        const at = text.indexOf(w);
        return at < 0 ? Infinity : Math.abs(at - q.at);
      }),
    );
  // "每次N人" is a count per occasion, not the total the amount is spread over.
  const perOccasion = (q: Quantity) => /每[^，,。；;\d]{0,2}$/.test(text.slice(Math.max(0, q.at - 3), q.at));
  const count = found
    .filter((q) => counts.includes(q.measure) && !perOccasion(q))
    // "每个学生": a count of something else ("N个<某类单位>") is not what the amount is spread over.
    .filter((q) => !noun || q.measure !== "个" || countsNoun(text, q, noun))
    .sort((a, b) => near(a) - near(b))[0];
  if (!count) return undefined;
  const amounts = found.filter((q) => isAmount(q) && !/^\s*\//.test(text.slice(q.end)));
  // "…经费支出X万元（赴某地学习）": an amount whose bracketed note names the topic is that occasion's.
  const annotated = amounts.filter((q) => {
    const note = ANNOTATION.exec(text.slice(q.end))?.[1];
    return !!note && topic.flatMap(kinOf).some((w) => note.includes(w));
  });
  const amount =
    (annotated.length === 1 ? annotated[0] : undefined) ??
    amounts.filter((q) => q.at < count.at).at(-1) ??
    amounts.find((q) => q.at > count.at);
  return amount ? { amount, count } : undefined;
}

/** An amount planned and the amount spent of it ("…X万元，实际支出Y万元"). */
function spentFigures(text: string) {
  const amounts = quantities(text).filter(isAmount);
  const spentAt = amounts.findIndex((q, i) => i > 0 && SPENT_CUE.test(text.slice(amounts[i - 1].at, q.at)));
  if (spentAt <= 0) return undefined;
  const planned = amounts[spentAt - 1];
  // "年中调减X万元，实际支出Y万元": a change is not what was planned.
  const before = text.slice(spentAt > 1 ? amounts[spentAt - 2].at : 0, planned.at);
  return CHANGE_CUE.test(before) ? undefined : { planned, spent: amounts[spentAt] };
}

/** The sentences of the unit's documents that name the question's topic, best first. */
export async function statingSentences(
  k: Knowledge,
  query: string,
  topic: string[],
  scopes: Scope[],
  /** Whole sentences (to 。), a list's items apart by ；: for ranking what a sentence lists. */
  whole = false,
): Promise<Stating[]> {
  // "预算的会议费…": the budget's sentences only, not the same year's final accounts.
  // ("年初预算安排的专项" names a basis, not a document).
  const named = /(?<!年初|全年|调整|调整后)(?:决算|预算)/.exec(query)?.[0];
  const hits = await retrieve(
    k,
    [...new Set(topic.flatMap(kinOf))].join(" "),
    {
      units: scopes.map((s) => s.unit),
      years: scopes.map((s) => s.doc.year),
      type: "section",
      ...(named ? { kind: DocKind.parse(named) } : {}),
    },
    PASSAGES_SEARCHED,
  );
  // "因公出国（境）团组" says 因公出国 too.
  const shareOf = (text: string) => {
    const bare = text.replace(/（[^）]*）/g, "");
    return (
      topic.filter((w) => kinOf(w).some((x) => bare.includes(x) || text.includes(x))).length / topic.length
    );
  };
  if (whole)
    return hits
      .flatMap((hit) =>
        (
          hit.chunk.text
            .split("\n")
            .slice(1)
            .join("")
            .match(/[^。]+。?/g) ?? []
        ).map((text) => ({
          chunk: hit.chunk,
          text: text.trim(),
          share: shareOf(text),
        })),
      )
      .filter((s) => s.share >= MIN_TOPIC_SHARE)
      .sort((a, b) => b.share - a.share);
  return hits
    .flatMap((hit) =>
      sentencesWithLeads(hit.chunk.text.split("\n").slice(1).join("\n")).flatMap((s) => [
        { chunk: hit.chunk, text: s.text, share: shareOf(s.text) },
        // A count whose amount the sentence before states ("项目支出X万元…。全年接通来电N次").
        ...(s.previous ? [{ chunk: hit.chunk, text: `${s.previous}${s.text}`, share: shareOf(s.text) }] : []),
      ]),
    )
    .filter((s) => s.share >= MIN_TOPIC_SHARE)
    .sort((a, b) => b.share - a.share || a.text.length - b.text.length);
}

/** A count of "个" names the noun asked about, after it or right before it. */
const countsNoun = (text: string, count: Quantity, noun: string) =>
  text.slice(count.end, count.end + COUNTED_NOUN_REACH).includes(noun) ||
  text.slice(Math.max(0, count.at - COUNTED_NOUN_REACH), count.at).includes(noun);

/**
 * A ratio of two figures one sentence states, the tables having neither: an amount per person
 * (or per call, per batch) or the share of a planned amount spent. The figures are the sentence's,
 * quoted; the ratio is the calculator's, its formula shown. Undefined when no sentence qualifies.
 */
export async function proseRatio(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Promise<Draft | undefined> {
  // (A project the conversation points at, "这个项目": its name is the topic too.)
  const project = plan.metrics.find((metric) => metric.type === "project");
  const query = `${project?.type === "project" ? `${project.name} ` : ""}${plan.textQuery ?? plan.question}`;
  const per = MONEY_PER.test(query) ? PER_COUNT_ASKED.find((p) => p.asks.test(query)) : undefined;
  // One sentence states one unit's figures: units the question compares are not answered from it.
  const comparesUnits = plan.units.length > 1 && UNITS_COMPARED.test(query);
  if ((!per && !RATE_ASKED.test(query)) || !scopes.length || comparesUnits) return undefined;
  const topic = distinctiveWords(query).filter(
    (w) => !RATIO_WORDS.test(w) && !per?.asks.test(w) && !QUESTION_WORDS.has(w),
  );
  if (!topic.length) return undefined;
  for (const s of await statingSentences(k, query, topic, scopes)) {
    const b = new DraftBuilder();
    if (per) {
      const figures = perCountFigures(s.text, per.counts, topic, COUNTED_NOUN.exec(query)?.[1]);
      if (!figures) continue;
      const amount = sentenceFact(s, figures.amount, "金额");
      const count = sentenceFact(s, figures.count, "数量");
      const each = perUnit(amount.value, count.value, `${amount.measure}/${count.measure}`);
      b.d.headline = [
        `${s.chunk.unit}${s.chunk.year}年度按原文所列金额 `,
        b.fact(amount, "原文所列金额"),
        "、数量 ",
        b.fact(count, "原文所列数量"),
        " 计算，平均每",
        `${count.measure} `,
        b.computed(each, `平均每${count.measure}`, [amount, count]),
        "。",
      ];
    } else {
      const figures = spentFigures(s.text);
      if (!figures) continue;
      const planned = sentenceFact(s, figures.planned, "安排金额");
      const spent = sentenceFact(s, figures.spent, "实际支出");
      const rate = ratio(spent.value, planned.value);
      if (!rate) continue;
      b.d.headline = [
        `${s.chunk.unit}${s.chunk.year}年度原文所列安排 `,
        b.fact(planned, "原文所列安排金额"),
        "、实际支出 ",
        b.fact(spent, "原文所列实际支出"),
        "，执行率 ",
        b.computed(rate, "执行率", [planned, spent]),
        "。",
      ];
    }
    b.d.passages.push({ chunk: s.chunk, title: s.chunk.section.join(" > "), text: s.text });
    b.d.extraSources.push({ chunkId: s.chunk.id });
    b.d.notes.push(["两个数字取自同一段原文，比值由计算得出。"]);
    return b.build();
  }
  return undefined;
}
