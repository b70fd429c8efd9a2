import { NUMBER_FORMATS } from "../docx-numbering.js";
import { odfAttribute, odfChildren, odfName, odfStyles } from "./odf-xml.js";

/**
 * The numbers LibreOffice draws before list paragraphs and headings ("一、", "（二）", "3."): an
 * OpenDocument file keeps only the list style and the list's structure, so each number is counted
 * here as the word processor counts it and written into the paragraph's text, where the parsers
 * look for section numbers (as docx-numbering.ts does for Word).
 */

/** How each style:num-format writes a count, as the Word format of the same look. */
const ODF_NUMBER_FORMATS: Record<string, keyof typeof NUMBER_FORMATS> = {
  "1": "decimal",
  a: "lowerLetter",
  A: "upperLetter",
  i: "lowerRoman",
  I: "upperRoman",
  "一, 二, 三, ...": "chineseCounting",
  "１, ２, ３, ...": "decimalFullWidth",
  "①, ②, ③, ...": "decimalEnclosedCircle",
  "甲, 乙, 丙, ...": "ideographTraditional",
  "": "none",
};

interface LevelStyle {
  format: (count: number) => string;
  prefix: string;
  suffix: string;
  start: number;
  /** How many levels the number shows, this one and those above it ("1.2"). */
  shown: number;
  /** LibreOffice's own template of the whole label ("%1%、", "（%2%）"), when written. */
  template?: string;
}

/** A list's levels by number (1-based); a bullet or image level has no entry. */
type ListStyle = Map<number, LevelStyle>;

/** The counts of one list as it is read, by level. */
interface ListCounts {
  style: ListStyle | undefined;
  counts: number[];
}

export class OdfListNumbers {
  private readonly styles = new Map<string, ListStyle>();
  private readonly outline: ListCounts;
  private readonly byId = new Map<string, ListCounts>();
  private readonly lastOfStyle = new Map<string, ListCounts>();

  constructor(styleRoots: Element[]) {
    // (Content's automatic styles first: read last, they win over styles.xml's of the same name.)
    for (const list of odfStyles([...styleRoots].reverse(), "text:list-style"))
      this.styles.set(odfAttribute(list, "style:name") ?? "", readLevels(list));
    const outline = odfStyles(styleRoots, "text:outline-style")[0];
    this.outline = { style: outline ? readLevels(outline) : undefined, counts: [] };
  }

  /** The counts a top-level text:list uses: its own, or those of the list it continues. */
  openList(list: Element): ListCounts {
    const styleName = odfAttribute(list, "text:style-name") ?? "";
    const continued =
      this.byId.get(odfAttribute(list, "text:continue-list") ?? "") ??
      (odfAttribute(list, "text:continue-numbering") === "true"
        ? this.lastOfStyle.get(styleName)
        : undefined);
    const counts: ListCounts = continued ?? { style: this.styles.get(styleName), counts: [] };
    const id = list.getAttribute("xml:id");
    if (id) this.byId.set(id, counts);
    this.lastOfStyle.set(styleName, counts);
    return counts;
  }

  /** The label of a list item at `level` (1-based) that holds a paragraph of its own. */
  itemLabel(list: ListCounts, level: number, item: Element): string {
    const start = Number.parseInt(odfAttribute(item, "text:start-value") ?? "", 10);
    return count(list, level, Number.isFinite(start) ? start : undefined);
  }

  /** The label of a heading outside any list, from the document's outline numbering. */
  headingLabel(level: number): string {
    return count(this.outline, level, undefined);
  }
}

function count(list: ListCounts, level: number, restart: number | undefined): string {
  const levelStyle = list.style?.get(level);
  list.counts[level - 1] = restart ?? (list.counts[level - 1] ?? (levelStyle?.start ?? 1) - 1) + 1;
  list.counts.length = level;
  if (!levelStyle) return "";
  const written = (at: number) =>
    (list.style?.get(at)?.format ?? String)(list.counts[at - 1] ?? list.style?.get(at)?.start ?? 1);
  if (levelStyle.template !== undefined)
    return levelStyle.template.replace(/%(\d)%/g, (_, at: string) => written(Number(at)));
  const shown = Array.from({ length: Math.min(levelStyle.shown, level) }, (_, k) => level - k)
    .reverse()
    .map(written);
  const number = levelStyle.format(1) === "" ? "" : shown.join(".");
  return `${levelStyle.prefix}${number}${levelStyle.suffix}`;
}

function readLevels(list: Element): ListStyle {
  const levels: ListStyle = new Map();
  for (const level of odfChildren(list)) {
    if (!["text:list-level-style-number", "text:outline-level-style"].includes(odfName(level))) continue;
    const format =
      NUMBER_FORMATS[ODF_NUMBER_FORMATS[odfAttribute(level, "style:num-format") ?? ""] ?? "decimal"]!;
    const start = Number.parseInt(odfAttribute(level, "text:start-value") ?? "1", 10);
    levels.set(Number.parseInt(odfAttribute(level, "text:level") ?? "1", 10), {
      format,
      prefix: odfAttribute(level, "style:num-prefix") ?? "",
      suffix: odfAttribute(level, "style:num-suffix") ?? "",
      start: Number.isFinite(start) ? start : 1,
      shown: Number.parseInt(odfAttribute(level, "text:display-levels") ?? "1", 10) || 1,
      template: odfAttribute(level, "loext:num-list-format"),
    });
  }
  return levels;
}
