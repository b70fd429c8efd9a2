import { cleanSentence } from "../text/normalize-text.js";

/** A table-of-contents entry's leader dots, perhaps a page number after them. */
const LEADER = /(…{2,}|\.{4,}|·{4,}|．{4,})\s*\d*\s*$/;
/** "一、部门主要职能", "1. 2025年部门收入预算总表": a numbered entry, without leader dots. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|\d{1,2}\s*[、.．])\s*\S/;
/** A top-level entry ("一、部门主要职能"): the number and the title. */
const TOP_ENTRY = /^([一二三四五六七八九十]+)、\s*(.+)$/;
/** Whose the section is, said before its subject ("部门主要职能" = the unit's 主要职能). */
const OWNER = /^(?:部门|单位|本部门|本单位)/;
/** A body title is a short line with no sentence punctuation. */
const TITLE_LINE = /^[^，,。；;：:！？!?]{2,30}$/;

/**
 * The table of contents repeats the headings; it runs from 目录 to the second 第一部分, or, in
 * documents without parts, over the numbered entries after 目录 (with or without leader dots),
 * up to the first line that is no entry or an entry seen before (the body restarting).
 */
export function tocSpan(lines: string[]): [number, number] {
  const start = lines.findIndex((l, i) => i < 60 && /^\s*目\s*录\s*$/.test(l));
  if (start < 0) return [0, 0];
  const end = lines.findIndex((l, i) => i > start && /^\s*第一部分/.test(l) && !lines[i].startsWith("-"));
  const second = lines.findIndex((l, i) => i > end && /^\s*第一部分/.test(l));
  if (second > 0) return [start, second];
  if (end > 0) return [start, end];
  const seen = new Set<string>();
  let last = start;
  for (let i = start + 1; i < lines.length; i++) {
    const entry = cleanSentence(lines[i]).replace(LEADER, "").trim();
    if (!lines[i].trim()) continue;
    if (!(LEADER.test(lines[i].trim()) || NUMBERED.test(entry)) || seen.has(entry)) break;
    seen.add(entry);
    last = i;
  }
  return [start, last + 1];
}

/** A top-level entry of the table of contents: its full title and the subject words a body title ends with. */
export interface TocEntry {
  title: string;
  tail: string;
}

/** The top-level entries ("一、部门主要职能") of the table of contents. */
export function tocEntries(lines: string[], toc: [number, number]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (let i = toc[0] + 1; i < toc[1]; i++) {
    const text = cleanSentence(lines[i]).replace(LEADER, "").trim();
    const m = TOP_ENTRY.exec(text);
    const tail = m?.[2].replace(OWNER, "").trim();
    // "五、部门预算表" lists tables, whose own titles are no heading of it.
    if (m && tail && tail.length >= 2 && !tail.endsWith("表"))
      entries.push({ title: `${m[1]}、${m[2].trim()}`, tail });
  }
  return entries;
}

/**
 * A body title printed without its number ("上海市某某局主要职能", "2025年部门预算编制说明",
 * "名词解释") is the table-of-contents entry whose subject it ends with: the entry names it.
 */
export function entryTitled(line: string, entries: TocEntry[], used: Set<string>): TocEntry | undefined {
  const text = cleanSentence(line);
  if (!TITLE_LINE.test(text) || NUMBERED.test(text)) return undefined;
  return entries.find((e) => !used.has(e.title) && text.endsWith(e.tail));
}
