import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_PDF_DIR, corpusPdfMissing } from "../ingest/read/pdf/testing/corpus-pdf.js";
import { EngineHolder } from "../server/engine-holder.js";
import {
  DOCS_DIR,
  ROOT,
  ingestInto,
  offlineLoader,
  silentLogger,
  startApp,
  tempWork,
  type RunningApp,
} from "../server/testing/http-harness.js";
import { inside, printedItems } from "../server/testing/pdf-items.js";
import { DOC } from "../server/testing/sample-index.js";

/**
 * Citations into a PDF on the chat page in headless Chromium: the cited page drawn by pdf.js
 * (served by the app, nothing from another origin) with the cited cell or paragraph outlined.
 * The outline's rectangle is compared with the cited box × the page's scale, and the pixels
 * under it must be ink: the figure read off the rendered page (上海市普陀区财政局 2024 决算,
 * page 18, 财政拨款“三公”经费支出决算表: 合计 / 预算数 0.95; page 23: the 三公 paragraph).
 * Screenshots land in eval/artifacts/screenshots/ (gitignored).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = join(ROOT, "eval", "artifacts", "screenshots");
const STEM = "putuo-czj-2024-bumen-juesuan";
const PDF = `${CORPUS_PDF_DIR}${STEM}.pdf`;
const hasChromium = existsSync(CHROMIUM);
const missing = corpusPdfMissing();
if (!hasChromium) console.warn(`web/pdf-citation.test.ts skipped: no Chromium at ${CHROMIUM}`);
if (missing) console.warn(`${missing}; skipping the PDF citation page tests`);

const BUDGET_Q = "普陀区财政局2024年三公经费预算是多少";
const ACTUAL_Q = "普陀区财政局2024年三公经费是多少";

type Box = [number, number, number, number];
interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

describe.skipIf(!hasChromium || missing)(`citations into a PDF in Chromium (${CHROMIUM})`, () => {
  let work: Awaited<ReturnType<typeof tempWork>>;
  let running: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    work = await tempWork("budget-qa-web-pdf-");
    await ingestInto(work.indexDir, [PDF, join(DOCS_DIR, `${DOC.beijingFinal}.txt`)]);
    const holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
    expect(await holder.reload()).toBe(true);
    running = await startApp(holder, { rateLimitPerMinute: 10_000 });
    await mkdir(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await running?.close();
    await work?.cleanup();
  });

  /** A fresh profile with the page loaded; collects page errors, failed responses and other origins. */
  async function open(viewport = { width: 1280, height: 860 }): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: "zh-CN" });
    contexts.push(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()} ${m.location().url}`);
    });
    page.on("request", (r) => {
      if (!r.url().startsWith(running.url) && !r.url().startsWith("data:"))
        problems.push(`other origin: ${r.url()}`);
    });
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(running.url, { waitUntil: "load" });
    await page.locator("#suggestions .chip").first().waitFor();
    return { page, problems };
  }

  async function ask(page: Page, question: string): Promise<string> {
    const count = await page.locator("li.msg.assistant").count();
    await page.locator("#question").fill(question);
    await page.locator("#question").press("Enter");
    const answer = page.locator("li.msg.assistant").nth(count);
    await answer.and(page.locator("[data-status]")).waitFor();
    return answer.locator("[data-testid=answer]").innerText();
  }

  /**
   * Open a citation (a marker: its pop-over's 查看原文; a source-list entry: directly) and wait for
   * its source and the drawn page; returns the source's JSON.
   */
  async function openCitation(page: Page, button: ReturnType<Page["locator"]>) {
    const source = page.waitForResponse((r) => r.url().includes("/api/sources/"));
    await button.click();
    if ((await button.getAttribute("class"))?.includes("cite"))
      await page.locator("#cite-pop .pop-open").click();
    const body = (await (await source).json()) as { page: number; box: Box; fileUrl: string };
    await page.locator("#panel .pdf-page .pdf-hit").waitFor();
    return body;
  }

  /**
   * The outline sits on the cited box × the page's scale (the canvas's CSS width over the page's
   * width in points), the canvas is drawn, and the outlined pixels hold ink. Returns the outline's rectangle.
   */
  async function expectOutlined(page: Page, pageNumber: number, box: Box): Promise<Rect> {
    const { width } = await printedItems(PDF, pageNumber);
    const canvas = (await page.locator("#panel .pdf-page canvas").boundingBox())!;
    const hit = (await page.locator("#panel .pdf-hit").boundingBox())!;
    const scale = canvas.width / width;
    const expected = {
      x: canvas.x + box[0] * scale,
      y: canvas.y + box[1] * scale,
      width: (box[2] - box[0]) * scale,
      height: (box[3] - box[1]) * scale,
    };
    for (const key of ["x", "y", "width", "height"] as const)
      expect(Math.abs(hit[key] - expected[key])).toBeLessThan(1.5);
    const ink = await page.locator("#panel .pdf-page canvas").evaluate(
      (c: HTMLCanvasElement, [x0, y0, x1, y1]) => {
        const pixels = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
        let drawn = 0;
        let inBox = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          // Not paper: small print drawn at a small scale is grey, not black.
          const dark = pixels[i]! + pixels[i + 1]! + pixels[i + 2]! < 660 && pixels[i + 3]! > 0;
          if (!dark) continue;
          drawn++;
          const x = (i / 4) % c.width;
          const y = Math.floor(i / 4 / c.width);
          if (x >= x0 && x <= x1 && y >= y0 && y <= y1) inBox++;
        }
        return { drawn, inBox };
      },
      [box[0] * scale, box[1] * scale, box[2] * scale, box[3] * scale],
    );
    expect(ink.drawn, "ink on the drawn page").toBeGreaterThan(1000);
    // Printed digits cover a good part of their own box (0.95 at half scale: 20 of ~54 pixels).
    const area = (box[2] - box[0]) * (box[3] - box[1]) * scale * scale;
    expect(ink.inBox, "ink under the outline").toBeGreaterThanOrEqual(Math.max(5, 0.1 * area));
    return hit;
  }

  /**
   * The outline is on screen, inside the window and the page's frame: whole when it fits, else
   * starting at its left edge (a paragraph wider than a phone) and filling the frame's width.
   */
  async function expectInView(page: Page, size: { width: number; height: number }): Promise<void> {
    const hit = (await page.locator("#panel .pdf-hit").boundingBox())!;
    const frame = (await page.locator("#panel .pdf-scroll").boundingBox())!;
    const left = Math.max(0, frame.x);
    const right = Math.min(size.width, frame.x + frame.width);
    const top = Math.max(0, frame.y);
    const bottom = Math.min(size.height, frame.y + frame.height);
    expect(hit.x).toBeGreaterThanOrEqual(left - 1);
    expect(hit.y).toBeGreaterThanOrEqual(top - 1);
    expect(Math.min(hit.x + hit.width, right) - hit.x).toBeGreaterThanOrEqual(
      Math.min(hit.width, right - left - 8) - 1,
    );
    expect(Math.min(hit.y + hit.height, bottom) - hit.y).toBeGreaterThanOrEqual(
      Math.min(hit.height, bottom - top - 8) - 1,
    );
  }

  it("opens a table-cell citation on its page: 合计 / 预算数 0.95 outlined on page 18", async () => {
    const { page, problems } = await open();
    expect(await ask(page, BUDGET_Q)).toContain("0.95万元");
    // Citation [1] is the 合计 cell (the answer's headline figure).
    const source = await openCitation(
      page,
      page.locator("li.msg.assistant [data-testid=answer] button.cite").first(),
    );
    expect(source.page).toBe(18);
    expect(source.fileUrl).toBe(`/api/documents/${STEM}/file`);
    // Independently of the reader: pdf.js prints the leftmost 0.95 of page 18 inside that box.
    const zeroNinetyFive = (await printedItems(PDF, 18)).items.filter((i) => i.text.trim() === "0.95");
    expect(inside(zeroNinetyFive.sort((a, b) => a.middle[0] - b.middle[0])[0]!.middle, source.box)).toBe(
      true,
    );
    await expectOutlined(page, 18, source.box);
    await expectInView(page, { width: 1280, height: 860 });
    expect(await page.locator("#panel .pdf-bar").innerText()).toContain("原文件第 18 页");
    expect(await page.locator("#panel .pdf-bar a[download]").getAttribute("href")).toBe(source.fileUrl);
    expect(await page.locator("#panel-meta").innerText()).toContain("第18页");
    expect(await page.locator("#panel-title").innerText()).toContain("三公");
    // The table as text stays available, folded.
    expect(await page.locator("#panel details.pdf-text table").count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, "11-pdf-citation-cell.png") });

    // 整页 shows the whole page width; the outline follows the new scale.
    await page.locator("#panel .pdf-zoom").click();
    await expect
      .poll(async () => (await page.locator("#panel .pdf-page canvas").boundingBox())!.width)
      .toBeLessThan(842);
    await expectOutlined(page, 18, source.box);
    await page.screenshot({ path: join(SHOTS, "12-pdf-citation-whole-page.png") });
    expect(problems).toEqual([]);
  });

  it("opens a narrative citation on its page: the 三公 paragraph outlined on page 23", async () => {
    const { page, problems } = await open();
    expect(await ask(page, ACTUAL_Q)).toContain("0.00万元");
    const source = await openCitation(page, page.locator("li.msg.assistant .sources .source-link").first());
    expect(source.page).toBe(23);
    await expectOutlined(page, 23, source.box);
    await expectInView(page, { width: 1280, height: 860 });
    await page.screenshot({ path: join(SHOTS, "13-pdf-citation-paragraph.png") });
    expect(problems).toEqual([]);
  });

  it("works at phone width (390×844): the page scrolls inside the bottom sheet, the outline is on screen", async () => {
    const size = { width: 390, height: 844 };
    const { page, problems } = await open(size);
    expect(await ask(page, BUDGET_Q)).toContain("0.95万元");
    const source = await openCitation(
      page,
      page.locator("li.msg.assistant [data-testid=answer] button.cite").first(),
    );
    await expectOutlined(page, 18, source.box);
    await expectInView(page, size);
    const panel = (await page.locator("#panel").boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(0);
    expect(panel.x + panel.width).toBeLessThanOrEqual(size.width);
    expect(panel.y + panel.height).toBeLessThanOrEqual(size.height + 1);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await page.screenshot({ path: join(SHOTS, "14-phone-pdf-citation.png") });
    expect(problems).toEqual([]);
  });

  it("keeps the text view for a text export's citation", async () => {
    const { page, problems } = await open();
    await ask(page, "驻北京联络处三公经费是多少");
    await page.locator("li.msg.assistant [data-testid=answer] button.cite").first().click();
    await page.locator("#cite-pop .pop-open").click();
    await page.locator("#panel .hit").waitFor();
    expect(await page.locator("#panel .pdf-page").count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
