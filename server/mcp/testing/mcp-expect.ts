import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { expect } from "vitest";

/** Test support (not a test): the structured content of the five tools, as the tests read it. */
export interface Structured {
  documents: Record<string, unknown>[];
  facts: { n: number; id: string; column: string; value: string }[];
  citations: { n: number; lines?: number[] }[];
  results: { n: number; text: string }[];
  value: string;
  measure: string;
  formula: string;
  status: string;
}

export interface ToolOutput {
  text: string;
  structured: Structured;
}

/** Call a tool that must succeed; its Markdown text and its structured content. */
export async function callTool(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<ToolOutput> {
  const result = await client.callTool({ name, arguments: args });
  const content = result.content as { type: string; text?: string }[];
  expect(result.isError ?? false, JSON.stringify(content)).toBe(false);
  expect(content[0]?.type).toBe("text");
  return { text: content[0]!.text!, structured: result.structuredContent as unknown as Structured };
}
