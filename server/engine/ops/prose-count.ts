import { itemsOpenedBy } from "./opened-list.js";
import { ASKED_KINDS } from "../lexicon/asked-kinds.js";
import { words } from "../../../ingest/index/tokenize.js";
import { DocKind } from "../../../ingest/schema.js";
import type { Draft } from "../draft.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  ASKED_CLASSIFIER,
  BARE_CLASSIFIER,
  CLASSIFIER_KIN,
  COUNTED_KIN,
  countedNounOf,
  COUNT_THEN_NAMED,
  LISTED_PARTS_SENTENCE,
  NOUN_REACH,
  PROSE_COUNTS,
  THING_CLASSIFIER,
} from "../lexicon/prose-counts.js";
import { SAME_COUNT_OF } from "../lexicon/follow-up-cues.js";
import type { QueryPlan } from "../plan-schema.js";
import { retrieve, type RetrievalFilter } from "../retrieval.js";
import { formSentences } from "./form-sentences.js";
import type { Scope } from "../scope.js";
import { distinctiveWords } from "./text.js";

/** A word with the words that stand for the same counted thing. */
export const kinOf = (word: string): readonly string[] =>
  COUNTED_KIN.find((kin) => kin.includes(word)) ?? [word];

/** The classifiers a stated count may use to answer the question ([] when any will do). */
function askedClassifiers(query: string): readonly string[] {
  const m = ASKED_CLASSIFIER.exec(query);
  if (!m) return [];
  const counted = m[2] ?? m[1];
  return CLASSIFIER_KIN.find((kin) => kin.includes(counted)) ?? [counted];
}

/**
 * How well the sentence states a count of what was asked: 2 when a number of the asked kind sits
 * by the counted noun (or its kin) in a classifier that counts such things; 1 when only its
 * classifier, one that names a thing ("卷", not "人" or "个"), says what it counts; 0 when it states no such count
 * ("<N>万页" of the same 档案 answers no "多少卷").
 */
function countsIt(
  text: string,
  states: RegExp,
  asked: { noun: string | undefined; classifiers: readonly string[]; topic: string[]; topicReach?: number },
): number {
  const near = (at: number, length: number, reach: number, words: string[]) => {
    const around = text.slice(Math.max(0, at - reach), at + length + reach);
    if (words.some((w) => kinOf(w).some((x) => around.includes(x)))) return true;
    // An aside in brackets between the word itself (not a kin word) and its count ("设备（不含车辆）2台")
    // is no distance.
    const before = text.slice(0, at).replace(ASIDE, "");
    return words.some((w) => before.slice(Math.max(0, before.length - reach)).includes(w));
  };
  const specific = asked.classifiers.some((c) => THING_CLASSIFIER.test(c));
  let level = 0;
  for (const m of text.matchAll(new RegExp(states.source, "g"))) {
    const at = m.index ?? 0;
    // A count in a sentence that mentions the topic only elsewhere counts something else.
    if (asked.topicReach !== undefined && !near(at, m[0].length, asked.topicReach, asked.topic)) continue;
    const fits = classifierFits(m[0], asked.classifiers);
    if (specific && !fits) continue;
    if (!asked.noun ? fits : near(at, m[0].length, NOUN_REACH, [asked.noun])) return 2;
    if (specific) level = 1;
  }
  return level;
}

/** A bracketed aside ("（不含车辆）", "（含）"). */
const ASIDE = /[（(][^（()）]{0,12}[）)]/g;

const classifierFits = (stated: string, classifiers: readonly string[]) =>
  !classifiers.length || classifiers.some((c) => stated.endsWith(c));

/** The kind of document a question names ("根据决算…"), as a retrieval filter. */
function askedKind(query: string): { kind?: DocKind } {
  const named = /决算|预算/.exec(query)?.[0];
  return named ? { kind: DocKind.parse(named) } : {};
}

/** Share of the question's topic words a stating sentence must contain. */
const MIN_TOPIC_SHARE = 0.6;

