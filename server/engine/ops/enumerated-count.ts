import { numeralValue } from "../../../ingest/text/chinese-numerals.js";
import type { Draft } from "../draft.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { ENUMERATED_TOPICS } from "../lexicon/prose-counts.js";
import type { QueryPlan } from "../plan-schema.js";
import { retrieve, type Retrieved } from "../retrieval.js";
import type { Scope } from "../scope.js";

/** How many the question asks ("一共几条", "有多少项"). */
const HOW_MANY = /(?:几|多少)(?:条|项|方面|个方面)|一共几/;

/** "（三）…" opening a line of a passage, or a heading. */
const ITEM_LINE = /(?:^|\n)\s*[（(]([一二三四五六七八九十]+)[)）]\s*([^\n]{0,40})/g;

/**
 * The heading a topic's items are listed under, and its numbered items: every "（N）" that opens a
 * heading or a line beneath it, in this document. Only a complete run (一 … N, none missing) is
 * counted: a list read in part would give a wrong number.
 */
function itemsUnder(hits: Retrieved[], heading: RegExp): { parent: string[]; items: string[] } | undefined {
  for (const hit of hits) {
    const at = hit.chunk.section.findIndex((title) => heading.test(title));
    if (at < 0) continue;
    const parent = hit.chunk.section.slice(0, at + 1);
    const under = hits.filter(
      (h) => h.chunk.docId === hit.chunk.docId && parent.every((title, i) => h.chunk.section[i] === title),
    );
    const byNumber = new Map<number, string>();
    for (const h of under) {
      const own = h.chunk.section[at + 1];
      const lines = [...(own ? [`\n${own}`] : []), h.chunk.text.split("\n").slice(1).join("\n")].join("\n");
      for (const m of lines.matchAll(ITEM_LINE))
        if (!byNumber.has(numeralValue(m[1]))) byNumber.set(numeralValue(m[1]), `（${m[1]}）${m[2].trim()}`);
    }
    const numbers = [...byNumber.keys()].sort((a, b) => a - b);
    const complete = numbers.length >= 2 && numbers.every((n, i) => n === i + 1);
    if (complete) return { parent, items: numbers.map((n) => byNumber.get(n)!) };
  }
  return undefined;
}

/**
 * "<某主题>有几条": the items of a numbered list whose items head their own paragraphs
 * ("（一）…（十二）"), counted, the headings quoted as the formula. Undefined when the question
 * asks no number of a listed topic, or the unit's documents number no such items.
 */
export async function enumeratedCountOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  const query = plan.textQuery ?? plan.question;
  const topic = ENUMERATED_TOPICS.find((t) => t.asks.test(query));
  if (!topic || !HOW_MANY.test(query) || scopes.length !== 1) return undefined;
  const [scope] = scopes;
  const hits = await retrieve(
    k,
    topic.search,
    { units: [scope.unit], years: [scope.doc.year], type: "section" },
    40,
  );
  const listed = itemsUnder(hits, topic.heading);
  if (!listed) return undefined;
  const { items } = listed;
  const b = new DraftBuilder();
  const count = b.computed(
    {
      value: String(items.length),
      measure: "项",
      formula: `${/^（[^）]+）/.exec(items[0])?.[0]}至${/^（[^）]+）/.exec(items.at(-1)!)?.[0]}逐项编号，共${items.length}项`,
    },
    `原文列出的${topic.noun}项数`,
    [],
  );
  b.d.headline = [`${scope.unit}「${listed.parent.at(-1)}」按原文逐项列出${topic.noun}，共 `, count, "。"];
  for (const item of items) b.d.bullets.push([item]);
  b.d.notes.push([`文件没有写出项数，项数按原文以（一）（二）…编号的段落数得。`]);
  const first = hits.find((h) => listed.parent.every((title, i) => h.chunk.section[i] === title));
  if (first) b.d.extraSources.push({ chunkId: first.chunk.id });
  return b.build();
}
