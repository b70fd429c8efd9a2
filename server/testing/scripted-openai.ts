import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { DATA_FENCE, DATA_FENCE_END } from "../../prompts/phrase-prompt.js";

/**
 * Test support (not a test): a scripted OpenAI-compatible chat server on loopback, the stand-in
 * for a remote model. The real `@langchain/openai` client talks to it over HTTP. It cannot read
 * questions; each mode scripts how a model (or its network) misbehaves.
 */
export const ScriptMode = z.enum([
  /** Plans name nothing; phrasing returns the draft with a lead-in (a faithful model). */
  "echo",
  /** Every request fails with HTTP 500. */
  "error",
  /** Requests are accepted and never answered. */
  "stall",
  /** Replies are not JSON and not prose: "}{ not json ]]". */
  "garbage",
  /** Schema-valid plans that resolve nothing; phrasing faithful. */
  "empty_plan",
  /** Phrasing that turns years and citation markers into amounts and rates. */
  "invent",
  /** Phrasing that injects links, HTML and control characters. */
  "markup",
]);
export type ScriptMode = z.infer<typeof ScriptMode>;

const ChatBody = z.object({
  messages: z.array(z.object({ role: z.string(), content: z.unknown() })),
  response_format: z.unknown().optional(),
  tools: z.array(z.unknown()).optional(),
  stream: z.boolean().optional(),
});

export interface ScriptedServer {
  baseURL: string;
  /** Chat completion requests received. */
  calls: number;
  /** Request bodies received (for assertions on what the client sent). */
  bodies: unknown[];
  mode: ScriptMode;
  close(): Promise<void>;
}

function draftOf(messages: { content: unknown }[]): string {
  const last = String(messages[messages.length - 1]?.content ?? "");
  const start = last.indexOf(DATA_FENCE);
  const end = last.lastIndexOf(DATA_FENCE_END);
  return start >= 0 && end > start ? last.slice(start + DATA_FENCE.length, end).trim() : last;
}

/** The reply text for a request in a mode; undefined means "do not answer". */
function script(mode: ScriptMode, body: z.infer<typeof ChatBody>): string | undefined {
  const wantsPlan = body.response_format !== undefined;
  if (mode === "stall") return undefined;
  if (mode === "garbage") return "}{ not json ]]";
  if (wantsPlan)
    return JSON.stringify({
      units: [],
      unknownUnits: [],
      years: [],
      basis: null,
      metrics: [],
      operation: "value",
      followUp: false,
    });
  if (body.tools?.length) return "文件中没有找到相关内容。";
  const draft = draftOf(body.messages);
  if (mode === "invent")
    return `${draft.replace(/\*\*[^*]+\*\*/, "**2024万元**")}\n\n比上年增长 2024%，见第338行 [1]。`;
  if (mode === "markup") return `${draft}\n\n[详情](javascript:alert(1)) <img src=x onerror=alert(1)>\u0000`;
  return `根据公开文件：\n\n${draft}`;
}

function completion(content: string) {
  return {
    id: "chatcmpl-scripted",
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: "scripted",
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop", logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

export async function startScriptedOpenAI(mode: ScriptMode): Promise<ScriptedServer> {
  const stalled = new Set<ServerResponse>();
  const state: ScriptedServer = {
    baseURL: "",
    calls: 0,
    bodies: [],
    mode,
    close: async () => {
      for (const res of stalled) res.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, "close");
    },
  };
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
        res.writeHead(404).end();
        return;
      }
      const raw = await readJson(req);
      const body = ChatBody.parse(raw);
      state.calls++;
      state.bodies.push(raw);
      if (state.mode === "error") {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: "scripted failure", type: "server_error" } }));
        return;
      }
      const content = script(state.mode, body);
      if (content === undefined) {
        stalled.add(res);
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(completion(content)));
    })();
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  state.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return state;
}