/** Passages searched for the stating sentence (counts sit deep in long performance reports). */
const PASSAGES_SEARCHED = 16;

const SENTENCE = /[^。；;\n]+[。；;]?/g;

/** A sentence that names its subject by pointing back ("本工程", "该项目", "上述工程"). */
const REFERS_BACK = /^(?:本|该|此|上述)(?:工程|项目|中心|单位)/;

/** A short lead that opens a point of a report ("三是抓好某项改革。", "其次，…。"). */
const LEAD = /^(?:[一二三四五六七八九十]+是|首先|其次|再次|最后)[^。；;]{2,24}[。；;]?$/;

/**
 * The passage's sentences, each with the lead sentence just before it (or "") and the sentence
 * before it ("本工程…" names its subject there).
 */
export function sentencesWithLeads(text: string): { text: string; lead: string; previous: string }[] {
  const sentences = [...text.matchAll(SENTENCE)].map((m) => m[0].trim());
  return sentences.map((sentence, i) => ({
    text: sentence,
    lead: i > 0 && LEAD.test(sentences[i - 1]) ? sentences[i - 1] : "",
    previous: i > 0 ? sentences[i - 1] : "",
  }));
}

/** Some word of the modifier ("下属事业" of 单位, "大件" of 设备), or a kin word of it, is said. */
const namesModifier = (text: string, modifier: string) =>
  words(modifier).some((word) => kinOf(word).some((kin) => text.includes(kin)));

/** "有几辆车？→ <某物>呢": the count asked again of a thing no figure is called ("<某物>有多少个"). */
function countAskedAgain(plan: QueryPlan): string | undefined {
  if (!plan.followUp || !plan.counts || plan.qualifiers.length !== 1) return undefined;
  const thing = SAME_COUNT_OF.exec(plan.question)?.[1];
  return thing === plan.qualifiers[0] ? `${thing}有多少个` : undefined;
}

/**
 * A count the tables do not have but a sentence states ("派出4名干部"): the sentence of the
 * unit's documents that names what was asked and states a number of that kind, quoted as
 * written (the figure is the document's, not computed). Undefined when no sentence qualifies.
 */
