import { createHash } from "node:crypto";
import { appendFile, copyFile, mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_PDF_DIR, corpusPdfMissing } from "../../ingest/read/pdf/testing/corpus-pdf.js";
import { EngineHolder } from "../engine-holder.js";
import {
  DOCS_DIR,
  getJson,
  ingestInto,
  offlineLoader,
  silentLogger,
  startApp,
  tempWork,
} from "../testing/http-harness.js";
import type { RunningApp } from "../testing/http-harness.js";
import { inside, printedItems } from "../testing/pdf-items.js";
import { DOC } from "../testing/sample-index.js";
import { testStore } from "../testing/test-store.js";

/**
 * Citations into a PDF (issue #9 item 5): a fact of a PDF carries its page and box through the
 * answer's citations, GET /api/sources/:id and GET /api/documents/:docId/file. Figures were read
 * off the rendered pages (pdftoppm -r 110 -png): 上海市普陀区财政局 2024 决算, page 18 财政拨款
 * “三公”经费支出决算表, 合计 / 预算数 0.95 and 公务接待费 / 预算数 0.95, 决算数 blank; page 6
 * 收入支出决算总表, 本年收入合计 2,946.25; page 23, section 七（一）: "“三公”经费财政拨款支出年初预算为
 * 0.95万元，支出决算为0.00万元…". Whether a box lies over the figure is checked against pdf.js's own
 * text positions on the page, not against the ingest reader.
 */
const STEM = "putuo-czj-2024-bumen-juesuan";
const missing = corpusPdfMissing();
if (missing) console.warn(`${missing}; skipping the PDF citation API tests`);

interface CitationBody {
  id: string;
  docId: string;
  table?: string;
  section?: string;
  column?: string;
  page?: number;
  box?: [number, number, number, number];
}

