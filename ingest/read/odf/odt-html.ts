import { OdfListNumbers } from "./odf-lists.js";
import { odfAttribute, odfChildren, odfCount, odfName, odfRows } from "./odf-xml.js";

/**
 * A text document's body (office:text) as the HTML the plain-text layout reads (html-lines.ts), as
 * mammoth's HTML of a Word document is: headings and paragraphs, list paragraphs with the numbers
 * LibreOffice draws, tables with their merged cells as colspan/rowspan (a covered cell is the span
 * of the cell before it), soft breaks as <br>. What a reader does not see as body text is left out:
 * comments, the deleted text a tracked change keeps, a footnote's mark (its text follows the
 * paragraph), hidden text, drawings' alternative text.
 */
export function odtHtml(body: Element, styleRoots: Element[]): string {
  const writer = new HtmlWriter(new OdfListNumbers(styleRoots));
  writer.blocks(body);
  return writer.html.join("");
}

/** Elements whose content no reader sees. */
const UNSEEN = new Set([
  "office:annotation",
  "office:annotation-end",
  "text:tracked-changes",
  "text:note-citation",
  "text:sequence-decls",
  "text:variable-decls",
  "text:user-field-decls",
  "table:table-column",
  "table:table-columns",
  "table:table-header-columns",
  "table:covered-table-cell",
  "svg:title",
  "svg:desc",
  "office:forms",
]);

const HEADING_TAGS = 6;

class HtmlWriter {
  readonly html: string[] = [];
  /** Footnote and endnote bodies met inside the paragraph being written: they follow it. */
  private notes: Element[] = [];

  constructor(private readonly numbers: OdfListNumbers) {}

  blocks(parent: Element, list?: { counts: ReturnType<OdfListNumbers["openList"]>; level: number }): void {
    for (const child of odfChildren(parent)) this.block(child, list);
  }

  private block(element: Element, list?: { counts: ReturnType<OdfListNumbers["openList"]>; level: number }) {
    const name = odfName(element);
    if (UNSEEN.has(name) || hidden(element)) return;
    if (name === "text:p" || name === "text:h") this.paragraph(element, "");
    else if (name === "text:list") {
      const counts = list?.counts ?? this.numbers.openList(element);
      const level = (list?.level ?? 0) + 1;
      for (const item of odfChildren(element)) this.listItem(item, { counts, level });
    } else if (name === "table:table") this.table(element);
    else this.blocks(element, list);
  }

  private listItem(item: Element, list: { counts: ReturnType<OdfListNumbers["openList"]>; level: number }) {
    const numbered = odfName(item) === "text:list-item";
    let label =
      numbered && odfChildren(item).some((child) => ["text:p", "text:h"].includes(odfName(child)))
        ? this.numbers.itemLabel(list.counts, list.level, item)
        : "";
    for (const child of odfChildren(item)) {
      const name = odfName(child);
      if (name === "text:p" || name === "text:h") {
        this.paragraph(child, label);
        label = "";
      } else if (name === "text:list") this.blocks(child, list);
      else this.block(child, list);
    }
  }

  private paragraph(element: Element, label: string): void {
    const level = Number.parseInt(odfAttribute(element, "text:outline-level") ?? "", 10);
    const heading = odfName(element) === "text:h";
    const tag = heading ? `h${Math.min(HEADING_TAGS, Number.isFinite(level) ? level : 1)}` : "p";
    const cached = odfChildren(element, "text:number")[0]?.textContent ?? "";
    const number = label || cached || (heading && !label ? this.numbers.headingLabel(level || 1) : "");
    this.html.push(`<${tag}>`, escapeHtml(number));
    this.inline(element);
    this.html.push(`</${tag}>`);
    const notes = this.notes;
    this.notes = [];
    for (const note of notes) this.blocks(note);
  }

  private inline(parent: Element): void {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 || node.nodeType === 4) {
        this.html.push(escapeHtml(node.nodeValue ?? ""));
        continue;
      }
      if (node.nodeType !== 1) continue;
      const element = node as Element;
      const name = odfName(element);
      if (UNSEEN.has(name) || hidden(element) || name === "text:number") continue;
      if (name === "text:s") this.html.push(" ".repeat(odfCount(element, "text:c")));
      else if (name === "text:tab") this.html.push("\t");
      else if (name === "text:line-break") this.html.push("<br/>");
      else if (name === "text:note") this.notes.push(...odfChildren(element, "text:note-body"));
      else if (name === "draw:text-box" || name === "table:table") this.blocks(element);
      else this.inline(element);
    }
  }

  private table(table: Element): void {
    this.html.push("<table>");
    for (const row of odfRows(table)) {
      for (let copy = 0; copy < Math.min(odfCount(row, "table:number-rows-repeated"), MAX_REPEATS); copy++) {
        this.html.push("<tr>");
        for (const cell of odfChildren(row, "table:table-cell"))
          for (let k = 0; k < Math.min(odfCount(cell, "table:number-columns-repeated"), MAX_REPEATS); k++) {
            const colspan = odfCount(cell, "table:number-columns-spanned");
            const rowspan = odfCount(cell, "table:number-rows-spanned");
            this.html.push(`<td colspan="${colspan}" rowspan="${rowspan}">`);
            this.blocks(cell);
            this.html.push("</td>");
          }
        this.html.push("</tr>");
      }
    }
    this.html.push("</table>");
  }
}

/** A repeated row or cell in a text table is drawn this many times at most (they are blank rows). */
const MAX_REPEATS = 50;

/** Text a field hides (text:hidden-text, text:hidden-paragraph) while its condition holds. */
function hidden(element: Element): boolean {
  return odfAttribute(element, "text:is-hidden") === "true";
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
