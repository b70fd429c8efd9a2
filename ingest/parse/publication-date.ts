/**
 * The day a disclosure says it was published: a labelled line on its cover or page header, or
 * under a web page's title ("公开时间：2025年2月14日", "发布日期: 2025-02-14"). A date without
 * a label (a signature under an attached report, a project's period) is not read as one.
 */

/** The labels a document puts before its publication day. */
const LABELS = [
  "公开时间",
  "公开日期",
  "发布时间",
  "发布日期",
  "公布时间",
  "公布日期",
  "成文日期",
  "印发日期",
];

/** Arabic digits: "2025年2月14日", "2025-02-14", "2025/2/14", "2025.02.14". */
const DIGIT_DATE = /^\s*(\d{4})\s*(?:年|[-/.．])\s*(\d{1,2})\s*(?:月|[-/.．])\s*(\d{1,2})\s*日?/;
/** Chinese numerals: "二〇二五年二月十四日". */
const NUMERAL_DATE =
  /^\s*([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;

const LABELLED = new RegExp(`(?:${LABELS.join("|")})\\s*[:：]?`, "g");

/** Lines read at each end of the document: its cover and header, or a closing block. */
const EDGE_LINES = 60;

export interface Publication {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** 0-based index of the line that states it. */
  line: number;
  /** The label and the date as printed ("公开时间：2025年2月14日"). */
  text: string;
}

const DIGITS = "〇一二三四五六七八九";

/** "十四" → 14, "二十" → 20, "三十一" → 31; "〇"/"零" read as 0 in a year. */
function numeral(text: string): number {
  if (!text.includes("十"))
    return Number([...text].map((c) => (c === "零" ? 0 : DIGITS.indexOf(c))).join(""));
  const [tens, ones] = text.split("十");
  return (tens ? DIGITS.indexOf(tens) : 1) * 10 + (ones ? DIGITS.indexOf(ones) : 0);
}

function dateAt(text: string): { iso: string; length: number } | undefined {
  const digits = DIGIT_DATE.exec(text);
  const numerals = digits ? undefined : NUMERAL_DATE.exec(text);
  const match = digits ?? numerals;
  if (!match) return undefined;
  const [year, month, day] = match.slice(1, 4).map((part) => (digits ? Number(part) : numeral(part)));
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  return { iso: `${year}-${two(month)}-${two(day)}`, length: match[0].length };
}

/** The labelled publication day of one line, if it states one. */
function publicationIn(text: string, line: number): Publication | undefined {
  for (const label of text.matchAll(LABELLED)) {
    const after = label.index + label[0].length;
    const date = dateAt(text.slice(after));
    if (date) return { date: date.iso, line, text: text.slice(label.index, after + date.length).trim() };
  }
  return undefined;
}

/** The first labelled publication day near the start of the document, else near its end. */
export function publicationOf(lines: readonly string[]): Publication | undefined {
  const head = lines.slice(0, EDGE_LINES).map((text, line) => ({ text, line }));
  const tailStart = Math.max(EDGE_LINES, lines.length - EDGE_LINES);
  const tail = lines.slice(tailStart).map((text, i) => ({ text, line: tailStart + i }));
  for (const { text, line } of [...head, ...tail]) {
    const found = publicationIn(text, line);
    if (found) return found;
  }
  return undefined;
}
