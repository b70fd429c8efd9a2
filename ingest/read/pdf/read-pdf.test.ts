import { readFileSync } from "node:fs";
import { getDocument } from "./pdfjs.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { matchKey } from "../../text/normalize-text.js";
import type { DocumentText } from "../read-document.js";
import { readPdf } from "./read-pdf.js";
import { CORPUS_PDF_DIR, corpusPdfMissing, EXPECTED_STEMS } from "./testing/corpus-pdf.js";
import { findExpectedCell, loadExpected, type ExpectedPdf } from "./testing/expected-pdf.js";

/**
 * The reader on the real disclosure PDFs, against expectations read off the rendered pages
 * (ingest/fixtures/pdf). Each PDF is read once per describe block.
 */
const missing = corpusPdfMissing();
const read = new Map<string, { doc: DocumentText; ms: number }>();
const passRates = new Map<string, string>();

async function readOnce(stem: string): Promise<DocumentText> {
  const cached = read.get(stem);
  if (cached) return cached.doc;
  const bytes = readFileSync(`${CORPUS_PDF_DIR}${stem}.pdf`);
  const started = performance.now();
  const doc = await readPdf(`${stem}.pdf`, bytes);
  read.set(stem, { doc, ms: performance.now() - started });
  return doc;
}

async function pageHeights(file: string): Promise<number[]> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const heights: number[] = [];
  for (let n = 1; n <= pdf.numPages; n++)
    heights.push((await pdf.getPage(n)).getViewport({ scale: 1 }).height);
  await pdf.destroy();
  return heights;
}

const PAGE_NUMBER_LINE = /^([-－—–]\s*)?\d{1,3}(\s*[-－—–])?$|^第\s*\d+\s*页|^\d+\s*\/\s*\d+$/;

