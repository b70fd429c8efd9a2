import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { EngineHolder } from "../../server/engine-holder.js";
import {
  ROOT,
  ingestInto,
  offlineLoader,
  silentLogger,
  startApp,
  tempWork,
  type RunningApp,
} from "../../server/testing/http-harness.js";

/**
 * Test support (not a test) for the browser tests: the real app over the sample index
 * (data/docs, or the documents a test names) on a loopback port, Debian's Chromium driven by playwright-core, a fresh browser
 * profile per page, and screenshots in eval/artifacts/screenshots/.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SHOTS = join(ROOT, "eval", "artifacts", "screenshots");
export const hasChromium = existsSync(CHROMIUM);
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

export function warnIfNoChromium(file: string): void {
  if (!hasChromium)
    console.warn(
      `${file} skipped: no Chromium at ${CHROMIUM} (apt-get install chromium fonts-wqy-microhei, as .ci/run does)`,
    );
}

export interface PageRig {
  url: string;
  work: string;
  feedbackFile: string;
  open: (options?: OpenOptions) => Promise<{ page: Page; problems: string[]; context: BrowserContext }>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  url?: string;
  context?: BrowserContextOptions;
  /** Wait for the empty state's example questions (default true). */
  ready?: boolean;
  /** Runs before the page is loaded (e.g. to route requests). */
  beforeLoad?: (page: Page) => Promise<void>;
}

/**
 * Register beforeAll/afterAll that start the app and the browser; the rig is filled in beforeAll.
 * The index holds `paths` (default: the sample documents, data/docs).
 */
export function usePageRig(paths?: string[]): PageRig {
  const rig = {} as PageRig;
  let work: Awaited<ReturnType<typeof tempWork>>;
  let running: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    work = await tempWork("budget-qa-web-");
    await ingestInto(work.indexDir, paths);
    const holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
    expect(await holder.reload()).toBe(true);
    rig.feedbackFile = join(work.work, "feedback", "feedback.jsonl");
    running = await startApp(holder, { rateLimitPerMinute: 10_000, feedbackFile: rig.feedbackFile });
    rig.url = running.url;
    rig.work = work.work;
    await mkdir(SHOTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  });
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await running?.close();
    await work?.cleanup();
  });
  rig.open = async (options = {}) => {
    const context = await browser.newContext({
      viewport: options.viewport ?? DESKTOP,
      deviceScaleFactor: 1,
      locale: "zh-CN",
      acceptDownloads: true,
      ...options.context,
    });
    contexts.push(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()} ${m.location().url}`);
    });
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    await options.beforeLoad?.(page);
    await page.goto(options.url ?? rig.url, { waitUntil: "load" });
    if (options.ready !== false) await page.locator("#suggestions .chip").first().waitFor();
    return { page, problems, context };
  };
  return rig;
}

/** Type a question, send it with Enter, wait for the streamed answer to finish; returns its text. */
export async function ask(page: Page, question: string): Promise<string> {
  // An earlier error's bubble goes when the next question is asked.
  const answers = page.locator("li.msg.assistant:not([data-status=error])");
  const count = await answers.count();
  const response = page.waitForResponse((r) => r.url().endsWith("/api/chat"));
  await page.locator("#question").fill(question);
  await page.locator("#question").press("Enter");
  const res = await response;
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/^text\/event-stream/);
  const answer = answers.nth(count);
  await answer.and(page.locator("[data-status]")).waitFor();
  await expect.poll(() => page.locator("#send").isDisabled()).toBe(false);
  return answer.locator("[data-testid=answer]").innerText();
}

/** After an answer arrives, its start is on screen, below the top edge and above the question box. */
export async function expectAnswerStartVisible(page: Page): Promise<void> {
  const answer = (await page.locator("li.msg.assistant").last().boundingBox())!;
  const form = (await page.locator("#ask").boundingBox())!;
  expect(answer.y).toBeGreaterThanOrEqual(0);
  expect(answer.y + 40).toBeLessThanOrEqual(form.y);
}

/** What the user sees: the viewport, not a full-page capture (the question box is sticky). */
export const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, name) });
