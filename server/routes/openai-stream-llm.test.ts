import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestInto, startAppWithScriptedModel, tempWork } from "../testing/http-harness.js";
import type { ScriptMode } from "../testing/scripted-openai.js";

/**
 * OpenAI streaming with an LLM configured (a scripted OpenAI-compatible model on loopback):
 * chunks cannot replace text, so the stream carries the final answer only — the role chunk at
 * once, the content when the refined answer is ready — and equals the non-streamed content.
 */
const BUDGET_MS = 1200;
let work: Awaited<ReturnType<typeof tempWork>>;
beforeAll(async () => {
  work = await tempWork();
  await ingestInto(work.indexDir);
});
afterAll(() => work?.cleanup());

async function serve(mode: ScriptMode) {
  const app = await startAppWithScriptedModel(work.indexDir, mode, BUDGET_MS);
  return {
    api: new OpenAI({ baseURL: `${app.url}/v1`, apiKey: "unused", maxRetries: 0 }),
    close: app.close,
  };
}

const messages = [{ role: "user" as const, content: "驻北京联络处2024年三公经费决算是多少" }];

async function streamed(api: OpenAI) {
  const started = Date.now();
  const stream = await api.chat.completions.create({ model: "budget-qa", messages, stream: true });
  let firstMs: number | undefined;
  let text = "";
  for await (const chunk of stream) {
    firstMs ??= Date.now() - started;
    text += chunk.choices[0]?.delta.content ?? "";
  }
  return { text, firstMs: firstMs!, totalMs: Date.now() - started };
}

describe("OpenAI streaming with a model configured", () => {
  it("streams the model's final wording, not the draft before it", async () => {
    const server = await serve("echo");
    try {
      const { text } = await streamed(server.api);
      expect(text.startsWith("根据公开文件")).toBe(true);
      expect(text).toContain("**23.30万元**");
      // The draft is not streamed first: its headline appears once, inside the final text.
      expect(text.split("“三公”经费支出决算为").length).toBe(2);
      const plain = await server.api.chat.completions.create({ model: "budget-qa", messages });
      expect(text).toBe(plain.choices[0]!.message.content);
    } finally {
      await server.close();
    }
  });

  it("sends the role chunk at once while the model stalls, then the deterministic answer within the budget", async () => {
    const server = await serve("stall");
    try {
      const { text, firstMs, totalMs } = await streamed(server.api);
      expect(firstMs).toBeLessThan(BUDGET_MS / 2);
      expect(totalMs).toBeLessThan(BUDGET_MS + 1000);
      expect(text).toContain("**23.30万元**");
      expect(text.startsWith("根据公开文件")).toBe(false);
    } finally {
      await server.close();
    }
  });
});
