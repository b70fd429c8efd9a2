#!/usr/bin/env node
import { createInterface } from "node:readline";
import { loadConfig } from "../lib/config.js";
import { loadEngine } from "./load-engine.js";
import { ANSI, PLAIN, renderTerminal } from "./terminal-markdown.js";

const FLAGS = new Set(["--", "--json", "--markdown"]);

/**
 * npm run ask -- "问题"               one answer, rendered for the terminal (colours on a TTY)
 * npm run ask -- --markdown "问题"    the answer's Markdown as it is
 * npm run ask -- --json "问题"        the full JSON answer
 * npm run ask                        one question per stdin line → one JSON line per answer
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const raw = args.includes("--markdown");
  const question = args
    .filter((a) => !FLAGS.has(a))
    .join(" ")
    .trim();
  const engine = await loadEngine(loadConfig());
  if (question) {
    const result = await engine.answer([{ role: "user", content: question }]);
    // hasColors() honours NO_COLOR, FORCE_COLOR and TERM.
    const style = process.stdout.isTTY && process.stdout.hasColors() ? ANSI : PLAIN;
    if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(raw ? `${result.answer}\n` : renderTerminal(result.answer, style));
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
