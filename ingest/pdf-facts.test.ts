import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { Decimal } from "decimal.js";
import { getDocument } from "./read/pdf/pdfjs.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmbeddings } from "./index/embeddings.js";
import { ingest, type IngestSummary } from "./ingest.js";
import { canonicalRowName } from "./parse/table-facts.js";
import { CORPUS_PDF_DIR, corpusPdfMissing, EXPECTED_STEMS } from "./read/pdf/testing/corpus-pdf.js";
import type { DocumentInfo, Fact } from "./schema.js";
import { SqliteStore } from "./store/sqlite-store.js";
import { matchKey } from "./text/normalize-text.js";
import {
  FACT_FIXTURES,
  loadFactFixture,
  type ExpectedFactCell,
  type ExpectedFigure,
} from "./testing/pdf-fact-fixtures.js";

/**
 * The nine published PDFs ingested once, as a user would (`ingest` into a fresh SQLite index),
 * and the ingested facts read back from the store against what the rendered pages print:
 * ingest/fixtures/pdf/<stem>.expected.json (cells and narrative figures read off the pages with
 * pdftoppm) and, for the narrative, what each sentence is about (ingest/testing/pdf-fact-fixtures.ts).
 */
const missing = corpusPdfMissing();
const ingested = new Map<string, { info: DocumentInfo; facts: Fact[]; pages: [number, number][] }>();
let summary: IngestSummary;
let indexDir: string;

async function pageSizes(file: string): Promise<[number, number][]> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const sizes: [number, number][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const { width, height } = (await pdf.getPage(n)).getViewport({ scale: 1 });
    sizes.push([width, height]);
  }
  await pdf.destroy();
  return sizes;
}

/** The table facts on the cell's page for its table, row and column. */
function cellFacts(facts: Fact[], cell: ExpectedFactCell): Fact[] {
  const row = canonicalRowName(cell.row);
  return facts.filter(
    (f) =>
      f.table &&
      f.source.page === cell.page &&
      matchKey(f.tableTitle ?? "") === matchKey(cell.table) &&
      matchKey(f.column) === matchKey(cell.column) &&
      (cell.subjectCode ? f.rowCode === cell.subjectCode : cell.singleRow || f.row === row),
  );
}

/** The narrative facts of a figure's sentence, on its page, with its value. */
function figureFacts(facts: Fact[], figure: ExpectedFigure): Fact[] {
  const clause = matchKey(figure.clause);
  return facts.filter(
    (f) =>
      !f.table &&
      f.source.page === figure.page &&
      matchKey(f.source.excerpt).includes(clause) &&
      new Decimal(f.value).eq(figure.value) &&
      f.measure === figure.measure,
  );
}

