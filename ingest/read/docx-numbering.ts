import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import JSZip from "jszip";
import { chineseNumeral } from "../text/chinese-numerals.js";

/**
 * Word's automatic numbering, written into the paragraphs it numbers. A heading numbered by a
 * list ("一、" from numbering.xml, `w:numPr` on the paragraph or its style) carries no number in
 * its text, and mammoth's HTML drops it; the parsers find sections by those numbers. Each numbered
 * paragraph gets a leading run with its number as Word shows it (lvlText with each level's count
 * in its numFmt), so the document is read as printed.
 */

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A list level: where it starts, how its count is written, and its text ("%1、", "（%2）"). */
interface Level {
  start: number;
  format: string;
  text: string;
  /** What follows the number: a tab (the default), a space or nothing. */
  suffix: string;
}

interface List {
  abstractId: string;
  /** Levels whose count a num restarts at a value of its own (lvlOverride / startOverride). */
  starts: Map<number, number>;
}

/** How Word writes a count in each numFmt (formats outside this table are written as digits). */
export const NUMBER_FORMATS: Record<string, (count: number) => string> = {
  decimal: String,
  decimalZero: (count) => String(count).padStart(2, "0"),
  decimalFullWidth: (count) => String(count).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalEnclosedCircle: (count) =>
    count >= 1 && count <= 20 ? String.fromCharCode(0x2460 + count - 1) : String(count),
  decimalEnclosedParen: (count) => `(${count})`,
  chineseCounting: chineseNumeral,
  chineseCountingThousand: chineseNumeral,
  japaneseCounting: chineseNumeral,
  taiwaneseCounting: chineseNumeral,
  taiwaneseCountingThousand: chineseNumeral,
  ideographTraditional: (count) => "甲乙丙丁戊己庚辛壬癸"[count - 1] ?? String(count),
  upperLetter: (count) => letters(count).toUpperCase(),
  lowerLetter: letters,
  upperRoman: (count) => roman(count),
  lowerRoman: (count) => roman(count).toLowerCase(),
  none: () => "",
};

/** Formats that print no count of their own: their paragraphs are left as they are. */
export const UNCOUNTED = new Set(["bullet", "none"]);

/** The .docx with each numbered paragraph's number written into its text; unchanged when none is. */
export async function withNumberingText(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const numberingXml = await zip.file("word/numbering.xml")?.async("string");
  const documentXml = await zip.file("word/document.xml")?.async("string");
  if (!numberingXml || !documentXml) return bytes;
  const parser = new DOMParser();
  const numbering = parser.parseFromString(numberingXml, "text/xml").documentElement;
  const document = parser.parseFromString(documentXml, "text/xml");
  const stylesXml = await zip.file("word/styles.xml")?.async("string");
  const styleNumbers = stylesXml
    ? readStyleNumbers(parser.parseFromString(stylesXml, "text/xml").documentElement)
    : new Map();
  const numbered = numberParagraphs(
    document.documentElement,
    readLists(numbering),
    readLevels(numbering),
    styleNumbers,
  );
  if (!numbered) return bytes;
  zip.file("word/document.xml", new XMLSerializer().serializeToString(document));
  return zip.generateAsync({ type: "nodebuffer" });
}

function children(element: Element, name: string): Element[] {
  return Array.from(element.childNodes as ArrayLike<Node>).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === name,
  );
}

function child(element: Element | undefined, name: string): Element | undefined {
  return element ? children(element, name)[0] : undefined;
}

function value(element: Element | undefined): string | undefined {
  return element?.getAttributeNS(W, "val") || undefined;
}

/** abstractNumId → its levels by ilvl. */
function readLevels(numbering: Element): Map<string, Map<number, Level>> {
  const levels = new Map<string, Map<number, Level>>();
  for (const abstract of children(numbering, "abstractNum")) {
    const byLevel = new Map<number, Level>();
    for (const level of children(abstract, "lvl"))
      byLevel.set(Number(level.getAttributeNS(W, "ilvl") || 0), {
        start: Number(value(child(level, "start")) ?? 1),
        format: value(child(level, "numFmt")) ?? "decimal",
        text: value(child(level, "lvlText")) ?? "",
        suffix: value(child(level, "suff")) ?? "tab",
      });
    levels.set(abstract.getAttributeNS(W, "abstractNumId") ?? "", byLevel);
  }
  return levels;
}

