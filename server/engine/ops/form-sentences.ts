import type { Knowledge } from "../knowledge.js";
import { retrieve, type Retrieved, type RetrievalFilter } from "../retrieval.js";

/** Form tables searched for a sentence of their own. */
const FORMS_SEARCHED = 8;

/** A cell that is written as a sentence (a 自评表's 实际完成情况), not a label or a figure. */
const SENTENCE_CELL = /[\u4e00-\u9fa5]{4}.*[\u4e00-\u9fa5]{4}/;
const SHORTEST_SENTENCE = 16;

/**
 * The sentences the cells of the unit's forms state (a 绩效自评表 says what was done in prose, and
 * may say it otherwise than the report does), each as a passage sentence of its table chunk.
 */
export async function formSentences(
  k: Knowledge,
  search: string,
  filter: RetrievalFilter,
): Promise<{ hit: Retrieved; text: string; lead: string; previous: string }[]> {
  const hits = await retrieve(k, search, { ...filter, type: "table" }, FORMS_SEARCHED);
  return hits.flatMap((hit) =>
    hit.chunk.text
      .split("\n")
      .filter((line) => line.startsWith("|"))
      .flatMap((line) => line.split("|").map((cell) => cell.trim()))
      .filter((cell) => cell.length >= SHORTEST_SENTENCE && SENTENCE_CELL.test(cell) && !cell.includes(" / "))
      .map((text) => ({ hit, text, lead: "", previous: "" })),
  );
}
