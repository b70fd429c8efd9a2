import { AppError } from "../lib/app-error.js";
import { documentFigures, type Figure } from "./domain/select-figures.js";
import { LocalHashEmbeddings } from "./index/local-embeddings.js";
import type { MetaOverrides } from "./parse/document-meta.js";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";
import type { DocumentInfo, ParsedDocument } from "./schema.js";
import { tokensText } from "./store/scoring.js";
import { tokens } from "./index/tokenize.js";
import type { VocabularyEntry } from "./store/store.js";
import { documentVocabulary } from "./store/vocabulary.js";
import { encodeRows, type EncodedRows } from "./store/encoded-rows.js";

/** One file to turn into rows: what the ingest decided about it, and its bytes. */
export interface PrepareInput {
  file: string;
  /** The path relative to the working folder, recorded on the document. */
  relativePath: string;
  docId: string;
  hash: string;
  bytes: Uint8Array;
  /** Dimensions of the local embedding, when vectors are computed here (no endpoint configured). */
  localDimensions?: number;
  /** Unit, year or kind given on the command line; they win over the text. */
  overrides?: MetaOverrides;
  /** Also serialise the rows as the SQLite store writes them (off the main thread). */
  encodeRows?: boolean;
}

/** A prepared document's rows: parsed objects, or (for a store that binds them) only encoded rows. */
export type PreparedRows =
  | {
      parsed: ParsedDocument;
      /** Each chunk's lexical terms, tokenised once. */
      terms: string[];
      encoded?: undefined;
    }
  | {
      /** Not posted with the rows: both would double the copy between threads. */
      parsed?: undefined;
      encoded: EncodedRows;
    };

export type Prepared =
  | ({
      ok: true;
      info: DocumentInfo;
      vocabulary: VocabularyEntry[];
      /** The document's headline figure per (metric, want). */
      figures: Figure[];
      /** Absent when `encoded` holds them (as float32 bytes, see decodeVectors). */
      vectors?: number[][];
    } & PreparedRows)
  | {
      ok: false;
      message: string;
      /** Not a disclosure (a README, a recipe) or a blank published template: a notice, not a failure. */
      skip?: "not-a-disclosure" | "template";
    };

/**
 * Everything CPU-bound about one document: read, parse, tokenise, and (offline) embed. Pure
 * apart from logging; runs in a worker thread of the parse pool or inline.
 */
export async function prepareDocument(input: PrepareInput): Promise<Prepared> {
  let parsed: ParsedDocument;
  try {
    const { text, sources, warnings } = await readDocument(input.file, Buffer.from(input.bytes));
    parsed = parseDocument({
      docId: input.docId,
      file: input.relativePath,
      hash: input.hash,
      text,
      sources,
      overrides: input.overrides,
      readWarnings: warnings,
    });
  } catch (error) {
    const message = error instanceof AppError ? error.message : `${input.file}: ${(error as Error).message}`;
    if (error instanceof AppError && error.code === "NOT_A_DISCLOSURE")
      return {
        ok: false,
        message,
        skip: error.details?.reason === "template" ? "template" : "not-a-disclosure",
      };
    return { ok: false, message };
  }
  const clash = repeatedId(parsed);
  if (clash)
    return {
      ok: false,
      message: `${input.file}: two parts of the document have the same id ${clash} (a table number used twice?); not indexed`,
    };
  // Each chunk is cut once: its stored terms and its local embedding both come from the cut.
  const cuts = parsed.chunks.map((c) => tokens(c.text));
  const terms = cuts.map(tokensText);
  const embedder = input.localDimensions ? new LocalHashEmbeddings(input.localDimensions) : undefined;
  const vectors = embedder && cuts.map((cut) => embedder.embedTokens(cut));
  const figures = documentFigures(parsed.facts, parsed.info);
  const vocabulary = documentVocabulary(parsed.facts);
  if (!input.encodeRows) return { ok: true, info: parsed.info, parsed, vocabulary, figures, terms, vectors };
  const encoded = encodeRows(parsed, terms, vectors);
  // Only the rows are posted: the parsed objects as well would double the copy between threads.
  return {
    ok: true,
    info: parsed.info,
    vocabulary,
    figures,
    vectors: encoded.chunks.vectors ? undefined : vectors,
    encoded,
  };
}

/**
 * The first id two rows of a parsed document share (facts, tables, sections, chunks): the store
 * keys rows by id, so such a document would abort the whole ingest instead of failing alone.
 */
function repeatedId(parsed: ParsedDocument): string | undefined {
  for (const rows of [parsed.facts, parsed.tables, parsed.sections, parsed.chunks]) {
    const seen = new Set<string>();
    for (const { id } of rows) {
      if (seen.has(id)) return id;
      seen.add(id);
    }
  }
  return undefined;
}
