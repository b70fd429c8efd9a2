import { gridTablesToRows } from "./grid-tables.js";

const HEADING = /^\s{0,3}#{1,6}\s+/;
/** A character Markdown escapes to print it as itself ("\\*", "\\[", "\\_"). */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!~<>"'$^])/g;
const HEADING_ATTRIBUTES = /\s*\{[#.][^{}]*\}\s*$/;

/** The dashes over and under a pandoc simple table's columns: two or more runs apart. */
const SIMPLE_TABLE_RULE = /^-{2,}(?:\s+-{2,})+$/;

/**
 * Markdown exports keep their line structure but write tables as pipe rows and headings with
 * hashes. Turn them into the plain-text layout the parsers read, line for line (so citations'
 * line numbers still point into the original file): pipe rows become tab-separated rows, the
 * |---| separator rows become blank lines, heading hashes and emphasis markers are dropped. pandoc's
 * grid tables become one tab-separated line per row (grid-tables.ts).
 */
export function markdownToText(markdown: string): string {
  return gridTablesToRows(markdown.split("\n"))
    .map((line) => {
      const trimmed = line.trim();
      if (/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(trimmed)) return "";
      // A simple table's rule ("------ -------- ------"): its columns line up by spaces below it.
      if (SIMPLE_TABLE_RULE.test(trimmed)) return "";
      if (trimmed.startsWith("|")) {
        const cells = trimmed
          .replace(/^\|/, "")
          .replace(/\|$/, "")
          .split(/(?<!\\)\|/);
        return cells
          .map((c) =>
            c
              .replace(/\\\|/g, "|")
              .replace(/\*\*|__/g, "")
              .replace(ESCAPED, "$1")
              .trim(),
          )
          .join("\t");
      }
      // pandoc writes a heading's attributes after it ("## 表2 … {#部门收入总表 .unnumbered}").
      if (HEADING.test(line)) line = line.replace(HEADING, "").replace(HEADING_ATTRIBUTES, "");
      return line.replace(/\*\*|__/g, "").replace(ESCAPED, "$1");
    })
    .join("\n");
}