if (missing) {
  console.warn(`${missing}; skipping the PDF corpus tests`);
  describe.skip("PDF corpus", () => it("needs ../shared/corpus-pdf", () => undefined));
} else {
  afterAll(() => {
    const timed = EXPECTED_STEMS.flatMap((stem) => read.get(stem) ?? []);
    const pages = timed.reduce((s, r) => s + (r.doc.pages ?? 0), 0);
    const seconds = timed.reduce((s, r) => s + r.ms, 0) / 1000;
    console.log(
      `expected cells found per document:\n${[...passRates].map(([s, r]) => `  ${s}: ${r}`).join("\n")}`,
    );
    console.log(
      `reader throughput over ${timed.length} PDFs: ${pages} pages in ${seconds.toFixed(1)} s = ${(pages / seconds).toFixed(1)} pages/s`,
    );
  });

  describe.each(EXPECTED_STEMS)("%s.pdf", (stem) => {
    let doc: DocumentText;
    let lines: string[];
    let expected: ExpectedPdf;
    beforeAll(async () => {
      doc = await readOnce(stem);
      lines = doc.text.split("\n");
      expected = loadExpected(stem);
    });

    it("holds the expected table cells at their header's column (≥ 95%)", () => {
      const failed = expected.cells.filter((cell) => !findExpectedCell(doc, cell));
      const found = expected.cells.length - failed.length;
      passRates.set(
        stem,
        `${found}/${expected.cells.length} (${((100 * found) / expected.cells.length).toFixed(1)}%)`,
      );
      for (const cell of failed)
        console.warn(`${stem}: not found p${cell.page} ${cell.row} × ${cell.column} = ${cell.value}`);
      expect(found / expected.cells.length).toBeGreaterThanOrEqual(0.95);
    });

    it("keeps each narrative figure inside one re-flowed line, on its page", () => {
      const keys = lines.map(matchKey);
      for (const item of expected.narrative) {
        const sentence = matchKey(item.sentence);
        let at = keys.findIndex((k) => k.includes(sentence));
        // A heading and the figure under it ("六、年度预算安排" / "795万元") are two lines on the page too.
        if (at < 0)
          at = keys.findIndex(
            (k, i) => /^[一二三四五六七八九十]+、/.test(k) && (k + keys[i + 1]).includes(sentence),
          );
        expect(at, item.sentence).toBeGreaterThanOrEqual(0);
        expect([item.page - 1, item.page], item.sentence).toContain(doc.sources![at].page);
      }
    });

    it("reads a table split over pages as one table, its repeated header dropped", () => {
      for (const table of expected.tables.filter((t) => t.pages.length > 1)) {
        const cellPages = expected.cells.filter((c) => c.table === table.title).map((c) => c.page);
        const title = lines.findIndex(
          (l, i) => matchKey(l) === matchKey(table.title) && doc.sources![i].page === table.pages[0],
        );
        expect(title, table.title).toBeGreaterThanOrEqual(0);
        let start = title + 1;
        while (!lines[start].includes("\t")) start++;
        let end = start;
        while (lines[end + 1]?.includes("\t")) end++;
        // Every page with an expected cell of the table is in the one run of tab rows (a page
        // holding only an empty ruled row adds no row).
        const pages = new Set(doc.sources!.slice(start, end + 1).map((s) => s.page));
        for (const page of [table.pages[0], ...cellPages]) expect([...pages], table.title).toContain(page);
        for (const page of pages) expect(table.pages, table.title).toContain(page);
        const header = lines[start];
        expect(
          lines.slice(start, end + 1).filter((l) => l === header),
          table.title,
        ).toHaveLength(1);
      }
    });

    it("drops page numbers and running headers", async () => {
      expect(lines.filter((l) => PAGE_NUMBER_LINE.test(l.trim()))).toEqual([]);
      // The same text in the top or bottom margin of three pages is a running header or footer,
      // unless it is the caption of the table right below it (one form per page).
      const heights = await pageHeights(`${CORPUS_PDF_DIR}${stem}.pdf`);
      const inMargin = new Map<string, Set<number>>();
      doc.sources!.forEach(({ page, box }, i) => {
        const h = heights[page - 1];
        if (lines[i].trim() === "" || (box[3] > 0.1 * h && box[1] < 0.9 * h)) return;
        if (lines.slice(i + 1, i + 3).some((l) => l.includes("\t"))) return;
        const key = lines[i].replace(/\d+/g, "#");
        inMargin.set(key, (inMargin.get(key) ?? new Set()).add(page));
      });
      expect([...inMargin].filter(([, pages]) => pages.size >= 3).map(([key]) => key)).toEqual([]);
    });

    it("traces every line to a page and a box on it, and every cell of a row", () => {
      expect(doc.sources).toHaveLength(lines.length);
      expect(doc.pages).toBe(expected.pages);
      doc.sources!.forEach((s, i) => {
        expect(s.page).toBeGreaterThanOrEqual(1);
        expect(s.page).toBeLessThanOrEqual(expected.pages);
        expect(s.box[0]).toBeLessThanOrEqual(s.box[2]);
        expect(s.box[1]).toBeLessThanOrEqual(s.box[3]);
        expect(Math.min(...s.box)).toBeGreaterThan(-1);
        expect(Math.max(...s.box)).toBeLessThan(900);
        if (lines[i].includes("\t")) expect(s.cells).toHaveLength(lines[i].split("\t").length);
        else expect(s.cells).toBeUndefined();
      });
    });
  });

  describe("cited boxes (pages and places checked on the rendered pages)", () => {
    /** [stem, row label, amount, page the row is printed on]: crops of these boxes show the amount. */
    const probes: [string, string, string, number][] = [
      ["putuo-swh-2025-bumen-yusuan", "一、财政拨款收入", "371,514,655.00", 9],
      ["putuo-czj-2024-bumen-juesuan", "人员经费合计", "2,152.26", 17],
      ["putuo-wanli-2024-bumen-yusuan", "合计", "156,211,123", 15],
      ["putuo-sfj-2026-bumen-yusuan", "10.81", "217.83", 21],
    ];
    it.each(probes)("%s: %s = %s on page %i", async (stem, label, amount, page) => {
      const doc = await readOnce(stem);
      const lines = doc.text.split("\n");
      const at = lines.findIndex((l) => l.split("\t").includes(label) && l.split("\t").includes(amount));
      expect(at).toBeGreaterThanOrEqual(0);
      const source = doc.sources![at];
      expect(source.page).toBe(page);
      const cells = lines[at].split("\t");
      const labelBox = source.cells![cells.indexOf(label)]!;
      const amountBox = source.cells![cells.indexOf(amount)]!;
      // One printed row (the boxes overlap vertically), the label left of the amount.
      expect(Math.min(labelBox[3], amountBox[3])).toBeGreaterThan(Math.max(labelBox[1], amountBox[1]));
      expect(labelBox[2]).toBeLessThanOrEqual(amountBox[0]);
      expect(amountBox[0]).toBeGreaterThanOrEqual(source.box[0]);
      expect(amountBox[2]).toBeLessThanOrEqual(source.box[2]);
    });

    it("puts a paragraph continued from one printed line to the next at its first line's page", async () => {
      const doc = await readOnce("putuo-czj-2024-bumen-juesuan");
      const at = doc.text.split("\n").findIndex((l) => l.startsWith("机关运行经费支出184.65万元"));
      expect(doc.sources![at].page).toBe(24);
      expect(doc.text.split("\n")[at]).toContain("导致相关支出略有增加。");
    });
  });

  describe("the blank 部门决算 template", () => {
    it("reads without error, its tables as tab rows (收入决算表 as on page 6)", async () => {
      const doc = await readOnce("shanghai-bumen-juesuan-template-2024");
      const lines = doc.text.split("\n");
      expect(doc.pages).toBe(23);
      const header = lines.indexOf(
        "项目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入",
      );
      expect(header).toBeGreaterThanOrEqual(0);
      expect(doc.sources![header].page).toBe(6);
      expect(lines[header + 1]).toBe("功能分类科目编码\t科目名称\t\t\t\t\t\t\t");
      // "其他文化旅游体育与传媒支" / "出" wrapped inside its cell: one label.
      expect(lines.slice(header, header + 12)).toContain("20799\t其他文化旅游体育与传媒支出\t\t\t\t\t\t\t");
    });
  });
}
