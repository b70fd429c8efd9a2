import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDocument } from "../parse/parse-document.js";
import { readDocument } from "../read/read-document.js";
import type { ParsedDocument } from "../schema.js";

/** The sample corpus the tests read: data/docs, by the short ids the tests cite line numbers with. */
export const DOCS_DIR = fileURLToPath(new URL("../../data/docs/", import.meta.url));
export const CORPUS_FILES = {
  "000": "000_2a4a6f0d8c259386.txt",
  "001": "001_c98938bd16771fdc.txt",
  "002": "002_f16b9cd1552d1230.txt",
  "003": "003_ff9efc1699625d1f.txt",
} as const;
export type DocId = keyof typeof CORPUS_FILES;
export const DOC_IDS = Object.keys(CORPUS_FILES) as DocId[];

/** A corpus document's lines, as the parsers see them. */
export function corpusLines(id: DocId): string[] {
  return readFileSync(DOCS_DIR + CORPUS_FILES[id], "utf8").split("\n");
}

/** Every sample document parsed through the reader and parseDocument, keyed by short id. */
export async function parseCorpus(): Promise<Record<DocId, ParsedDocument>> {
  const docs = {} as Record<DocId, ParsedDocument>;
  for (const id of DOC_IDS) {
    const { text } = await readDocument(DOCS_DIR + CORPUS_FILES[id]);
    docs[id] = parseDocument({ docId: id, file: CORPUS_FILES[id], hash: id, text });
  }
  return docs;
}
