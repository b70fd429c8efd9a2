import { stripVTControlCharacters } from "node:util";
import { marked, type Token, type Tokens } from "marked";

/**
 * The answers' Markdown for a terminal: bold, italics, headings, lists, quotes, code and tables,
 * the [n] citation markers, and the 来源 block set apart. With `ANSI` styles for a colour
 * terminal, `PLAIN` when the output is piped (the same layout, no escape codes).
 */
export interface TerminalStyle {
  bold(text: string): string;
  italic(text: string): string;
  heading(text: string): string;
  dim(text: string): string;
  code(text: string): string;
  marker(text: string): string;
}

const sgr = (on: string, off: string) => (text: string) => `\x1b[${on}m${text}\x1b[${off}m`;

export const ANSI: TerminalStyle = {
  bold: sgr("1", "22"),
  italic: sgr("3", "23"),
  heading: sgr("1;4", "22;24"),
  dim: sgr("2", "22"),
  code: sgr("36", "39"),
  marker: sgr("36", "39"),
};

const same = (text: string) => text;
export const PLAIN: TerminalStyle = {
  bold: same,
  italic: same,
  heading: same,
  dim: same,
  code: same,
  marker: same,
};

/** The paragraph the engine puts above its numbered sources. */
const SOURCES_HEADING = /^\*\*来源\*\*$/;

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of stripVTControlCharacters(text))
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1;
  return width;
}

function inline(tokens: Token[] | undefined, s: TerminalStyle): string {
  return (tokens ?? [])
    .map((t) => {
      switch (t.type) {
        case "strong":
          return s.bold(inline(t.tokens, s));
        case "em":
          return s.italic(inline(t.tokens, s));
        case "codespan":
          return s.code(t.text);
        case "br":
          return "\n";
        case "link":
          return t.text === t.href ? t.href : `${inline(t.tokens, s)} (${t.href})`;
        case "text":
          return t.tokens ? inline(t.tokens, s) : t.text.replace(/\[\d+\]/g, (m: string) => s.marker(m));
        default:
          return "text" in t ? String(t.text) : "";
      }
    })
    .join("");
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split("\n")
    .map((line, i) => (i === 0 ? first : rest) + line)
    .join("\n");
}

function list(token: Tokens.List, s: TerminalStyle, dimmed: boolean): string {
  const start = Number(token.start) || 1;
  return token.items
    .map((item, i) => {
      const bullet = token.ordered ? `${start + i}. ` : "• ";
      const body = blocks(item.tokens, s, { tight: !item.loose });
      return indent(dimmed ? s.dim(body) : body, bullet, " ".repeat(displayWidth(bullet)));
    })
    .join(token.loose ? "\n\n" : "\n");
}

function table(token: Tokens.Table, s: TerminalStyle): string {
  const rows = [token.header, ...token.rows].map((row) => row.map((cell) => inline(cell.tokens, s)));
  const widths = token.header.map((_, c) => Math.max(...rows.map((row) => displayWidth(row[c] ?? ""))));
  const line = (row: string[]) =>
    row.map((cell, c) => cell + " ".repeat(widths[c]! - displayWidth(cell))).join(" │ ");
  const [head, ...body] = rows;
  return [s.bold(line(head!)), widths.map((w) => "─".repeat(w)).join("─┼─"), ...body.map(line)].join("\n");
}

function blocks(tokens: Token[], s: TerminalStyle, options: { tight?: boolean } = {}): string {
  const out: string[] = [];
  let inSources = false;
  for (const t of tokens) {
    if (t.type === "space") continue;
    if (t.type === "paragraph" && SOURCES_HEADING.test(t.text.trim())) {
      inSources = true;
      out.push(s.heading("来源"));
      continue;
    }
    if (t.type === "list") out.push(list(t as Tokens.List, s, inSources));
    else if (t.type === "heading") out.push(s.heading(inline(t.tokens, s)));
    else if (t.type === "paragraph" || t.type === "text") out.push(t.tokens ? inline(t.tokens, s) : t.text);
    else if (t.type === "blockquote") out.push(indent(blocks(t.tokens ?? [], s), s.dim("│ "), s.dim("│ ")));
    else if (t.type === "code") out.push(indent(s.code(t.text), "    ", "    "));
    else if (t.type === "table") out.push(table(t as Tokens.Table, s));
    else if (t.type === "hr") out.push(s.dim("─".repeat(40)));
    else if ("text" in t) out.push(String(t.text));
  }
  return out.join(options.tight ? "\n" : "\n\n");
}

export function renderTerminal(markdown: string, style: TerminalStyle = PLAIN): string {
  return `${blocks(marked.lexer(markdown), style)}\n`;
}
