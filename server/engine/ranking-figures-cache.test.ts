import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticCorpus } from "../../eval/synthetic-corpus.js";
import { createEmbeddings } from "../../ingest/index/embeddings.js";
import type { IndexStore } from "../../ingest/store/store.js";
import { ingestInto, tempWork } from "../testing/http-harness.js";
import { testStore } from "../testing/test-store.js";
import { createEngine } from "./answer.js";

/**
 * A ranking over many units reads every document's headline figure once per (metric, basis) and
 * reuses it until the next reload. On a synthetic corpus of 72 units (eval/synthetic-corpus.ts):
 * the store is asked once per ranking, and the cached answer is the one a fresh engine gives.
 */
const DOCUMENTS = 72;
let work: Awaited<ReturnType<typeof tempWork>>;

beforeAll(async () => {
  work = await tempWork("budget-qa-ranking-");
  const corpus = join(work.work, "corpus");
  await writeSyntheticCorpus({ count: DOCUMENTS, outDir: corpus, seed: 7 });
  await ingestInto(work.indexDir, [corpus]);
}, 120_000);
afterAll(() => work?.cleanup());

/** The store, counting its headline-figure reads. */
function counted(reader: IndexStore): { store: IndexStore; reads: () => number } {
  let reads = 0;
  const store = new Proxy(reader, {
    get(target, name, receiver) {
      if (name === "figures")
        return (...args: Parameters<IndexStore["figures"]>) => {
          reads++;
          return target.figures(...args);
        };
      const value = Reflect.get(target, name, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { store, reads: () => reads };
}

const ask = (engine: Awaited<ReturnType<typeof createEngine>>, q: string) =>
  engine.answer([{ role: "user", content: q }], { llm: false });

describe("rankings over all units", () => {
  it("read the figures once and answer as a fresh engine does", async () => {
    const { embeddings } = createEmbeddings({});
    const { store, reads } = counted(testStore(work.indexDir).reader());
    const engine = await createEngine(store, embeddings);
    const first = await ask(engine, "哪个单位三公经费最高");
    expect(first.status).toBe("answered");
    const afterFirst = reads();
    expect(afterFirst).toBeGreaterThan(0);
    const again = await ask(engine, "三公经费最高的是哪个单位");
    expect(reads()).toBe(afterFirst);
    const fresh = await createEngine(testStore(work.indexDir).reader(), embeddings);
    expect((await ask(fresh, "三公经费最高的是哪个单位")).answer).toBe(again.answer);
  });
});