export async function proseCount(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Promise<Draft | undefined> {
  const query = countAskedAgain(plan) ?? plan.textQuery ?? plan.question;
  const asked = PROSE_COUNTS.find((p) => p.asks.test(query));
  if (!asked || !scopes.length) return undefined;
  // The head of the counted phrase ("内设科室" → 科室): Chinese puts it last.
  const counted = countedNounOf(query) ?? "";
  const noun = words(counted).at(-1);
  // "养老机构": the words before the head say which (no "内设机构" counts them), unless the whole
  // phrase is itself a kin word of the head.
  const modifier =
    noun && counted.length > noun.length && counted.endsWith(noun) && !kinOf(counted).includes(noun)
      ? counted.slice(0, -noun.length)
      : undefined;
  // The count asked ("几个人") is no topic, nor is what the segmenter joins to it ("人进" of "几个人进小区").
  const topicText = query.replace(ASKED_CLASSIFIER, " ");
  const topic = [...new Set([...distinctiveWords(topicText), ...(noun ? [noun] : [])])].filter(
    (w) => !asked.asks.test(w) && !BARE_CLASSIFIER.test(w),
  );
  if (!topic.length) return undefined;
  const kind = scopes[0].doc.kind;
  const wanted = { noun, classifiers: askedClassifiers(query), topic, topicReach: asked.topicReach };
  // "建筑面积" asked: a sentence stating only "用地面积" states another figure.
  const compound = words(query).find((w) => w.length > asked.kind.length && w.endsWith(asked.kind));
  const filter: RetrievalFilter = {
    units: scopes.map((s) => s.unit),
    years: scopes.map((s) => s.doc.year),
    type: "section",
    // "根据决算…": the final accounts only, not the same year's budget (also when the message
    // named them before this question of it).
    ...(plan.kind ? { kind: plan.kind } : askedKind(query)),
  };
  const search = [...new Set(topic.flatMap(kinOf))].join(" ");
  const hits = await retrieve(k, search, filter, PASSAGES_SEARCHED);
  const sentences = hits.flatMap((hit) =>
    sentencesWithLeads(hit.chunk.text.split("\n").slice(1).join("\n")).map((s) => ({ hit, ...s })),
  );
  const rank = (candidates: typeof sentences) =>
    candidates
      .filter((s) => {
        if (compound && !s.text.includes(compound)) return false;
        if (modifier && !namesModifier(`${s.hit.chunk.section.join("")}${s.lead}${s.text}`, modifier))
          return false;
        // A point's lead ("三是抓好某项改革。") says what the sentence after it counts.
        const led = !!s.lead && topic.some((w) => kinOf(w).some((x) => s.lead.includes(x)));
        return countsIt(s.text, asked.states, led ? { ...wanted, topicReach: undefined } : wanted) > 0;
      })
      .map((s) => ({
        ...s,
        level: countsIt(s.text, asked.states, wanted),
        // The passage's heading, the point's lead and, for a sentence that says "本工程…", the
        // sentence before it name what the sentence is about, too.
        share:
          topic.filter((w) =>
            kinOf(w).some((x) =>
              `${s.hit.chunk.section.join("")}${s.lead}${REFERS_BACK.test(s.text) ? s.previous : ""}${s.text}`.includes(
                x,
              ),
            ),
          ).length / topic.length,
      }))
      .filter((s) => s.share >= MIN_TOPIC_SHARE)
      // The document the answer is about (the scope's) before the same year's other edition.
      // …and a sentence counting the divisions and naming them ("科室N个，分别是：…") before one
      // counting them among other bodies.
      .sort(
        (a, b) =>
          b.level - a.level ||
          b.share - a.share ||
          Number(b.hit.chunk.kind === kind) - Number(a.hit.chunk.kind === kind) ||
          Number(COUNT_THEN_NAMED.test(b.text)) - Number(COUNT_THEN_NAMED.test(a.text)),
      );
  const ranked = rank(sentences);
  const [best] = ranked;
  if (!best) return undefined;
  // Another sentence as close to the question stating another figure ("办结率达到100%" as a target,
  // "办结率99.56%" as done): both are quoted.
  // The counts a sentence states: any, or those in the classifier asked ("几个人": 名, 人…), as a
  // form states them beside others.
  const stated = (text: string, classifiers: readonly string[] = []) =>
    (text.match(new RegExp(asked.states.source, "g")) ?? [])
      .filter((count) => classifierFits(count, classifiers))
      .join("|")
      .replace(/\s+/g, "");
  const statedAsked = (text: string) => stated(text, wanted.classifiers);
  // (…of the thing asked: "编制数138人" is no other count of "几个科室".)
  const other =
    ranked.find(
      (s) =>
        s.share === best.share &&
        s.text !== best.text &&
        !!statedAsked(s.text) &&
        stated(s.text) !== stated(best.text),
    ) ??
    // A form's sentence (a 自评表's 实际完成情况) may state the count otherwise than the report does.
    rank(await formSentences(k, search, filter)).find(
      (s) =>
        s.share >= best.share &&
        s.level >= best.level &&
        !!statedAsked(s.text) &&
        statedAsked(s.text) !== statedAsked(best.text),
    );
  // "现有科室N个" and, elsewhere, "内设机构包括：甲科、乙科": what was counted, named, is quoted too.
  const listing = LISTED_PARTS_SENTENCE.test(best.text)
    ? undefined
    : sentences.find(
        (s) =>
          LISTED_PARTS_SENTENCE.test(s.text) &&
          topic.some((w) => kinOf(w).some((x) => `${s.hit.chunk.section.join("")}${s.text}`.includes(x))),
      );
  const b = new DraftBuilder();
  const { chunk } = best.hit;
  b.d.headline = [
    `${chunk.unit}${chunk.year}年度${chunk.kind}原文写明（「${chunk.section.join(" > ")}」）：`,
  ];
  for (const s of [best, ...(other ? [other] : []), ...(listing ? [listing] : [])]) {
    // "…具体包括：": the items it opens are quoted with it.
    const items = itemsOpenedBy(s.hit.chunk.text, s.text);
    // "…16批次176人次，支出N万元；商务接待5批次47人…。": the sentence's later clauses counting the same.
    // (…and a later clause saying what else was asked: "…人次；<未发生某类接待>。" for "有没有<某类接待>".)
    const rest = clausesAfter(s.hit.chunk.text, s.text).filter(
      (clause) => !!statedAsked(clause) || saysAsked(clause, plan.question),
    );
    // "什么时候实施的？抽检了多少批次？": the sentence of the same passage saying the other thing asked.
    const aside = s === best ? otherAskedSentence(plan.question, s.hit.chunk.text, s.text) : undefined;
    b.d.passages.push({
      chunk: s.hit.chunk,
      // A form's sentence is quoted under the form's title.
      title: s.hit.chunk.type === "table" ? s.hit.chunk.title : s.hit.chunk.section.join(" > "),
      text: [
        ...(aside ? [aside] : []),
        `${s.lead}${s.text}${rest.join("")}${nextSaying(s.hit.chunk.text, s.text, rest, plan.question)}`,
        ...items,
      ].join("\n"),
    });
    b.d.extraSources.push({ chunkId: s.hit.chunk.id });
  }
  b.d.notes.push(["数字为文件原文所写，未经计算。"]);
  if (other)
    b.d.notes.push([
      other.hit.chunk.kind === chunk.kind
        ? "文件两处所写的数字不同，两处均照录原文。"
        : `同一年度的${other.hit.chunk.kind}文件所写与${chunk.kind}文件不同（两份文件所写的时点或范围可能不同），两处均照录原文。`,
    ]);
  return b.build();
}

/**
 * Another kind of thing the question asks beside the count (when a project ran), stated by another
 * sentence of the passage and not by the quoted one: that sentence.
 */
function otherAskedSentence(question: string, passage: string, quoted: string): string | undefined {
  const kind = ASKED_KINDS.find((asked) => asked.asks.test(question));
  if (!kind || kind.shows.test(quoted)) return undefined;
  return passage
    .match(/[^。\n]+。?/g)
    ?.find((sentence) => kind.shows.test(sentence) && !quoted.includes(sentence));
}

/** The words a clause shares with the question: four characters in a row of both. */
const SHARED_RUN = 4;

function saysAsked(clause: string, question: string): boolean {
  const plain = clause.replace(/[\s，,。；;：:、]/g, "");
  return Array.from({ length: Math.max(0, plain.length - SHARED_RUN + 1) }, (_, i) =>
    plain.slice(i, i + SHARED_RUN),
  ).some((run) => question.includes(run));
}

/** The sentence right after the quoted one (and its clauses), when it says what else was asked ("本部门无<某类接待>。"). */
function nextSaying(text: string, sentence: string, clauses: string[], question: string): string {
  const quoted = `${sentence}${clauses.join("")}`;
  const at = text.indexOf(quoted);
  if (at < 0 || !/[。]$/.test(quoted)) return "";
  const next =
    text
      .slice(at + quoted.length)
      .split("\n")[0]
      .match(/^[^。]+。?/)?.[0] ?? "";
  return next && saysAsked(next, question) ? next : "";
}

/** The clauses after one ending in "；" up to the end of its sentence ("。" or the line's end). */
function clausesAfter(text: string, clause: string): string[] {
  if (!/[；;]$/.test(clause)) return [];
  const at = text.indexOf(clause);
  if (at < 0) return [];
  const after = text.slice(at + clause.length).split("\n")[0];
  const end = after.search(/[。]/);
  return after.slice(0, end < 0 ? after.length : end + 1).match(/[^；;]+[；;。]?/g) ?? [];
}
