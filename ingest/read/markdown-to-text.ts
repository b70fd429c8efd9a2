import { gridTablesToRows } from "./grid-tables.js";
import { htmlToLines } from "./html-lines.js";

const HEADING = /^\s{0,3}#{1,6}\s+/;
/** A character Markdown escapes to print it as itself ("\\*", "\\[", "\\_"). */
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!~<>"'$^])/g;
const HEADING_ATTRIBUTES = /\s*\{[#.][^{}]*\}\s*$/;

/** An HTML table's first and last lines. */
const TABLE_OPENS = /^\s*<table[\s>]/i;
const TABLE_CLOSES = /<\/table>\s*$/i;
/** A line that is only a picture ("![](images/3f2a….jpg)"). */
const IMAGE_ONLY = /^!\[[^\]]*\]\([^)]*\)$/;
/** A percentage written in LaTeX, as converters write it ("$12.5\\%$", "12.5\\%"). */
const LATEX_PERCENT = /\$?\s*(\d[\d,]*(?:\.\d+)?)\s*\\%\s*\$?/g;

/** The dashes over and under a pandoc simple table's columns: two or more runs apart. */
const SIMPLE_TABLE_RULE = /^-{2,}(?:\s+-{2,})+$/;

/**
 * Markdown exports keep their line structure but write tables as pipe rows and headings with
 * hashes. Turn them into the plain-text layout the parsers read, line for line (so citations'
 * line numbers still point into the original file): pipe rows become tab-separated rows, the
 * |---| separator rows become blank lines, heading hashes and emphasis markers are dropped. pandoc's
 * grid tables become one tab-separated line per row (grid-tables.ts); so do tables written as HTML,
 * whose rows take a line each (the one place lines are added). Pictures are dropped and LaTeX
 * percentages written plainly.
 */
export function markdownToText(markdown: string): string {
  return gridTablesToRows(htmlTablesToRows(markdown.split("\n")))
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
      // A picture the converter left in place of the page's image (a seal, a chart) says nothing.
      if (IMAGE_ONLY.test(trimmed)) return "";
      // pandoc writes a heading's attributes after it ("## 表2 … {#部门收入总表 .unnumbered}").
      if (HEADING.test(line)) line = line.replace(HEADING, "").replace(HEADING_ATTRIBUTES, "");
      return line
        .replace(/\*\*|__/g, "")
        .replace(LATEX_PERCENT, "$1%")
        .replace(ESCAPED, "$1");
    })
    .join("\n");
}

/**
 * Tables a PDF-to-Markdown converter writes as HTML (`<table><tr><td rowspan="2">…`, often a
 * whole table on one line): one tab-separated line per row, as a web page's tables are read
 * (html-lines.ts), spans filled. The lines after such a table count the rows it became, as a web
 * page's lines do.
 */
function htmlTablesToRows(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!TABLE_OPENS.test(lines[i])) {
      out.push(lines[i]);
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && !TABLE_CLOSES.test(lines[end])) end++;
    out.push(...htmlToLines(lines.slice(i, end + 1).join("\n"), { breaks: "line" }));
    i = end;
  }
  return out;
}
