import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, startSampleApp, type RunningApp, type SampleApp } from "../testing/http-harness.js";
import { callTool, type ToolOutput } from "./testing/mcp-expect.js";

/**
 * MCP over streamable HTTP at /mcp on the real app, driven by the SDK's own client. Expected
 * figures are read off data/docs/001 (株洲市人民政府驻北京联络处 2024 决算): line 1132 "“三公”经费
 * 财政拨款支出预算为40万元，支出决算为23.3万元，完成预算的58.25%"; line 1134 公务接待费 决算 3.6;
 * line 1137 公务用车运行维护费 "派车车次增加"; line 1139 公务接待费 3.61, 公务用车 19.7 "占84.55%".
 */
let sample: SampleApp;
let keyed: RunningApp;
let client: Client;

async function connect(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const c = new Client({ name: "budget-qa-test", version: "1.0.0" });
  await c.connect(new StreamableHTTPClientTransport(new URL(`${url}/mcp`), { requestInit: { headers } }));
  return c;
}

beforeAll(async () => {
  sample = await startSampleApp();
  keyed = await startApp(sample.holder, { apiKeys: ["mcp-key"] });
  client = await connect(sample.url);
});
afterAll(async () => {
  await client?.close();
  await keyed?.close();
  await sample?.close();
});

const call = (name: string, args: Record<string, unknown>): Promise<ToolOutput> =>
  callTool(client, name, args);

describe("MCP over HTTP", () => {
  it("lists the five tools with input and output schemas", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      "answer_question",
      "calculate",
      "list_documents",
      "lookup_facts",
      "search_documents",
    ]);
    for (const tool of tools) {
      expect(tool.inputSchema.type).toBe("object");
      expect(tool.outputSchema?.type).toBe("object");
      expect(tool.annotations?.readOnlyHint).toBe(true);
    }
  });

  it("list_documents: the four sample documents, filtered by an alias", async () => {
    const all = await call("list_documents", {});
    expect(all.structured.documents).toHaveLength(4);
    const beijing = await call("list_documents", { unit: "驻京办" });
    expect(beijing.structured.documents).toEqual([
      expect.objectContaining({
        unit: "株洲市人民政府驻北京联络处",
        year: 2024,
        kind: "决算",
        file: "001_c98938bd16771fdc.txt",
      }),
    ]);
    expect(beijing.text).toContain("株洲市人民政府驻北京联络处 2024年度决算");
  });

  it("lookup_facts: both printed 公务接待费 figures, each with its line", async () => {
    const out = await call("lookup_facts", { unit: "驻京办", metric: "公务接待费", year: 2024, limit: 200 });
    const actual = out.structured.facts.filter((f) => f.column === "决算数");
    const cited = actual.map((f) => [f.value, out.structured.citations[f.n - 1]!.lines![0]]);
    expect(cited).toEqual(
      expect.arrayContaining([
        ["3.6", 1134],
        ["3.61", 1139],
      ]),
    );
    expect(out.text).toMatch(/\*\*来源\*\*\n\n1\. 株洲市人民政府驻北京联络处 2024年度决算｜/);
  });

  it("calculate: fact ids in, the document's own rate out, with citations", async () => {
    const facts = await call("lookup_facts", { unit: "驻京办", metric: "三公经费", year: 2024, limit: 200 });
    const onLine = (column: string) =>
      facts.structured.facts.find(
        (f) => f.column === column && facts.structured.citations[f.n - 1]!.lines![0] === 1132,
      )!;
    const actual = onLine("决算数");
    const budget = onLine("预算数");
    expect([actual.value, budget.value]).toEqual(["23.3", "40"]);
    const rate = await call("calculate", { operation: "ratio", operands: [actual.id, budget.id] });
    expect(rate.structured).toMatchObject({ value: "58.25", measure: "%", formula: "23.3 ÷ 40 = 58.25%" });
    expect(rate.structured.citations.map((c) => [c.n, c.lines])).toEqual([
      [1, [1132, 1132]],
      [2, [1132, 1132]],
    ]);
    expect(rate.text).toContain("**58.25%**[1][2]");
  });

  it("calculate: plain numbers, and division by zero as a tool error", async () => {
    const share = await call("calculate", { operation: "ratio", operands: ["19.7", "23.3"] });
    expect(share.structured.value).toBe("84.55");
    expect(share.structured.citations).toEqual([]);
    const sum = await call("calculate", {
      operation: "sum",
      operands: ["0", "19.7", "3.6"],
      measure: "万元",
    });
    expect(sum.structured).toMatchObject({ value: "23.3", measure: "万元" });
    const zero = await client.callTool({
      name: "calculate",
      arguments: { operation: "ratio", operands: ["1", "0"] },
    });
    expect(zero.isError).toBe(true);
  });

  it("search_documents: the passage that gives the reason, cited by line", async () => {
    const out = await call("search_documents", { query: "公务用车运行维护费 派车车次", unit: "驻京办" });
    const hit = out.structured.results.findIndex((r) => r.text.includes("派车车次增加"));
    expect(hit).toBeGreaterThanOrEqual(0);
    const [from, to] = out.structured.citations[hit]!.lines!;
    expect(from).toBeLessThanOrEqual(1137);
    expect(to).toBeGreaterThanOrEqual(1137);
  });

  it("answer_question: the chat answer with its citations, and a follow-up from history", async () => {
    const first = await call("answer_question", { question: "驻北京联络处三公经费是多少" });
    expect(first.text).toContain("**23.30万元**[1]");
    expect(first.structured.status).toBe("answered");
    expect(first.structured.citations[0]).toMatchObject({ n: 1, lines: [1132, 1132] });
    const next = await call("answer_question", {
      question: "其中公务接待费呢？",
      history: [
        { role: "user", content: "驻北京联络处三公经费是多少" },
        { role: "assistant", content: first.text.slice(0, 4000) },
      ],
    });
    expect(next.text).toContain("3.60万元");
    expect(next.text).toContain("3.61万元");
  });

  it("an unknown unit is a tool error that lists the units", async () => {
    const out = await client.callTool({ name: "lookup_facts", arguments: { unit: "火星办事处" } });
    expect(out.isError).toBe(true);
    expect(JSON.stringify(out.content)).toContain("株洲市人民政府驻北京联络处");
  });

  it("GET /mcp is 405 (stateless: POST only)", async () => {
    const res = await fetch(`${sample.url}/mcp`, { headers: { accept: "text/event-stream" } });
    expect(res.status).toBe(405);
  });
});

describe("MCP over HTTP with API_KEYS", () => {
  it("refuses a client without the key, serves one with it", async () => {
    await expect(connect(keyed.url)).rejects.toThrow();
    const res = await fetch(`${keyed.url}/mcp`, {
      method: "POST",
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ jsonrpc: "2.0", error: { code: -32000 }, id: null });
    const withKey = await connect(keyed.url, { authorization: "Bearer mcp-key" });
    try {
      const out = await callTool(withKey, "list_documents", { unit: "驻京办" });
      expect(out.structured.documents).toHaveLength(1);
    } finally {
      await withKey.close();
    }
  });
});
