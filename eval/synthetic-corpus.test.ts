import { SqliteStore } from "../ingest/store/sqlite-store.js";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmbeddings } from "../ingest/index/embeddings.js";
import { ingest, type IngestSummary } from "../ingest/ingest.js";
import { parseDocument } from "../ingest/parse/parse-document.js";
import type { Fact } from "../ingest/schema.js";
import {
  SAMPLE_DIR,
  formatLike,
  scaleText,
  unitNames,
  writeSyntheticCorpus,
  type SyntheticDoc,
} from "./synthetic-corpus.js";

let work: string;
let docs: SyntheticDoc[];
let summary: IngestSummary;
let facts: Fact[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "budget-qa-synthetic-"));
  docs = await writeSyntheticCorpus({ count: 5, outDir: join(work, "docs"), seed: 7 });
  const { embeddings, info } = createEmbeddings({});
  const store = new SqliteStore(join(work, "index"));
  summary = await ingest([join(work, "docs")], {
    store,
    embeddings,
    embeddingInfo: info,
    aliases: {},
  });
  const reader = store.reader();
  facts = await reader.facts({});
  await reader.close();
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** The 三公 actual total (table 09, 决算数 / 合计) of a parsed document. */
const sangong = (fs: Fact[]) => fs.find((f) => f.table === "09" && f.column === "决算数 / 合计")?.value;

describe("synthetic corpus", () => {
  it("scales amounts with two decimals and keeps their style; codes, rates, counts and years stay", () => {
    const f = new Decimal("2.5");
    expect(scaleText("5,487.18", f)).toBe("13,717.95");
    expect(scaleText("5, 487. 18", f)).toBe("13, 717. 95");
    expect(scaleText("247.80\u3000", f)).toBe("619.50\u3000");
    expect(scaleText("-7.65", f)).toBe("-19.13");
    expect(scaleText("2010301", f)).toBe("2010301");
    expect(scaleText("2024年度收、支总计5487.18万元，占86.09%，共有车辆19辆。", f)).toBe(
      "2024年度收、支总计13717.95万元，占86.09%，共有车辆19辆。",
    );
    expect(scaleText("年初预算为683万元", f)).toBe("年初预算为1707.50万元");
    expect(formatLike("1,268.40", new Decimal("1234567.891"))).toBe("1,234,567.89");
  });

  it("draws about a thousand distinct, plausible unit names", () => {
    const names = unitNames();
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(1000);
    expect(names).toContain("中共株洲市芦淞区委政法委员会");
  });

  it("writes five documents that all ingest, under their new unit names and shifted years", async () => {
    expect(docs).toHaveLength(5);
    expect(summary.failed).toEqual([]);
    expect(summary.documents).toBe(5);
    expect(new Set(docs.map((d) => d.unit)).size).toBe(5);
    const byDoc = new Map<string, { unit: string; year: number }>();
    for (const f of facts) byDoc.set(f.docId, { unit: f.unit, year: f.year });
    for (const d of docs) {
      const docId =
        d.file
          .split("/")
          .pop()
          ?.replace(/\.txt$/, "") ?? "";
      expect(byDoc.get(docId)).toEqual({ unit: d.unit, year: d.year });
      const text = await readFile(d.file, "utf8");
      expect(text).not.toContain(d.sourceUnit);
    }
  });

  it("scales the 三公 total of each final-accounts document by its factor", async () => {
    let checked = 0;
    for (const d of docs) {
      const original = await readFile(join(SAMPLE_DIR, d.source), "utf8");
      const before = sangong(parseDocument({ docId: "src", file: d.source, hash: "", text: original }).facts);
      if (!before) continue; // 001 has no table 09, 003 is a budget narrative
      const docId = d.file
        .split("/")
        .pop()
        ?.replace(/\.txt$/, "");
      const after = sangong(facts.filter((f) => f.docId === docId));
      const expected = new Decimal(before)
        .times(d.factor)
        .toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
        .toFixed();
      expect(new Decimal(after ?? "NaN").toFixed(), `${d.source} × ${d.factor}`).toBe(
        new Decimal(expected).toFixed(),
      );
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });
});
