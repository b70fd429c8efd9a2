import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { DocumentInfo, UnitInfo } from "../schema.js";
import { deriveAliases } from "./derive-aliases.js";

/** The editable alias file: full unit name → extra short names. Keys starting with "$" are comments. */
export const AliasFile = z.record(z.string(), z.union([z.array(z.string()), z.string()]));

export async function readAliasFile(file: string): Promise<Record<string, string[]>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return {};
  }
  const parsed = AliasFile.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: not a {"单位全称": ["别名"]} object`);
  return Object.fromEntries(
    Object.entries(parsed.data)
      .filter(([k, v]) => !k.startsWith("$") && Array.isArray(v))
      .map(([k, v]) => [k, v as string[]]),
  );
}

/**
 * Every unit the documents name: those that publish (with their documents) and those only
 * mentioned as subordinate units (so "驻上海联络处" can be answered with "not published,
 * included in its parent's accounts").
 */
export function buildUnits(docs: DocumentInfo[], extra: Record<string, string[]>): UnitInfo[] {
  const units = new Map<string, UnitInfo>();
  const get = (name: string) => {
    let u = units.get(name);
    if (!u) {
      u = { name, aliases: [], children: [], docIds: [] };
      units.set(name, u);
    }
    return u;
  };
  for (const d of docs) {
    get(d.unit).docIds.push(d.docId);
    get(d.unit).aliases.push(...d.aliases);
    for (const { name, short } of d.shortNames ?? []) get(name).aliases.push(short);
    for (const r of d.relations) {
      const child = get(r.child);
      child.parent ??= r.parent;
      const parent = get(r.parent);
      if (!parent.children.includes(r.child)) parent.children.push(r.child);
    }
  }
  for (const [name, aliases] of Object.entries(extra)) get(name).aliases.push(...aliases);
  for (const u of units.values())
    u.aliases = [
      ...new Set([...u.aliases, ...deriveAliases(u.name), ...underParent(u.name, u.parent)]),
    ].filter((a) => a !== u.name);
  return [...units.values()].sort((a, b) => a.name.localeCompare(b.name, "zh"));
}

/** The kind a department's name ends with: its stem is what its bodies' names begin with. */
const PARENT_KIND = /(?:委员会|办公室|局|委|办|厅|院)$/;

/**
 * "临澜县交通运输综合执法大队" under "临澜县交通运输局": "综合执法大队" and "执法大队", as its parent's
 * documents and people call it (the name after the parent's stem and its short forms, four
 * characters at least).
 */
function underParent(name: string, parent: string | undefined): string[] {
  const stem = parent?.replace(PARENT_KIND, "");
  if (!stem || stem === parent || !name.startsWith(stem)) return [];
  const own = name.slice(stem.length);
  return own.length >= 4 ? [own, ...deriveAliases(own).filter((alias) => alias.length >= 4)] : [];
}
