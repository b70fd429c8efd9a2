import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineHolder } from "../server/engine-holder.js";
import {
  ROOT,
  ingestInto,
  offlineLoader,
  silentLogger,
  startApp,
  tempWork,
  type RunningApp,
} from "../server/testing/http-harness.js";

/**
 * A document the page cannot draw (an OFD file, GB/T 33190) opened from the documents list in
 * headless Chromium: the panel offers the original as a download (the app serves it with its own
 * media type, byte for byte) instead of decoding the package as text.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`web/document-download.test.ts skipped: no Chromium at ${CHROMIUM}`);
const OFD = join(ROOT, "ingest", "fixtures", "unseen", "huaining-rsj-2024-juesuan.ofd");

describe.skipIf(!hasChromium)(`an original the page cannot draw, in Chromium (${CHROMIUM})`, () => {
  let work: Awaited<ReturnType<typeof tempWork>>;
  let running: RunningApp;
  let browser: Browser;

  beforeAll(async () => {
    work = await tempWork("budget-qa-web-ofd-");
    await ingestInto(work.indexDir, [OFD]);
    const holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
    expect(await holder.reload()).toBe(true);
    running = await startApp(holder, { rateLimitPerMinute: 10_000 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await running?.close();
    await work?.cleanup();
  });

  it("offers the OFD file for download, served as application/ofd with the bytes indexed", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(running.url, { waitUntil: "load" });
    await page.locator("#show-docs").click();
    await page.locator("#panel .docs > li button.view-doc").first().click();
    const link = page.getByRole("link", { name: "下载原文件" });
    await link.waitFor();
    expect(await page.locator("#panel .doc-lines").count()).toBe(0);
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/api\/documents\/.+\/file$/);
    expect(await link.getAttribute("download")).not.toBeNull();
    const response = await page.request.get(`${running.url}${href}`);
    expect(response.headers()["content-type"]).toBe("application/ofd");
    expect(Buffer.compare(await response.body(), await readFile(OFD))).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
