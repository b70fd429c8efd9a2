import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GoldItem } from "./gold-schema.js";
import { Split, SPLITS } from "./splits.js";

/** Validate every gold file; prints counts by category. Used by the gold tests and by hand. */
export function loadGold(dir = join(import.meta.dirname, "gold")): GoldItem[] {
  const items: GoldItem[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()) {
    readFileSync(join(dir, file), "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (!line.trim()) return;
        const parsed = GoldItem.safeParse(JSON.parse(line));
        if (!parsed.success)
          throw new Error(
            `${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".")} ${x.message}`).join("; ")}`,
          );
        items.push(parsed.data);
      });
  }
  return items;
}

if (process.argv[1]?.endsWith("validate-gold.ts")) {
  for (const split of Split.options) validateSplit(split);
}

function validateSplit(split: Split): void {
  const items = loadGold(SPLITS[split].dir);
  const ids = new Set<string>();
  for (const it of items) {
    if (ids.has(it.id)) throw new Error(`duplicate id ${it.id}`);
    ids.add(it.id);
  }
  const by = new Map<string, number>();
  for (const it of items) by.set(it.category, (by.get(it.category) ?? 0) + 1);
  console.log(`${split}: ${items.length} items`, Object.fromEntries(by));
}