describe.skipIf(missing)("citations into a PDF", () => {
  let work: Awaited<ReturnType<typeof tempWork>>;
  let running: RunningApp;
  let pdf: string;
  const json = (path: string) => getJson(running.url, path);

  beforeAll(async () => {
    work = await tempWork("budget-qa-pdf-cite-");
    // A copy, so that the last test can change it under the server.
    await mkdir(join(work.work, "docs"));
    pdf = join(work.work, "docs", `${STEM}.pdf`);
    await copyFile(`${CORPUS_PDF_DIR}${STEM}.pdf`, pdf);
    await ingestInto(work.indexDir, [pdf, join(DOCS_DIR, `${DOC.beijingFinal}.txt`)]);
    const holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
    expect(await holder.reload()).toBe(true);
    running = await startApp(holder);
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await work?.cleanup();
  });

  async function ask(question: string): Promise<{ answer: string; citations: CitationBody[] }> {
    const res = await fetch(`${running.url}/api/chat`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ messages: [{ role: "user", content: question }] }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as { answer: string; citations: CitationBody[] };
  }

  /** The middles of the items printed exactly as `text` on a page, left to right. */
  async function printed(page: number, text: string): Promise<[number, number][]> {
    const { items } = await printedItems(pdf, page);
    return items
      .filter((i) => i.text.trim() === text)
      .map((i) => i.middle)
      .sort((a, b) => a[0] - b[0]);
  }

  it("answers 三公 from table 09 on page 18; each citation's box covers its own printed cell", async () => {
    const { answer, citations } = await ask("普陀区财政局2024年三公经费预算是多少");
    expect(answer).toContain("0.95万元");
    const total = citations.find((c) => c.table && /合计 \/ 预算数$/.test(c.column ?? ""));
    const reception = citations.find((c) => c.table && /公务接待费 \/ 预算数$/.test(c.column ?? ""));
    expect(total, "a citation of the 合计 / 预算数 cell").toBeDefined();
    expect(reception, "a citation of the 公务接待费 / 预算数 cell").toBeDefined();
    expect(total!.page).toBe(18);
    expect(reception!.page).toBe(18);
    // Two cells print 0.95 on the page: 合计 is the first column, 公务接待费 the last.
    const [left, right] = await printed(18, "0.95");
    expect(right, "two printed 0.95 on page 18").toBeDefined();
    expect(inside(left!, total!.box!)).toBe(true);
    expect(inside(right!, total!.box!)).toBe(false);
    expect(inside(right!, reception!.box!)).toBe(true);
  });

  it("GET /api/sources/:id returns the page, the box and the URL of the original file", async () => {
    const { citations } = await ask("普陀区财政局2024年三公经费预算是多少");
    const cited = citations.find((c) => c.table && /合计 \/ 预算数$/.test(c.column ?? ""))!;
    const { status, body } = await json(`/api/sources/${encodeURIComponent(cited.id)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: cited.id,
      type: "table",
      docId: STEM,
      page: 18,
      box: cited.box,
      fileUrl: `/api/documents/${STEM}/file`,
    });
    expect(body.highlight).toMatchObject({ value: "0.95" });
  });

  it("places 本年收入合计 2,946.25 on page 6 of 收入支出决算总表", async () => {
    const { answer, citations } = await ask("普陀区财政局2024年收入合计是多少");
    expect(answer).toContain("2946.25万元");
    const cited = citations.find((c) => c.table)!;
    expect(cited.page).toBe(6);
    const [printedAt] = await printed(6, "2,946.25");
    expect(printedAt, "2,946.25 printed on page 6").toBeDefined();
    expect(inside(printedAt!, cited.box!)).toBe(true);
    const { body } = await json(`/api/sources/${encodeURIComponent(cited.id)}`);
    expect(body).toMatchObject({ page: 6, box: cited.box, title: "收入支出决算总表" });
  });

  it("places a narrative figure on the paragraph it is stated in (page 23)", async () => {
    const { answer, citations } = await ask("普陀区财政局2024年三公经费是多少");
    expect(answer).toContain("0.00万元");
    const sentence = citations.find((c) => !c.table && c.section?.includes("“三公”经费"));
    expect(sentence, "a citation of the 三公 narrative").toBeDefined();
    expect(sentence!.page).toBe(23);
    const { items } = await printedItems(pdf, 23);
    const budget = items.filter((i) => i.text.includes("0.95"));
    expect(budget.length).toBeGreaterThan(0);
    expect(budget.some((i) => inside(i.middle, sentence!.box!))).toBe(true);
    // Only that paragraph: not the heading （一）… above it, nor the next paragraph (…持平).
    const heading = items.find((i) => i.text.includes("支出决算总体情况说明"));
    const next = items.filter((i) => i.text.includes("持平"));
    expect(heading && next.length).toBeTruthy();
    expect(inside(heading!.middle, sentence!.box!)).toBe(false);
    expect(next.some((i) => inside(i.middle, sentence!.box!))).toBe(false);
    const { body } = await json(`/api/sources/${encodeURIComponent(sentence!.id)}`);
    expect(body).toMatchObject({
      type: "section",
      page: 23,
      box: sentence!.box,
      fileUrl: `/api/documents/${STEM}/file`,
    });
    expect(body.markdown).toContain("<mark>");
  });

  it("shows a cited passage (a section chunk, no box of its own) on the page its figures are printed on", async () => {
    const store = testStore(work.indexDir).reader();
    try {
      const narrative = (await store.facts({ docIds: [STEM] })).find(
        (f) => !f.table && f.source.section.at(-1)?.includes("“三公”经费财政拨款支出决算总体情况"),
      );
      expect(narrative, "a fact of section 七（一）").toBeDefined();
      const chunk = await store.sectionChunk(STEM, narrative!.source.section);
      expect(chunk).toBeDefined();
      const { status, body } = await json(`/api/sources/${encodeURIComponent(chunk!.id)}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ type: "section", page: 23, fileUrl: `/api/documents/${STEM}/file` });
      expect(body.box).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it("GET /api/documents/:docId/file streams the PDF the document was ingested from", async () => {
    const res = await fetch(`${running.url}/api/documents/${STEM}/file`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`inline; filename*=UTF-8''${STEM}.pdf`);
    const bytes = Buffer.from(await res.arrayBuffer());
    const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");
    expect(sha(bytes)).toBe(sha(await readFile(`${CORPUS_PDF_DIR}${STEM}.pdf`)));
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("a text export keeps its text view: no page, no box; its file is served as text", async () => {
    const facts = await json(`/api/facts?year=2024&q=${encodeURIComponent("公务接待费")}`);
    const fact = facts.body.facts.find((f: { docId: string }) => f.docId === DOC.beijingFinal);
    expect(fact).toBeDefined();
    const { body } = await json(`/api/sources/${encodeURIComponent(fact.id)}`);
    expect(body.docId).toBe(DOC.beijingFinal);
    expect(body).not.toHaveProperty("page");
    expect(body).not.toHaveProperty("box");
    expect(body).not.toHaveProperty("fileUrl");
    const res = await fetch(`${running.url}/api/documents/${DOC.beijingFinal}/file`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toContain("株洲市人民政府驻北京联络处");
  });

  it("answers 404 JSON for an unknown document and 400 for a malformed id", async () => {
    const unknown = await json("/api/documents/no-such-document/file");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: "NOT_FOUND" });
    const long = await json(`/api/documents/${"x".repeat(201)}/file`);
    expect(long.status).toBe(400);
    expect(long.body.error.code).toBe("BAD_REQUEST");
    // A path in place of an id names no document.
    const traversal = await json(`/api/documents/${encodeURIComponent("../../etc/passwd")}/file`);
    expect(traversal.status).toBe(404);
  });

  it("does not serve a file changed since it was indexed; the source keeps its page without a file", async () => {
    await appendFile(pdf, "\n% edited\n");
    const changed = await json(`/api/documents/${STEM}/file`);
    expect(changed.status).toBe(404);
    expect(changed.body.error.code).toBe("NOT_FOUND");
    expect(changed.body.error.message).toMatch(/no longer available/);
    const { citations } = await ask("普陀区财政局2024年三公经费预算是多少");
    const { body } = await json(`/api/sources/${encodeURIComponent(citations[0]!.id)}`);
    expect(body.page).toBe(18);
    expect(body).not.toHaveProperty("fileUrl");
  });
});

describe("pdf.js served by the app for the page (no CDN)", () => {
  let work: Awaited<ReturnType<typeof tempWork>>;
  let running: RunningApp;

  beforeAll(async () => {
    work = await tempWork("budget-qa-pdfjs-");
    // Static files need no index: the holder is never loaded.
    running = await startApp(new EngineHolder(offlineLoader(work.indexDir), silentLogger));
  });
  afterAll(async () => {
    await running?.close();
    await work?.cleanup();
  });

  it("serves the library, its worker, the CMaps and the standard fonts, and nothing else of pdfjs-dist", async () => {
    for (const [path, type] of [
      ["/vendor/pdfjs/pdf.mjs", /^text\/javascript/],
      ["/vendor/pdfjs/pdf.worker.mjs", /^text\/javascript/],
      ["/pdf-view.js", /^text\/javascript/],
      ["/vendor/pdfjs/cmaps/UniGB-UCS2-H.bcmap", /^application\/octet-stream/],
      ["/vendor/pdfjs/standard_fonts/FoxitSerif.pfb", /./],
    ] as const) {
      const res = await fetch(`${running.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(type);
      expect(res.headers.get("content-security-policy"), path).toContain("default-src 'self'");
      await res.arrayBuffer();
    }
    for (const path of [
      "/vendor/pdfjs/pdf.mjs.map",
      "/vendor/pdfjs/pdf.sandbox.mjs",
      "/vendor/pdfjs/build/pdf.mjs",
      "/vendor/pdfjs/package.json",
      "/vendor/pdfjs/cmaps/../package.json",
    ]) {
      const res = await fetch(`${running.url}${path}`);
      expect(res.status, path).toBe(404);
      await res.arrayBuffer();
    }
  });
});
