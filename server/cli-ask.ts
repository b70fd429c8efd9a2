#!/usr/bin/env node
import { createInterface } from "node:readline";
import { loadConfig } from "../lib/config.js";
import { loadEngine } from "./load-engine.js";

/**
 * npm run ask -- [--json] "问题"     one answer (Markdown, or the full JSON with --json)
 * npm run ask                        one question per stdin line → one JSON line per answer
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  const json = args.includes("--json");
  const question = args
    .filter((a) => a !== "--json")
    .join(" ")
    .trim();
  const engine = await loadEngine(loadConfig());
  if (question) {
    const result = await engine.answer([{ role: "user", content: question }]);
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${result.answer}\n`);
    return;
  }
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const result = await engine.answer([{ role: "user", content: line.trim() }]);
    process.stdout.write(`${JSON.stringify({ question: line.trim(), ...result })}\n`);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`ask failed: ${error.message}\n`);
  process.exit(1);
});
