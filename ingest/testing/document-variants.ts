import type { ParsedDocument, ParsedTable } from "../schema.js";
import { cleanLabel } from "../text/normalize-text.js";

/**
 * Realistic rewrites of a disclosure's text, as other converters and other departments produce
 * them, for metamorphic tests: the facts must not change beyond what the rewrite intends. Each
 * takes the document's lines and its parse (to find titles and tables), and returns new lines.
 */
export type Variant = (lines: string[], doc: ParsedDocument) => string[];

const MARKER = /公开\s*0?(\d{1,2})\s*表/;
const CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** Standard tables with the 0-based index of their title line. */
function titled(lines: string[], doc: ParsedDocument): { table: ParsedTable; title: number }[] {
  return doc.tables
    .filter((t) => t.template && cleanLabel(lines[t.lines[0] - 1] ?? "") === cleanLabel(t.title))
    .map((table) => ({ table, title: table.lines[0] - 1 }));
}

/** Rebuild lines with edits keyed by line index: replace a line by zero or more lines. */
function edit(lines: string[], edits: Map<number, string[]>): string[] {
  return lines.flatMap((l, i) => edits.get(i) ?? [l]);
}

/** The marker line of a table (公开NN表, alone or after "部门：…"), between its title and first row. */
function markerLine(lines: string[], t: ParsedTable): number {
  const firstRow = t.rows[0]?.line ?? t.lines[1];
  for (let i = t.lines[0] - 1; i < firstRow - 1; i++) if (MARKER.test(lines[i])) return i;
  return -1;
}

/** "株洲市…办公室" → "株洲市…办公室（本级）" on the first heading line that names the unit. */
export const qualifiedUnit: Variant = (lines, doc) => {
  const at = lines.findIndex((l, i) => i < 12 && l.includes(doc.info.unit));
  return edit(lines, new Map([[at, [lines[at].replace(doc.info.unit, `${doc.info.unit}（本级）`)]]]));
};

/** Every standard table's title, and the cover title, in Markdown emphasis. */
export const emphasisedTitles: Variant = (lines, doc) => {
  const edits = new Map<number, string[]>();
  for (const { title } of titled(lines, doc)) edits.set(title, [lines[title].replace(/(\S.*\S)/, "**$1**")]);
  const cover = lines.findIndex((l, i) => i < 12 && /(决算|预算)(公开|说明)?$/.test(cleanLabel(l)));
  if (cover >= 0) edits.set(cover, [lines[cover].replace(/(\S.*\S)/, "**$1**")]);
  return edit(lines, edits);
};

/** Every standard table's title broken over two lines; the cover title broken after the unit. */
export const wrappedTitles: Variant = (lines, doc) => {
  const edits = new Map<number, string[]>();
  for (const { title } of titled(lines, doc)) {
    const raw = lines[title];
    const indent = /^\s*/.exec(raw)?.[0] ?? "";
    const text = raw.trim();
    const cut = Math.ceil(text.length / 2);
    edits.set(title, [indent + text.slice(0, cut), indent + text.slice(cut)]);
  }
  const joined = `${doc.info.unit}${doc.info.year}年`;
  const cover = lines.findIndex((l, i) => i < 12 && l.includes(joined));
  if (cover >= 0) {
    const cut = lines[cover].indexOf(joined) + doc.info.unit.length;
    edits.set(cover, [lines[cover].slice(0, cut), lines[cover].slice(cut)]);
  }
  return edit(lines, edits);
};

/** 公开NN表 markers replaced by another numbering style (or none) on the title line or in place. */
export function relabelled(style: "表一" | "1." | "2.15" | "附表" | "none"): Variant {
  return (lines, doc) => {
    const edits = new Map<number, string[]>();
    for (const { table, title } of titled(lines, doc)) {
      const marker = markerLine(lines, table);
      const n = Number(MARKER.exec(lines[marker] ?? "")?.[1] ?? table.number);
      if (style === "表一" || style === "附表") {
        const label = style === "表一" ? `表${CN[n]}` : `附表${n}`;
        if (marker >= 0) edits.set(marker, [lines[marker].replace(MARKER, label)]);
        else edits.set(title, [lines[title], label]);
        continue;
      }
      if (marker >= 0) edits.set(marker, [lines[marker].replace(MARKER, "")]);
      if (style === "none") continue;
      const label = style === "1." ? `${n}.` : `2.${14 + n}`;
      edits.set(title, [lines[title].replace(/^(\s*)/, `$1${label} `)]);
    }
    return edit(lines, edits);
  };
}

/** Each table's "单位：万元" line moved just above its title, or just below it. */
export function movedUnitLine(where: "above" | "below"): Variant {
  return (lines, doc) => {
    const edits = new Map<number, string[]>();
    for (const { table, title } of titled(lines, doc)) {
      const firstRow = table.rows[0]?.line ?? table.lines[1];
      let unit = -1;
      for (let i = title + 1; i < firstRow - 1 && unit < 0; i++)
        if (/^(金额)?单位[:：](万元|元)$/.test(cleanLabel(lines[i]))) unit = i;
      if (unit < 0 || unit === title + 1) continue;
      edits.set(unit, []);
      edits.set(title, where === "above" ? [lines[unit], lines[title]] : [lines[title], lines[unit]]);
    }
    return edit(lines, edits);
  };
}

/** Blank lines between a table's header rows (doubled where a blank line already ends a row). */
export const blankLinesInHeaders: Variant = (lines, doc) => {
  const edits = new Map<number, string[]>();
  for (const { table, title } of titled(lines, doc)) {
    const firstRow = (table.rows[0]?.line ?? table.lines[1]) - 1;
    for (let i = title + 1; i < firstRow; i++) {
      if (table.layout === "tabs" && lines[i].includes("\t")) edits.set(i, [lines[i], ""]);
      if (table.layout === "cell-per-line" && lines[i] === "") edits.set(i, ["", ""]);
    }
  }
  return edit(lines, edits);
};

/** The same document a year later: every 2024 becomes 2025. */
export const nextYear: Variant = (lines) => lines.map((l) => l.replaceAll("2024", "2025"));
