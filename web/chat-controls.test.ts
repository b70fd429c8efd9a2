import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { CHROMIUM, ask, hasChromium, shot, usePageRig, warnIfNoChromium } from "./testing/page-harness.js";

/**
 * The question box and the conversation controls in Chromium against the real app: input-method
 * composition, the server being down, stop, regenerate, edit-and-resend, the history list and a
 * 25-turn conversation. Expected figures are the documents' (data/docs), cited by line.
 */
warnIfNoChromium("web/chat-controls.test.ts");

const Q = "驻北京联络处三公经费是多少";
/** 001 line 1132: "“三公”经费财政拨款支出……支出决算为23.3万元". */
const BEIJING_ACTUAL = "23.30万元";
/** 000 line 356 (公开09表): 三公经费决算 合计 136.85. */
const CITY_ACTUAL = "136.85万元";

const chatRequests = (page: Page) => {
  const bodies: { messages: { role: string; content: string }[] }[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/api/chat")) bodies.push(JSON.parse(r.postData()!));
  });
  return bodies;
};

describe.skipIf(!hasChromium)(`chat controls in Chromium (${CHROMIUM})`, () => {
  const rig = usePageRig();

  it("does not send while an input method is composing (isComposing, keyCode 229); Enter after it does", async () => {
    const { page, problems } = await rig.open();
    const sent = chatRequests(page);
    const box = page.locator("#question");
    await box.fill("驻北京联络处");
    await box.dispatchEvent("keydown", { key: "Enter", code: "Enter", isComposing: true, bubbles: true });
    await box.dispatchEvent("keydown", { key: "Enter", code: "Enter", keyCode: 229, bubbles: true });
    // A real composition through Chromium's input method interface: Enter commits the candidate.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.imeSetComposition", { text: "sangong", selectionStart: 7, selectionEnd: 7 });
    await page.keyboard.press("Enter");
    await cdp.send("Input.insertText", { text: "三公经费是多少" });
    await page.waitForTimeout(300);
    expect(sent).toHaveLength(0);
    expect(await page.locator("li.msg").count()).toBe(0);
    // (Chromium's simulated Enter during the composition may leave a line break; nothing was sent.)
    expect((await box.inputValue()).trim()).toBe(Q);
    await box.fill(Q);
    // Shift+Enter is a new line, Enter sends.
    await box.press("Shift+Enter");
    expect(await box.inputValue()).toBe(`${Q}\n`);
    await box.fill(Q);
    await box.press("Enter");
    await page.locator("li.msg.assistant[data-status=answered]").waitFor();
    expect(sent).toHaveLength(1);
    expect(await page.locator("li.msg.assistant").innerText()).toContain(BEIJING_ACTUAL);
    expect(problems).toEqual([]);
  });

  it("server down: a Chinese message with 重试, the question kept; the retry answers", async () => {
    const { page } = await rig.open();
    await page.route("**/api/chat", (route) => route.abort("connectionrefused"));
    await page.locator("#question").fill(Q);
    await page.locator("#question").press("Enter");
    const failed = page.locator("li.msg.assistant[data-status=error]");
    await failed.waitFor();
    expect(await failed.locator("[role=alert]").innerText()).toContain("无法连接服务器");
    expect(await failed.innerText()).not.toMatch(/Failed to fetch|Error/);
    expect(await page.locator("#question").inputValue()).toBe(Q);
    expect(await page.locator("#send").isDisabled()).toBe(false);
    await shot(page, "20-server-down.png");
    await page.unroute("**/api/chat");
    await failed.locator("button.retry").click();
    const answer = page.locator("li.msg.assistant[data-status=answered]");
    await answer.waitFor();
    expect(await answer.innerText()).toContain(BEIJING_ACTUAL);
    expect(await page.locator("li.msg.assistant").count()).toBe(1);
    expect(await page.locator("li.msg.user").count()).toBe(1);
    expect(await page.locator("#question").inputValue()).toBe("");
  });

  it("server down: the 文件 panel and the empty state show an error with 重试, never 加载中…", async () => {
    const { page } = await rig.open({
      ready: false,
      beforeLoad: async (p) => {
        await p.route("**/api/documents", (route) => route.abort("connectionrefused"));
      },
    });
    const empty = page.locator("#suggestions [role=alert]");
    await empty.waitFor();
    expect(await empty.innerText()).toContain("无法连接服务器");
    await page.locator("#show-docs").click();
    const alert = page.locator("#panel-body [role=alert]");
    await alert.waitFor();
    expect(await alert.innerText()).toContain("文件列表加载失败");
    expect(await page.locator("#panel-body").innerText()).not.toContain("加载中");
    await page.unroute("**/api/documents");
    await alert.locator("button.retry").click();
    await page.locator("#panel .docs > li").first().waitFor();
    expect(await page.locator("#panel .docs > li").count()).toBe(4);
    await empty.locator("button.retry").click();
    await page.locator("#suggestions .chip").first().waitFor();
  });

  it("stops an answer on 停止, keeps the question, and regenerates it", async () => {
    const { page, problems } = await rig.open();
    const sent = chatRequests(page);
    await page.route("**/api/chat", async (route) => {
      await new Promise((r) => setTimeout(r, 2500));
      await route.continue().catch(() => undefined);
    });
    await page.locator("#question").fill(Q);
    await page.locator("#question").press("Enter");
    await page.locator("#stop").waitFor();
    expect(await page.locator("#send").isDisabled()).toBe(true);
    await page.locator("#stop").click();
    const stopped = page.locator("li.msg.assistant[data-status=stopped]");
    await stopped.waitFor();
    expect(await stopped.innerText()).toContain("已停止生成");
    expect(await page.locator("#stop").isHidden()).toBe(true);
    expect(await page.locator("#send").isDisabled()).toBe(false);
    expect(await page.locator("li.msg.user p").innerText()).toBe(Q);
    await page.unroute("**/api/chat");
    await stopped.locator("button.regenerate").click();
    const answer = page.locator("li.msg.assistant[data-status=answered]");
    await answer.waitFor();
    expect(await answer.innerText()).toContain(BEIJING_ACTUAL);
    expect(await page.locator("li.msg.assistant").count()).toBe(1);
    // The regenerated question went alone, as the first had.
    expect(sent.map((b) => b.messages.length)).toEqual([1, 1]);
    // Regenerate an answered one: still one answer, asked with the same messages.
    await answer.locator("button.regenerate").click();
    await expect.poll(() => sent.length).toBe(3);
    await page.locator("li.msg.assistant[data-status=answered]").waitFor();
    expect(await page.locator("li.msg.assistant").count()).toBe(1);
    expect(sent[2]).toEqual(sent[1]);
    expect(problems.filter((p) => !p.includes("/api/chat"))).toEqual([]);
  });

  it("edits an earlier question and sends it again: the turns after it are replaced", async () => {
    const { page, problems } = await rig.open();
    await ask(page, Q);
    expect(await ask(page, "其中公务接待费呢？")).toContain("3.60万元");
    const sent = chatRequests(page);
    const first = page.locator("li.msg.user").first();
    await first.locator("button.edit").click();
    await first.locator("textarea.edit-box").fill("市政府办三公经费是多少");
    await first.locator("button.send-edit").click();
    await page.locator("li.msg.assistant[data-status=answered]").first().waitFor();
    await expect.poll(() => page.locator("#send").isDisabled()).toBe(false);
    expect(await page.locator("li.msg.user").count()).toBe(1);
    expect(await page.locator("li.msg.assistant").count()).toBe(1);
    expect(await page.locator("li.msg.assistant").innerText()).toContain(CITY_ACTUAL);
    expect(sent[0].messages).toEqual([{ role: "user", content: "市政府办三公经费是多少" }]);
    expect(problems).toEqual([]);
  });

  it("keeps several conversations: new, switch, rename, delete after confirmation, across a reload", async () => {
    const { page, problems } = await rig.open();
    await ask(page, Q);
    await page.locator("#new-chat").click();
    expect(await page.locator("li.msg").count()).toBe(0);
    await page.locator("#suggestions .chip").first().waitFor();
    await ask(page, "市政府办有几辆公车");
    const items = page.locator("#history .conv");
    expect(await items.count()).toBe(2);
    expect(await items.nth(0).locator(".conv-open").innerText()).toBe("市政府办有几辆公车");
    expect(await items.nth(1).locator(".conv-open").innerText()).toBe(Q);
    // Switch to the first conversation: its turn is back.
    await items.nth(1).locator(".conv-open").click();
    expect(await page.locator("li.msg.user p").innerText()).toBe(Q);
    expect(await page.locator("li.msg.assistant").innerText()).toContain(BEIJING_ACTUAL);
    // Rename it.
    await items.nth(0).locator(".conv-rename").click();
    await page.locator("#history .conv-title-input").fill("车辆");
    await page.locator("#history .conv-title-input").press("Enter");
    expect(await page.locator("#history .conv-open").allInnerTexts()).toEqual(["车辆", Q]);
    await page.reload({ waitUntil: "load" });
    await page.locator("li.msg.assistant").first().waitFor();
    expect(await page.locator("#history .conv-open").allInnerTexts()).toEqual(["车辆", Q]);
    expect(await page.locator("li.msg.user p").innerText()).toBe(Q);
    // Delete asks first: dismissed, nothing goes; accepted, the conversation goes.
    const dialogs: string[] = [];
    page.once("dialog", (d) => (dialogs.push(d.message()), d.dismiss()));
    await page.locator("#history .conv").nth(1).locator(".conv-delete").click();
    expect(await page.locator("#history .conv").count()).toBe(2);
    page.once("dialog", (d) => (dialogs.push(d.message()), d.accept()));
    await page.locator("#history .conv").nth(1).locator(".conv-delete").click();
    expect(dialogs).toEqual([`删除对话“${Q}”？删除后无法恢复。`, `删除对话“${Q}”？删除后无法恢复。`]);
    expect(await page.locator("#history .conv-open").allInnerTexts()).toEqual(["车辆"]);
    expect(await page.locator("li.msg.user p").innerText()).toBe("市政府办有几辆公车");
    await shot(page, "21-history.png");
    expect(problems).toEqual([]);
  });

  it(
    "holds a 25-turn conversation asked on the page, and restores it after a reload",
    { timeout: 300_000 },
    async () => {
      const { page, problems } = await rig.open();
      const sent = chatRequests(page);
      const cycle = [
        "市政府办有几辆公车",
        "哪个单位三公经费最高",
        "市政府办近两年三公经费变化",
        Q,
        "其中公务接待费呢？",
      ];
      let last = "";
      for (let turn = 0; turn < 25; turn++) last = await ask(page, cycle[turn % cycle.length]);
      // Turn 25 follows turn 24's unit: 001 line 1134 "公务接待费……支出决算为3.6万元", line 1139 "3.61万元".
      expect(last).toContain("3.60万元");
      expect(last).toContain("3.61");
      expect(last).toContain("驻北京联络处");
      expect(await page.locator("li.msg.user").count()).toBe(25);
      expect(await page.locator("li.msg.assistant[data-status=answered]").count()).toBe(25);
      expect(sent).toHaveLength(25);
      expect(sent.at(-1)!.messages.length).toBe(24);
      expect(sent.at(-1)!.messages.at(-1)).toEqual({ role: "user", content: "其中公务接待费呢？" });
      await page.reload({ waitUntil: "load" });
      await page.locator("li.msg.assistant").nth(24).waitFor();
      expect(await page.locator("li.msg.user").count()).toBe(25);
      expect(await page.locator("li.msg.assistant").nth(24).innerText()).toContain("3.60万元");
      expect(await page.locator("#history .conv-open").allInnerTexts()).toEqual(["市政府办有几辆公车"]);
      expect(problems).toEqual([]);
    },
  );
});
