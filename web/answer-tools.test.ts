import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { CHROMIUM, ask, hasChromium, shot, usePageRig, warnIfNoChromium } from "./testing/page-harness.js";

/**
 * What comes with an answer, in Chromium against the real app: the citation pop-over, the staff
 * draft (copy without markers, Word export opened and read), CSV of the cited facts, Markdown
 * export, 👍/👎 stored on the server, charts, follow-ups and the document viewer. Expected values
 * are the documents' (data/docs), cited by line.
 */
warnIfNoChromium("web/answer-tools.test.ts");

const Q = "驻北京联络处三公经费是多少";
const DRAFT_Q = "起草一段说明：驻京办三公经费决算小于预算的原因";
/** 001 line 1132, the sentence the draft is built from. */
const LINE_1132 = "“三公”经费财政拨款支出预算为40万元，支出决算为23.3万元，完成预算的58.25%";
const REASON = "为响应财政号召，压缩开支，节约经费";

describe.skipIf(!hasChromium)(`answer tools in Chromium (${CHROMIUM})`, () => {
  const rig = usePageRig();

  it("shows a marker's pop-over with the cited sentence; one number per place, sources listed once", async () => {
    const { page, problems } = await rig.open();
    await ask(page, DRAFT_Q);
    const answer = page.locator("li.msg.assistant").last();
    // The whole's three figures from one sentence (line 1132) are one source, marked 1; each part
    // the draft explains (公务用车运行维护费 line 1137, 公务接待费 line 1134) is one more.
    expect(await answer.locator(".sources li").count()).toBe(3);
    expect(await answer.locator(".sources li").first().innerText()).toContain("第1132行");
    expect(new Set(await answer.locator("button.cite").allInnerTexts())).toEqual(new Set(["1", "2", "3"]));
    expect(await answer.locator("[data-testid=answer]").innerText()).not.toMatch(/\[\d+\]/);
    // "[2][1]" after one figure is one marker, not two.
    expect(await answer.locator("sup.cites").first().locator("button").count()).toBe(1);
    const marker = answer.locator("button.cite").first();
    await marker.hover();
    const pop = page.locator("#cite-pop");
    await pop.waitFor();
    expect(await pop.innerText()).toContain(LINE_1132);
    expect(await marker.getAttribute("aria-expanded")).toBe("true");
    await shot(page, "22-popover.png");
    await page.keyboard.press("Escape");
    await marker.click();
    await pop.locator(".pop-open").click();
    await page.locator("#panel mark.hit").waitFor();
    expect(await page.locator("#panel mark.hit").innerText()).toContain("支出决算为23.3万元");
    expect(problems).toEqual([]);
  });

  it("puts the staff draft in its own block: copy without markers or formulas, Word export with sources", async () => {
    const { page, context, problems } = await rig.open();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: rig.url });
    await ask(page, DRAFT_Q);
    const draft = page.locator("li.msg.assistant section.draft");
    await draft.waitFor();
    await draft.getByRole("button", { name: "复制草稿" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The figures of line 1132 as the draft writes them, the documented reason, no [n], no formula.
    for (const figure of ["40.00万元", "23.30万元", "58.25%", "16.70万元", REASON])
      expect(copied).toContain(figure);
    expect(copied).not.toMatch(/\[\d+\]|=|\*\*|−/);
    const download = page.waitForEvent("download");
    await draft.getByRole("button", { name: "导出 Word" }).click();
    const file = join(rig.work, "draft.docx");
    await (await download).saveAs(file);
    const { stdout } = await promisify(execFile)("unzip", ["-p", file, "word/document.xml"]);
    const text = stdout.replace(/<[^>]+>/g, "");
    expect(text).toContain(copied.split("\n")[0]);
    expect(text).toContain("来源");
    expect(text).toContain("1. 株洲市人民政府驻北京联络处 2024年度决算");
    expect(text).toContain("第1132行");
    expect(text).not.toMatch(/\[\d+\]/);
    await shot(page, "23-draft.png");
    expect(problems).toEqual([]);
  });

  it("downloads the cited facts as CSV and the conversation as Markdown", async () => {
    const { page, problems } = await rig.open();
    await ask(page, DRAFT_Q);
    const csvDownload = page.waitForEvent("download");
    await page.locator("li.msg.assistant button.export-csv").click();
    const csv = await readFile((await (await csvDownload).path())!, "utf8");
    const [head, ...rows] = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(head.split(",").slice(0, 4)).toEqual(["id", "docId", "unit", "year"]);
    // Budget 40, actual 23.3, rate 58.25 (line 1132); the parts' budgets and actuals (lines 1134, 1137).
    expect(rows.map((r) => r.split(",")[11])).toEqual(
      expect.arrayContaining(["23.3", "40", "58.25", "22", "3.6", "18", "19.7"]),
    );
    const mdDownload = page.waitForEvent("download");
    await page.locator("#export-chat").click();
    const md = await readFile((await (await mdDownload).path())!, "utf8");
    expect(md).toContain(`## 问：${DRAFT_Q}`);
    expect(md).toContain("23.30万元");
    expect(md).toContain("第1132行");
    expect(problems).toEqual([]);
  });

  it("stores 👍/👎 on the server with the question, answer, plan and citations", async () => {
    const { page, problems } = await rig.open();
    await ask(page, Q);
    const answer = page.locator("li.msg.assistant").last();
    await answer.locator("button.feedback-down").click();
    await answer.locator("textarea.feedback-comment").fill("应同时给出预算数");
    const posted = page.waitForResponse((r) => r.url().endsWith("/api/feedback"));
    await answer.locator("button.feedback-send").click();
    expect((await posted).status()).toBe(201);
    await expect.poll(() => answer.locator("button.feedback-down").getAttribute("aria-pressed")).toBe("true");
    const lines = (await readFile(rig.feedbackFile, "utf8"))
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const record = lines.at(-1);
    expect(record).toMatchObject({
      rating: "down",
      question: Q,
      comment: "应同时给出预算数",
      status: "answered",
    });
    expect(record.answer).toContain("23.30万元");
    expect(record.plan.units).toEqual(["株洲市人民政府驻北京联络处"]);
    expect(record.mode).toBe("rules");
    expect(record.citations[0]).toMatchObject({
      unit: "株洲市人民政府驻北京联络处",
      year: 2024,
      lines: [1132, 1132],
    });
    // The rating survives a reload.
    await page.reload({ waitUntil: "load" });
    await page.locator("li.msg.assistant button.feedback-down[aria-pressed=true]").waitFor();
    expect(problems).toEqual([]);
  });

  it("draws charts with ECharts: full unit names, 万元, one number format; suggests follow-ups", async () => {
    const { page, problems } = await rig.open();
    await ask(page, "哪个单位三公经费最高");
    const figure = page.locator("li.msg.assistant figure.chart");
    await figure.and(page.locator("[data-drawn=true]")).waitFor();
    expect(await figure.locator("canvas").count()).toBeGreaterThan(0);
    expect(await figure.locator("figcaption").innerText()).toContain("单位：万元");
    // 000 line 356 (公开09表 决算 合计 136.85) and 002's table 09: full names, two decimals.
    const rows = await figure.locator("table tr").allInnerTexts();
    expect(rows.join("\n")).toContain("株洲市人民政府办公室\t136.85万元");
    expect(rows.join("\n")).toContain("中共株洲市天元区委办公室\t9.00万元");
    await figure.scrollIntoViewIfNeeded();
    await shot(page, "24-chart-rank.png");
    const follow = page.locator("li.msg.assistant .follow-ups .chip");
    expect(await follow.count()).toBeGreaterThan(0);
    const next = await follow.first().innerText();
    await follow.first().click();
    await expect.poll(() => page.locator("li.msg.user").count()).toBe(2);
    expect(await page.locator("li.msg.user p").last().innerText()).toBe(next);
    await page.locator("li.msg.assistant").nth(1).and(page.locator("[data-status]")).waitFor();
    expect(problems).toEqual([]);
  });

  it("opens a document from the list: search, and the text with the cited line highlighted", async () => {
    const { page, problems } = await rig.open();
    await page.locator("#show-docs").click();
    await page.locator("#doc-search").fill("驻北京 决算");
    await expect.poll(() => page.locator("#panel .docs > li:visible").count()).toBe(1);
    await page.locator("#panel .docs > li:visible button.view-doc").click();
    await page.locator("#panel .doc-lines").waitFor();
    expect(await page.locator("#panel .doc-lines li[data-line='1132']").innerText()).toContain(LINE_1132);
    // From a citation: the whole document at the cited line.
    await ask(page, Q);
    await page.locator("li.msg.assistant .sources .source-link").first().click();
    await page.getByRole("button", { name: "在整份文件中查看" }).click();
    const hit = page.locator("#panel .doc-lines li.hit");
    await hit.first().waitFor();
    expect(await hit.first().getAttribute("data-line")).toBe("1132");
    expect(await hit.first().isVisible()).toBe(true);
    await shot(page, "25-document-viewer.png");
    expect(problems).toEqual([]);
  });
});