if (missing) {
  console.warn(`${missing}; skipping the PDF fact tests`);
  describe.skip("PDF facts", () => it("needs ../shared/corpus-pdf", () => undefined));
} else {
  beforeAll(async () => {
    indexDir = await mkdtemp(join(tmpdir(), "budget-qa-pdf-facts-"));
    const { embeddings, info } = createEmbeddings({});
    const store = new SqliteStore(indexDir);
    summary = await ingest(
      EXPECTED_STEMS.map((stem) => `${CORPUS_PDF_DIR}${stem}.pdf`),
      { store, embeddings, embeddingInfo: info, aliases: {} },
    );
    const reader = store.reader();
    try {
      for (const info of await reader.documentInfos()) {
        const stem = basename(info.file, ".pdf");
        const facts = await reader.facts({ docIds: [info.docId] });
        ingested.set(stem, { info, facts, pages: await pageSizes(`${CORPUS_PDF_DIR}${stem}.pdf`) });
      }
    } finally {
      await reader.close();
    }
  }, 600_000);

  afterAll(async () => {
    if (indexDir) await rm(indexDir, { recursive: true, force: true });
    const pages = EXPECTED_STEMS.reduce((s, stem) => s + (ingested.get(stem)?.pages.length ?? 0), 0);
    if (summary)
      console.log(
        `PDF ingest: ${summary.documents} documents, ${pages} pages in ${summary.seconds.toFixed(1)} s = ` +
          `${(pages / summary.seconds).toFixed(1)} pages/s, ${(summary.documents / summary.seconds).toFixed(2)} docs/s`,
      );
  });

  it("ingests the nine PDFs, none failed", () => {
    expect(summary.failed).toEqual([]);
    expect([...ingested.keys()].sort()).toEqual(EXPECTED_STEMS);
  });

  describe.each(EXPECTED_STEMS)("%s.pdf", (stem) => {
    const fixture = loadFactFixture(stem);
    const doc = () => ingested.get(stem)!;

    it(`has ≥ 25 page-verified cells as facts: row, column, 万元 value and printed value, on their page`, () => {
      expect(fixture.cells.length).toBeGreaterThanOrEqual(25);
      for (const cell of fixture.cells) {
        const where = `p${cell.page} ${cell.table}｜${cell.row}｜${cell.column}`;
        const [fact, ...more] = cellFacts(doc().facts, cell);
        expect(fact, where).toBeDefined();
        expect(more, where).toEqual([]);
        expect(new Decimal(fact.value).eq(cell.inWanYuan), `${where}: ${fact.value}万元`).toBe(true);
        expect(fact.measure, where).toBe("万元");
        expect([fact.printed?.value ?? fact.value, fact.printed?.unit ?? fact.measure], where).toEqual([
          cell.printed,
          cell.amountUnit,
        ]);
      }
    });

    it("covers every table of the document, a multi-line label, a table split over pages and the 元 tables", () => {
      const { info, facts } = doc();
      const titles = info.report!.tables.map((t) => matchKey(t.title));
      for (const table of fixture.tables) {
        expect(titles, table.title).toContain(matchKey(table.title));
        const asserted = fixture.cells.filter((c) => matchKey(c.table) === matchKey(table.title));
        if (table.empty) {
          // "本表无数据": found, and no figure read into it.
          const own = facts.filter((f) => f.table && matchKey(f.tableTitle ?? "") === matchKey(table.title));
          expect(own, table.title).toEqual([]);
        } else expect(asserted.length, table.title).toBeGreaterThan(0);
      }
      expect(fixture.cells.filter((c) => c.multiLineLabel).length).toBeGreaterThan(0);
      // A table printed over several pages: a cell from a page after its first.
      if (fixture.tables.some((t) => t.pages.length > 1 && !t.empty))
        expect(fixture.cells.filter((c) => c.continued).length).toBeGreaterThan(0);
      const inYuan = fixture.tables.filter((t) => t.amountUnit === "元" && !t.empty);
      for (const table of inYuan)
        expect(
          fixture.cells.filter((c) => c.table === table.title && c.amountUnit === "元").length,
        ).toBeGreaterThan(0);
    });

    it("has ≥ 5 page-verified narrative figures as facts: subject, column, value, on their page", () => {
      expect(fixture.figures.length).toBeGreaterThanOrEqual(5);
      for (const figure of fixture.figures) {
        const found = figureFacts(doc().facts, figure).map((f) => ({
          subject: f.metric ?? f.row,
          column: f.column,
          ...(f.period ? { period: f.period } : {}),
        }));
        expect(found, `p${figure.page} ${figure.sentence}`).toContainEqual({
          subject: figure.subject,
          column: figure.column,
          ...(figure.period ? { period: figure.period } : {}),
        });
      }
    });

    it("places every fact on a page of the PDF, inside it", () => {
      const { facts, pages } = doc();
      for (const f of facts) {
        const where = `${f.id} ${f.row}｜${f.column}`;
        expect(f.source.page, where).toBeGreaterThanOrEqual(1);
        expect(f.source.page, where).toBeLessThanOrEqual(pages.length);
        const [width, height] = pages[f.source.page! - 1];
        const [x0, y0, x1, y1] = f.source.box!;
        expect(x0 <= x1 && y0 <= y1, where).toBe(true);
        expect(Math.min(x0, y0), where).toBeGreaterThanOrEqual(-0.5);
        expect(x1, where).toBeLessThanOrEqual(width + 0.5);
        expect(y1, where).toBeLessThanOrEqual(height + 0.5);
        // A table fact is boxed on its cell, not its row.
        if (f.table) expect(x1 - x0, where).toBeLessThan(width / 3);
      }
    });

    it("passes the arithmetic checks (≥ 98 %), but for the document's own errors, seen on the page", () => {
      const { report } = doc().info;
      expect(report!.checks.failed.map((f) => [f.kind, f.message])).toEqual(
        fixture.documentErrors.map((e) => [e.kind, expect.stringMatching(e.message)]),
      );
      expect(report!.passRate).toBeGreaterThanOrEqual(fixture.minPassRate);
    });
  });

  it("every stem with page-verified expectations has fact fixtures", () => {
    expect(Object.keys(FACT_FIXTURES).sort()).toEqual(EXPECTED_STEMS);
  });
}
