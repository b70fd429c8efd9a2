import { CHARACTERS, CHARSET_ENCODING, CODE_PAGE_ENCODING, SKIPPED_GROUPS } from "./rtf-words.js";

/** One token of rtf-stream-parser's Tokenize stream: a group's start or end, a control word, text. */
export interface RtfToken {
  type: number;
  word?: string;
  param?: number;
  data?: Buffer;
}

/** rtf-stream-parser's token kinds (its enum is `const`, so not importable as a value). */
const GROUP_START = 0;
const GROUP_END = 1;
const CONTROL = 2;

interface GroupState {
  skip: boolean;
  /** Characters a \uN's stand-in takes (\ucN). */
  standIn: number;
  font?: number;
  fontTable: boolean;
}

/** A table row as read: its cells' HTML, and their right edges (\cellx) for the columns they span. */
interface RowRead {
  cells: string[];
  edges: number[];
}

/** What is being built: paragraphs, and the table rows the \cell and \row words close. */
class HtmlOutput {
  readonly html: string[] = [];
  /** The right edges of the cells the row being read defines. */
  edges: number[] = [];
  private text = "";
  private bytes: number[] = [];
  private cells: string[] = [];
  private rows: RowRead[] = [];

  constructor(private readonly encodingOf: (font: number | undefined) => string) {}

  addBytes(bytes: Iterable<number>): void {
    this.bytes.push(...bytes);
  }

  addText(text: string, font: number | undefined): void {
    this.decodeBytes(font);
    this.text += text;
  }

  decodeBytes(font: number | undefined): void {
    if (!this.bytes.length) return;
    this.text += new TextDecoder(this.encodingOf(font)).decode(Uint8Array.from(this.bytes));
    this.bytes = [];
  }

  /** \par: a paragraph ends, or a line inside a table's cell. */
  paragraph(inTable: boolean): void {
    if (inTable) return void (this.text += "\n");
    this.closeTable();
    this.html.push(`<p>${escapeHtml(this.take())}</p>`);
  }

  cell(): void {
    this.cells.push(escapeHtml(this.take()).replace(/\n/g, "<br>"));
  }

  row(): void {
    this.rows.push({ cells: this.cells, edges: this.edges });
    this.cells = [];
  }

  finish(): string {
    if (this.text.trim()) this.paragraph(false);
    this.closeTable();
    return this.html.join("\n");
  }

  /**
   * The rows read as one table. A cell merged across columns is one wide cell in RTF: it spans
   * the columns whose edges (over all the table's rows) fall inside it.
   */
  private closeTable(): void {
    if (!this.rows.length) return;
    const edges = [...new Set(this.rows.flatMap((row) => row.edges))].sort((a, b) => a - b);
    this.html.push("<table>");
    for (const row of this.rows) {
      const cells = row.cells.map((cell, i) => {
        const left = i ? row.edges[i - 1] : -Infinity;
        const span = edges.filter((edge) => edge > left && edge <= row.edges[i]).length;
        return span > 1 ? `<td colspan="${span}">${cell}</td>` : `<td>${cell}</td>`;
      });
      this.html.push(`<tr>${cells.join("")}</tr>`);
    }
    this.html.push("</table>");
    this.rows = [];
  }

  private take(): string {
    const text = this.text.trim();
    this.text = "";
    return text;
  }
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * An RTF document's body as HTML: each paragraph a <p>, each table row (\cell … \row) a <tr>, a
 * cell's own line breaks kept as <br> (a wrapped label). Text comes as \'xx bytes in the code
 * page of the run's font (or the document's \ansicpg) or as \uN characters, whose stand-ins
 * (\ucN of them) are dropped.
 */
export function rtfToHtml(tokens: RtfToken[]): string {
  const fonts = new Map<number, string>();
  let codePage = "gbk";
  const out = new HtmlOutput((font) => (font !== undefined && fonts.get(font)) || codePage);
  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, standIn: 1, fontTable: false };
  let skipping = 0;
  let inTable = false;
  let previous: RtfToken | undefined;
  for (const token of tokens) {
    const opened = previous?.type === GROUP_START;
    const starred = previous?.type === CONTROL && previous.word === "*";
    previous = token;
    if (token.type === GROUP_START) {
      stack.push(state);
      state = { ...state };
      continue;
    }
    if (token.type === GROUP_END) {
      out.decodeBytes(state.font);
      state = stack.pop() ?? state;
      continue;
    }
    if (token.type !== CONTROL) {
      // Text: its stand-in characters after a \uN are dropped.
      if (state.skip) continue;
      const data = token.data ? [...token.data] : [];
      const kept = data.slice(Math.min(skipping, data.length));
      skipping = Math.max(0, skipping - data.length);
      if (!state.fontTable) out.addBytes(kept);
      continue;
    }
    const word = token.word ?? "";
    if (word === "fonttbl") state.fontTable = true;
    if ((opened || starred) && (SKIPPED_GROUPS.has(word) || starred)) state.skip = true;
    if (state.fontTable) {
      if (word === "f" && token.param !== undefined) state.font = token.param;
      if (word === "fcharset" && state.font !== undefined && CHARSET_ENCODING[token.param ?? -1])
        fonts.set(state.font, CHARSET_ENCODING[token.param ?? -1]);
      continue;
    }
    if (word === "ansicpg" && CODE_PAGE_ENCODING[token.param ?? -1])
      codePage = CODE_PAGE_ENCODING[token.param ?? -1];
    if (state.skip) continue;
    if (word === "'") {
      if (skipping > 0) skipping--;
      else out.addBytes(token.data ?? []);
      continue;
    }
    out.decodeBytes(state.font);
    if (word === "uc") state.standIn = token.param ?? 1;
    else if (word === "u" && token.param !== undefined) {
      out.addText(String.fromCharCode(token.param < 0 ? token.param + 65536 : token.param), state.font);
      skipping = state.standIn;
    } else if (word === "f") state.font = token.param;
    else if (word === "pard") inTable = false;
    else if (word === "intbl") inTable = true;
    else if (word === "par" || word === "line") out.paragraph(inTable);
    else if (word === "page" || word === "sect") out.paragraph(false);
    else if (word === "trowd") out.edges = [];
    else if (word === "cellx" && token.param !== undefined) out.edges.push(token.param);
    else if (word === "cell") out.cell();
    else if (word === "row") out.row();
    else if (CHARACTERS[word]) out.addText(CHARACTERS[word], state.font);
  }
  return out.finish();
}
