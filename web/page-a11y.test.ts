import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ROOT } from "../server/testing/http-harness.js";
import {
  CHROMIUM,
  PHONE,
  ask,
  hasChromium,
  shot,
  usePageRig,
  warnIfNoChromium,
} from "./testing/page-harness.js";

/**
 * Accessibility, dark mode and the phone layout in Chromium against the real app: axe-core finds
 * no serious or critical violation in the page's states (light and dark, desktop and phone),
 * the page works from the keyboard, and a long answer on a phone opens at its start.
 */
warnIfNoChromium("web/page-a11y.test.ts");

const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const DRAFT_Q = "起草一段说明：驻京办三公经费决算小于预算的原因";

interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe violations of the page as it is now (WCAG 2 A/AA rules). */
async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa"] } });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe.skipIf(!hasChromium)(`accessibility, dark mode and phone layout in Chromium (${CHROMIUM})`, () => {
  const rig = usePageRig();
  // axe is injected as a script tag, which the app's CSP (script-src 'self') would refuse.
  const open = (viewport?: { width: number; height: number }, colorScheme: "light" | "dark" = "light") =>
    rig.open({ viewport, context: { bypassCSP: true, colorScheme } });

  it("has no serious or critical axe violations: empty state, answer with draft and pop-over, documents", async () => {
    const { page, problems } = await open();
    expect(await axeProblems(page)).toEqual([]);
    await ask(page, DRAFT_Q);
    await page.locator("li.msg.assistant button.cite").first().click();
    await page.locator("#cite-pop").waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await ask(page, "哪个单位三公经费最高");
    await page.locator("li.msg.assistant figure.chart[data-drawn=true]").waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await page.locator("#show-docs").click();
    await page.locator("#panel .docs > li").first().waitFor();
    await page.locator("#panel .report summary").first().click();
    expect(await axeProblems(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("follows the system's dark scheme, switches with the toggle, and stays axe-clean in dark", async () => {
    const { page, problems } = await open(undefined, "dark");
    expect(await background(page)).toBe("rgb(13, 17, 23)");
    await ask(page, DRAFT_Q);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, "26-dark.png");
    // auto → dark → light → auto; the choice is kept across a reload.
    const toggle = page.locator("#theme-toggle");
    await toggle.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    await toggle.click();
    expect(await background(page)).toBe("rgb(246, 248, 250)");
    await page.reload({ waitUntil: "load" });
    await page.locator("li.msg.assistant").first().waitFor();
    expect(await background(page)).toBe("rgb(246, 248, 250)");
    expect(await toggle.getAttribute("aria-label")).toContain("浅色");
    expect(problems).toEqual([]);
  });

  it("works from the keyboard: ask, open a marker's pop-over and close it with Escape", async () => {
    const { page, problems } = await open();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("跳到提问框");
    await page.locator("#question").focus();
    await page.keyboard.type("驻北京联络处三公经费是多少");
    await page.keyboard.press("Enter");
    await page.locator("li.msg.assistant[data-status=answered]").waitFor();
    const marker = page.locator("li.msg.assistant button.cite").first();
    await marker.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("cite-pop");
    await page.keyboard.press("Escape");
    expect(await page.locator("#cite-pop").isHidden()).toBe(true);
    expect(await marker.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
  });

  it("on a phone (390×844) a long answer opens at its start, and the page is axe-clean", async () => {
    const { page, problems } = await open(PHONE);
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, "29-phone-empty-axe.png");
    await ask(page, "驻北京联络处三公经费是多少");
    await ask(page, "哪个单位三公经费最高");
    const answer = page.locator("li.msg.assistant").last();
    const box = (await answer.boundingBox())!;
    // Taller than the room above the question box, and its first line is on screen near the top.
    const form = (await page.locator("#ask").boundingBox())!;
    expect(box.height).toBeGreaterThan(form.y);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(120);
    expect(await answer.locator("[data-testid=answer] p").first().isVisible()).toBe(true);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await shot(page, "27-phone-long-answer.png");
    // The history is a drawer on a phone.
    await page.locator("#toggle-history").click();
    await page.locator("#history .conv").first().waitFor();
    expect(await axeProblems(page)).toEqual([]);
    await shot(page, "28-phone-history.png");
    expect(problems).toEqual([]);
  });
});
