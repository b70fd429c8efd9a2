import type { ParsedTable, Warning } from "../schema.js";

/**
 * Tables that carry the same number in one document (a table printed twice, or two editions in
 * one file): each keeps its own id (t02, t02-2) and all are indexed, so a reader is told that the
 * document holds the same table more than once.
 */
export function repeatedTables(tables: ParsedTable[]): Warning[] {
  const byNumber = new Map<string, ParsedTable[]>();
  for (const table of tables)
    if (table.number) byNumber.set(table.number, [...(byNumber.get(table.number) ?? []), table]);
  return [...byNumber.entries()]
    .filter(([, copies]) => copies.length > 1)
    .map(([number, copies]) => ({
      code: "repeated_table" as const,
      message: `编号${number}的表在文中出现了${copies.length}次（${copies
        .map((t) => `第${t.lines[0]}行「${t.title}」`)
        .join("、")}），${copies.length === 2 ? "两" : copies.length}份都已索引，请核对是否重复印刷`,
      factIds: [],
    }));
}
