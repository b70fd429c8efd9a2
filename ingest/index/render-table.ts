import type { ParsedTable } from "../schema.js";

/** Escape a cell for a Markdown table. */
function md(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
}

/**
 * Render a parsed table as Markdown, one block per column group (table 01's income and
 * spending sides, table 06's three groups). `mark` bolds one cell (line, column index) so a
 * citation can point at it.
 */
export function renderTableMarkdown(table: ParsedTable, mark?: { line: number; column: number }): string {
  const blocks: string[] = [];
  table.groups.forEach((group, gi) => {
    const segments = [...new Set(table.columns.filter((c) => c.group === gi).map((c) => c.segment))];
    for (const segment of segments) {
      const cols = table.columns.filter((c) => c.group === gi && c.segment === segment);
      const keyCols = segment === 0 ? group.keyColumns : [0];
      const rows = table.rows.filter((r) => r.segment === segment && !r.header);
      const useful = rows.filter(
        (r) => keyCols.some((k) => r.cells[k]) || cols.some((c) => r.cells[c.index]),
      );
      if (!useful.length) continue;
      const head = [
        ...keyCols.map((_, i) => (i === 0 && keyCols.length > 1 ? "编码/项目" : "项目")),
        ...cols.map((c) => c.path.join(" / ")),
      ];
      const lines = [`| ${head.map(md).join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`];
      for (const r of useful) {
        const cells = [
          ...keyCols.map((k) => r.cells[k] ?? ""),
          ...cols.map((c) => {
            const v = r.cells[c.index] ?? "";
            return mark && mark.line === r.line && mark.column === c.index ? `**${v.trim()}**` : v;
          }),
        ];
        lines.push(`| ${cells.map(md).join(" | ")} |`);
      }
      blocks.push([group.title ? `**${group.title}**` : "", ...lines].filter(Boolean).join("\n"));
    }
  });
  return blocks.join("\n\n");
}