/** numId → its abstract list and the levels it restarts. */
function readLists(numbering: Element): Map<string, List> {
  const lists = new Map<string, List>();
  for (const num of children(numbering, "num")) {
    const starts = new Map<number, number>();
    for (const override of children(num, "lvlOverride")) {
      const start = value(child(override, "startOverride"));
      if (start !== undefined) starts.set(Number(override.getAttributeNS(W, "ilvl") || 0), Number(start));
    }
    lists.set(num.getAttributeNS(W, "numId") ?? "", {
      abstractId: value(child(num, "abstractNumId")) ?? "",
      starts,
    });
  }
  return lists;
}

/** Paragraph styles numbered by a list (a heading style linked to one): styleId → numId and level. */
function readStyleNumbers(styles: Element): Map<string, { numId: string; level: number }> {
  const numbers = new Map<string, { numId: string; level: number }>();
  for (const style of children(styles, "style")) {
    const numPr = child(child(style, "pPr"), "numPr");
    const numId = value(child(numPr, "numId"));
    if (numId)
      numbers.set(style.getAttributeNS(W, "styleId") ?? "", {
        numId,
        level: Number(value(child(numPr, "ilvl")) ?? 0),
      });
  }
  return numbers;
}

/** Writes each numbered paragraph's number into it; the count of paragraphs numbered. */
function numberParagraphs(
  body: Element,
  lists: Map<string, List>,
  levels: Map<string, Map<number, Level>>,
  styleNumbers: Map<string, { numId: string; level: number }>,
): number {
  // Counts run per abstract list, as Word continues a list across its nums; a num restarting a
  // level starts it again the first time it is used.
  const counts = new Map<string, number[]>();
  const restarted = new Set<string>();
  let numbered = 0;
  for (const paragraph of Array.from(body.getElementsByTagNameNS(W, "p"))) {
    const pPr = child(paragraph, "pPr");
    const numPr = child(pPr, "numPr");
    const styled = styleNumbers.get(value(child(pPr, "pStyle")) ?? "");
    const numId = numPr ? value(child(numPr, "numId")) : styled?.numId;
    const level = Number((numPr ? value(child(numPr, "ilvl")) : undefined) ?? styled?.level ?? 0);
    const list = numId && numId !== "0" ? lists.get(numId) : undefined;
    const levelsOf = list && levels.get(list.abstractId);
    const definition = levelsOf?.get(level);
    if (!list || !levelsOf || !definition || UNCOUNTED.has(definition.format)) continue;
    const count = counts.get(list.abstractId) ?? [];
    const restart = list.starts.get(level);
    const key = `${numId}:${level}`;
    if (restart !== undefined && !restarted.has(key)) {
      restarted.add(key);
      count[level] = restart;
    } else count[level] = count[level] === undefined ? definition.start : count[level] + 1;
    count.length = level + 1;
    counts.set(list.abstractId, count);
    const label = definition.text.replace(/%(\d)/g, (_, n: string) => {
      const at = Number(n) - 1;
      const format = levelsOf.get(at)?.format ?? "decimal";
      return (NUMBER_FORMATS[format] ?? String)(count[at] ?? levelsOf.get(at)?.start ?? 1);
    });
    if (!label || paragraphText(paragraph).startsWith(label)) continue;
    prependRun(
      paragraph,
      pPr,
      label + (definition.suffix === "nothing" || /[、.．)）]$/.test(label) ? "" : " "),
    );
    numbered++;
  }
  return numbered;
}

function paragraphText(paragraph: Element): string {
  return Array.from(paragraph.getElementsByTagNameNS(W, "t") as ArrayLike<Element>)
    .map((t) => t.textContent ?? "")
    .join("");
}

function prependRun(paragraph: Element, pPr: Element | undefined, text: string): void {
  const document = paragraph.ownerDocument;
  const run = document.createElementNS(W, "w:r");
  const t = document.createElementNS(W, "w:t");
  t.setAttribute("xml:space", "preserve");
  t.appendChild(document.createTextNode(text));
  run.appendChild(t);
  paragraph.insertBefore(run, pPr ? pPr.nextSibling : paragraph.firstChild);
}

function letters(count: number): string {
  let text = "";
  for (let n = count; n > 0; n = Math.floor((n - 1) / 26))
    text = String.fromCharCode(97 + ((n - 1) % 26)) + text;
  return text;
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(count: number): string {
  let rest = count;
  let text = "";
  for (const [size, numeral] of ROMAN) for (; rest >= size; rest -= size) text += numeral;
  return text;
}
