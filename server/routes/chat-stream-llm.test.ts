import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ingestInto,
  parseSse,
  postChat,
  startAppWithScriptedModel,
  tempWork,
} from "../testing/http-harness.js";
import type { ScriptMode } from "../testing/scripted-openai.js";

/**
 * SSE with an LLM endpoint configured (a scripted OpenAI-compatible server on loopback): the
 * deterministic answer streams at once; a refined wording follows as one "replace" event only if
 * the model returns within the question's budget.
 */
// Generous: the first bytes must come long before the stalled model gives up, even on a loaded machine.
const BUDGET_MS = 3000;
let work: Awaited<ReturnType<typeof tempWork>>;
beforeAll(async () => {
  work = await tempWork();
  await ingestInto(work.indexDir);
});
afterAll(() => work?.cleanup());

const serve = (mode: ScriptMode) => startAppWithScriptedModel(work.indexDir, mode, BUDGET_MS);

const messages = [{ role: "user" as const, content: "驻北京联络处2024年三公经费决算是多少" }];

describe("SSE with a model", () => {
  it("streams the deterministic answer, then replaces it with the model's wording", async () => {
    const server = await serve("echo");
    try {
      const events = parseSse(await (await postChat(server.url, { messages, stream: true })).text());
      const types = events.map((e) => e.type);
      expect(types.slice(-3)).toEqual(["replace", "meta", "done"]);
      const draft = events
        .filter((e) => e.type === "delta")
        .map((e) => (e.type === "delta" ? e.text : ""))
        .join("");
      expect(draft).toContain("**23.30万元**");
      const replace = events.find((e) => e.type === "replace");
      const replaced = replace?.type === "replace" ? replace.text : "";
      expect(replaced.startsWith("根据公开文件")).toBe(true);
      expect(replaced).toContain("**23.30万元**");
    } finally {
      await server.close();
    }
  });

  it("sends the first bytes at once while the model stalls; ends within the budget", async () => {
    const server = await serve("stall");
    try {
      const started = Date.now();
      const res = await postChat(server.url, { messages, stream: true });
      const reader = res.body!.getReader();
      const first = await reader.read();
      const firstMs = Date.now() - started;
      let body = new TextDecoder().decode(first.value);
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
        body += new TextDecoder().decode(chunk.value);
      const totalMs = Date.now() - started;
      expect(body).toContain("23.30万元");
      expect(firstMs).toBeLessThan(BUDGET_MS / 2);
      expect(totalMs).toBeLessThan(BUDGET_MS + 1000);
      expect(parseSse(body).some((e) => e.type === "replace")).toBe(false);
    } finally {
      await server.close();
    }
  });
});
