import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The folders whose code decides what is stored: facts, and chunks with their terms and vectors. */
const PARSING_CODE = ["parse", "domain", "checks", "text", "units", "read", "index"];

let cached: string | undefined;

/**
 * A fingerprint of the code that turns documents into facts. An index built by other parsing
 * code is re-parsed in full on the next ingest, so "unchanged document" never means "stale facts".
 */
export function parserVersion(): string {
  if (cached) return cached;
  const hash = createHash("sha256");
  for (const dir of PARSING_CODE) {
    const full = join(import.meta.dirname, dir);
    for (const name of readdirSync(full).sort()) {
      if (!name.endsWith(".ts") || name.endsWith(".test.ts")) continue;
      hash.update(name).update(readFileSync(join(full, name)));
    }
  }
  cached = hash.digest("hex").slice(0, 16);
  return cached;
}
