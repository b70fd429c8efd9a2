import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestInto, ROOT, tempWork } from "../testing/http-harness.js";
import { callTool } from "./testing/mcp-expect.js";

/**
 * `npm run mcp` as an assistant starts it: node --import tsx server/mcp/stdio.ts over a temp
 * index of the sample corpus, driven by the SDK's stdio client. Figures from data/docs/001:
 * line 1132 "支出决算为23.3万元", line 1134 公务接待费 "支出决算为3.6万元".
 */
let work: Awaited<ReturnType<typeof tempWork>>;
let transport: StdioClientTransport;
let client: Client;
let stderr = "";

beforeAll(async () => {
  work = await tempWork("budget-qa-mcp-");
  await ingestInto(work.indexDir);
  // The model stays off and the SQLite store is used, whatever the developer's shell exports.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !/^(OPENAI_|VITEST|DATABASE_URL$|STORE$|EMBEDDING_MODEL$)/.test(entry[0]),
    ),
  );
  transport = new StdioClientTransport({
    command: process.execPath,
    args: ["--import", "tsx", join(ROOT, "server", "mcp", "stdio.ts")],
    cwd: ROOT,
    env: { ...env, INDEX_DIR: work.indexDir, LOG_LEVEL: "info" },
    stderr: "pipe",
  });
  transport.stderr?.on("data", (d) => (stderr += String(d)));
  client = new Client({ name: "budget-qa-test", version: "1.0.0" });
  await client.connect(transport);
});
afterAll(async () => {
  await client?.close();
  await work?.cleanup();
});

describe("MCP over stdio", () => {
  it("serves the five tools over the configured index, logging to stderr only", async () => {
    const { tools } = await client.listTools();
    expect(tools).toHaveLength(5);
    const docs = await callTool(client, "list_documents", {});
    expect(docs.structured.documents).toHaveLength(4);
    // stdout carries only the protocol (the client would have failed otherwise); logs are on stderr.
    expect(stderr).toContain("index loaded");
  });

  it("answers a question with its citations", async () => {
    const out = await callTool(client, "answer_question", { question: "驻北京联络处三公经费是多少" });
    expect(out.text).toContain("**23.30万元**[1]");
    expect(out.structured.citations[0]).toMatchObject({ n: 1, lines: [1132, 1132] });
  });

  it("looks up a figure by a synonym", async () => {
    const out = await callTool(client, "lookup_facts", { unit: "驻京办", metric: "接待费", year: 2024 });
    const line1134 = out.structured.facts.filter(
      (f) => f.column === "决算数" && out.structured.citations[f.n - 1]!.lines![0] === 1134,
    );
    expect(line1134.map((f) => f.value)).toEqual(["3.6"]);
  });

  it("exits when the client closes", async () => {
    const pid = transport.pid!;
    await client.close();
    const deadline = Date.now() + 5000;
    const alive = () => {
      try {
        process.kill(pid, 0);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
        throw error;
      }
    };
    while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(alive()).toBe(false);
  });
});
