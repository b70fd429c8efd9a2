import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { createEmbeddings, type EmbeddingInfo } from "../../index/embeddings.js";
import type { DocumentInfo, Manifest } from "../../schema.js";
import { parseCorpus, type DocId } from "../../testing/corpus.js";
import { buildUnits } from "../../units/build-units.js";
import { PostgresStore } from "../postgres-store.js";
import { DB_FILE } from "../sqlite-check.js";
import { SqliteStore } from "../sqlite-store.js";
import type { DocumentWrite, ParsedWrite, Store } from "../store.js";
import { documentVocabulary } from "../vocabulary.js";
import { postgresAvailable, startPostgres, type PostgresServer } from "./postgres-server.js";

/** The sample corpus as store writes (parsed, embedded, with vocabulary), and stores to write them to. */

export const EMBEDDINGS = createEmbeddings({});

export async function corpusWrites(): Promise<Record<DocId, ParsedWrite>> {
  const parsed = await parseCorpus();
  const writes = {} as Record<DocId, ParsedWrite>;
  for (const [id, document] of Object.entries(parsed) as [DocId, (typeof parsed)[DocId]][])
    writes[id] = {
      parsed: document,
      path: `/corpus/${document.info.file}`,
      parser: "contract-test",
      vectors: await EMBEDDINGS.embeddings.embedDocuments(document.chunks.map((chunk) => chunk.text)),
      vocabulary: documentVocabulary(document.facts),
    };
  return writes;
}

/** The manifest as ingest's commit builds it: counts summed from the stored documents' infos. */
export function manifestFor(documents: DocumentInfo[], embedding: EmbeddingInfo): Manifest {
  const sum = (count: (document: DocumentInfo) => number) => documents.reduce((n, d) => n + count(d), 0);
  return {
    formatVersion: 1,
    builtAt: "2025-01-01T00:00:00.000Z",
    embedding,
    documents: documents.map((document) => ({
      docId: document.docId,
      file: document.file,
      hash: document.hash,
    })),
    counts: {
      documents: documents.length,
      sections: sum((document) => document.counts.sections),
      tables: sum((document) => document.counts.tables),
      facts: sum((document) => document.counts.facts),
      chunks: sum((document) => document.counts.chunks),
      warnings: sum((document) => document.warnings.length),
    },
    versions: { parser: "contract-test" },
  };
}

/** One writer transaction: removals, then puts, then commit with units and manifest. */
export async function ingestInto(
  store: Store,
  puts: DocumentWrite[],
  removals: string[] = [],
): Promise<void> {
  const writer = await store.writer();
  try {
    for (const docId of removals) await writer.remove(docId);
    for (const write of puts) await writer.put(write);
    const infos = (await writer.documentSummaries()).map((summary) => summary.info);
    await writer.commit({ manifest: manifestFor(infos, EMBEDDINGS.info), units: buildUnits(infos, {}) });
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/** A fresh, empty store of one kind, and a way to damage it behind its back. */
export interface TargetStore {
  store: Store;
  deleteFacts(docId: string): Promise<void>;
}

export interface StoreTarget<T extends TargetStore = TargetStore> {
  name: "sqlite" | "postgres";
  available: boolean;
  create(label: string): Promise<T>;
  stop(): Promise<void>;
}

/** A PostgreSQL store, with SQL access to its schema. */
export interface PostgresTargetStore extends TargetStore {
  schema: string;
  cacheDir: string;
  location: string;
  sql<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
}

export function sqliteTarget(): StoreTarget {
  const folders: string[] = [];
  return {
    name: "sqlite",
    available: true,
    async create(label) {
      const folder = await mkdtemp(join(tmpdir(), `budget-qa-${label}-`));
      folders.push(folder);
      return {
        store: new SqliteStore(folder),
        async deleteFacts(docId) {
          const db = new Database(join(folder, DB_FILE));
          db.prepare("DELETE FROM facts WHERE doc_id = ?").run(docId);
          db.close();
        },
      };
    },
    async stop() {
      for (const folder of folders) await rm(folder, { recursive: true, force: true });
    },
  };
}

/** Each store is its own schema in one throwaway server, started on first use. */
export function postgresTarget(): StoreTarget<PostgresTargetStore> {
  let server: Promise<PostgresServer> | undefined;
  let cacheDir: string | undefined;
  return {
    name: "postgres",
    available: postgresAvailable(),
    async create(label) {
      server ??= startPostgres();
      const { url } = await server;
      cacheDir ??= await mkdtemp(join(tmpdir(), "budget-qa-pg-cache-"));
      const schema = `contract_${label.replace(/\W/g, "_")}`;
      const sql = async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
        const client = new pg.Client(url);
        await client.connect();
        try {
          return (await client.query<R>(text, values)).rows;
        } finally {
          await client.end();
        }
      };
      return {
        store: new PostgresStore(url, { cacheDir, schema }),
        schema,
        cacheDir,
        location: url,
        sql,
        async deleteFacts(docId) {
          await sql(`DELETE FROM ${schema}.facts WHERE doc_id = $1`, [docId]);
        },
      };
    },
    async stop() {
      if (server) await (await server).stop();
      if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
    },
  };
}
