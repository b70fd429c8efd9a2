import type { Draft } from "../draft.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { COUNTED_KIN, LISTED_PARTS_SENTENCE, PROSE_COUNTS } from "../lexicon/prose-counts.js";
import type { QueryPlan } from "../plan-schema.js";
import { retrieve } from "../retrieval.js";
import type { Scope } from "../scope.js";

/** The kin of words a question may count a body's parts by ("科室", "部门", "内设机构"). */
const PART_WORDS = COUNTED_KIN[0];

/** The listed items of a passage's "<noun>包括：甲、乙、丙" sentence, at least two. */
export function listedItems(text: string): { sentence: string; items: string[] } | undefined {
  const flat = text.replace(/\n/g, "");
  const m = LISTED_PARTS_SENTENCE.exec(flat);
  if (!m) return undefined;
  // "设N个内设机构，包括：…": the number is printed; the sentence that prints it is the answer.
  if (/\d+\s*个\s*$/.test(flat.slice(Math.max(0, (m.index ?? 0) - 6), m.index))) return undefined;
  const items = m[2]
    .split(/[、，,]/)
    .map((item) => item.trim())
    .filter(Boolean);
  // "N个内设科室、某中心…": a count among the names — the names are not all the parts.
  if (items.some((item) => /\d/.test(item))) return undefined;
  return items.length >= 2 ? { sentence: m[0], items } : undefined;
}

/** The count of a list, the items named as the formula. */
/** The names listed, counted by the calculator (the formula names them). */
export function countLine(b: DraftBuilder, items: string[]) {
  return b.computed(
    { value: String(items.length), measure: "个", formula: `${items.join("、")}，共${items.length}个` },
    "原文列出的个数",
    [],
  );
}

/** A question about a body's parts ("几个科室", "哪些部门"). */
export const asksParts = (plan: QueryPlan) =>
  PART_WORDS.some((w) => (plan.textQuery ?? plan.question).includes(w));

/**
 * "有几个科室" where the documents print no number but list them ("内设机构包括：甲、乙、丙"): the
 * list quoted and its items counted. Undefined when no passage of the unit lists them.
 */
export async function listedCountOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  const counted = PROSE_COUNTS.find((p) => p.kind === "数量")?.asks;
  const query = plan.textQuery ?? plan.question;
  // "是干什么的？设了几个科室": several questions are answered by the passages, each quoted.
  if (/[？?]./.test(query.trim())) return undefined;
  if (!asksParts(plan) || scopes.length !== 1 || !counted?.test(query)) return undefined;
  const hits = await retrieve(
    k,
    PART_WORDS.join(" "),
    { units: [scopes[0].unit], years: [scopes[0].doc.year], type: "section" },
    8,
  );
  for (const hit of hits) {
    const listed = listedItems(hit.chunk.text);
    if (!listed) continue;
    const b = new DraftBuilder();
    const passage = { chunk: hit.chunk, title: hit.chunk.section.join(" > "), text: listed.sentence };
    b.d.headline = [`${hit.chunk.unit}按原文列出的名称计数，共 `, countLine(b, listed.items), "："];
    b.d.passages.push(passage);
    b.d.extraSources.push({ chunkId: hit.chunk.id });
    b.d.notes.push(["文件没有写出个数，个数按原文列出的名称数得。"]);
    return b.build();
  }
  return undefined;
}

/** A text answer quoting such a list ("有哪些科室"): the number of its items said first. */
export function addListedCount(plan: QueryPlan, draft: Draft): void {
  if (draft.status !== "answered" || !asksParts(plan)) return;
  for (const passage of draft.passages) {
    const listed = listedItems(passage.text);
    if (!listed) continue;
    const b = new DraftBuilder();
    b.d.figures = draft.figures;
    draft.bullets.unshift(["原文列出 ", countLine(b, listed.items), "。"]);
    return;
  }
}
