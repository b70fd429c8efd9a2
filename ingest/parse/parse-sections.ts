import { chineseNumeral, numeralValue } from "../text/chinese-numerals.js";
import { cleanSentence } from "../text/normalize-text.js";
import { sectionId, type Section } from "../schema.js";
import { entryTitled, tocEntries, tocSpan, type TocEntry } from "./table-of-contents.js";

/** A repaired paragraph of narrative text with the original lines it came from. */
export interface Paragraph {
  text: string;
  lines: [number, number];
  section: string[];
  /** Where each joined line starts in `text`: its 1-based line number and character offset. */
  parts?: { line: number; start: number }[];
}

interface Heading {
  level: number;
  title: string;
  line: number;
  /** Lines consumed by the heading (an L1 title on the next line). */
  through: number;
  /** A title printed without its number stays a line of the section's text too ("<项目>经费情况说明"). */
  inBody?: boolean;
}

const CN_NUM = "[一二三四五六七八九十百]+";
const L1 = new RegExp(`^第(${CN_NUM})部分[:：]?\\s*(.*)$`);
const L2 = new RegExp(`^(${CN_NUM})、\\s*(.+)$`);
const L3 = new RegExp(`^[（(](${CN_NUM})[)）]\\s*(.+)$`);
const L4 = /^(\d{1,2})[、.．]\s*(\D.*)$/;
const L5 = /^[（(](\d{1,2})[)）]\s*(.+)$/;

/**
 * Build the heading tree 第X部分 → 一、 → （一） → 1、/1. and the repaired paragraphs of
 * narrative text. Lines inside tables (`skip`) belong to no paragraph.
 */
export function parseSections(
  docId: string,
  lines: string[],
  skip: (lineIndex: number) => boolean,
): { sections: Section[]; paragraphs: Paragraph[] } {
  const toc = tocSpan(lines);
  const entries = tocEntries(lines, toc);
  const used = new Set<string>();
  const headings: Heading[] = [];
  for (let i = 0; i < lines.length; i++) {
    if ((i >= toc[0] && i < toc[1]) || skip(i)) continue;
    const h =
      detectHeading(lines, i) ?? (i >= toc[1] ? unnumberedHeading(lines, i, entries, used) : undefined);
    if (h) {
      headings.push(h);
      i = h.through;
    }
  }

  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const stack: Heading[] = [];
  const bodyOf = (from: number, to: number, path: string[]) => {
    const paras = repairParagraphs(lines, from, to, (i) => skip(i) || (i >= toc[0] && i < toc[1]), path);
    paragraphs.push(...paras);
    return paras.map((p) => p.text).join("\n");
  };

  const firstHeading = headings[0]?.line ?? lines.length;
  const preamble = bodyOf(0, firstHeading, ["封面"]);
  if (preamble) sections.push(section(docId, 0, "封面", ["封面"], 0, firstHeading - 1, preamble));

  headings.forEach((h, k) => {
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    stack.push(h);
    const path = stack.map((s) => s.title);
    const end = (headings[k + 1]?.line ?? lines.length) - 1;
    sections.push(
      section(
        docId,
        sections.length,
        h.title,
        path,
        h.line,
        end,
        bodyOf(h.inBody ? h.line : h.through + 1, end + 1, path),
        h.level,
      ),
    );
  });
  spanSubsections(sections, lines.length);
  return { sections, paragraphs };
}

/**
 * A section's span covers its subsections, so a citation of a parent shows all of it: it ends
 * before the next heading of its level or above. Sections are in line order; one pass from the
 * end keeps the headings that may end an earlier section on a stack (levels rising to the top).
 */
function spanSubsections(sections: Section[], lineCount: number): void {
  const after: Section[] = [];
  for (let k = sections.length - 1; k >= 0; k--) {
    const s = sections[k];
    if (s.level === 0) continue;
    while (after.length && after[after.length - 1].level > s.level) after.pop();
    const next = after[after.length - 1];
    s.lines = [s.lines[0], next ? next.lines[0] - 1 : lineCount];
    after.push(s);
  }
}

/**
 * The innermost section holding each line (1-based; -1 for none): spans nest, so each section in
 * line order overwrites its parent's lines. Linear in lines × heading depth.
 */
export function innermostSections(sections: Section[], lineCount: number): Int32Array {
  const at = new Int32Array(lineCount + 2).fill(-1);
  sections.forEach((s, k) => at.fill(k, Math.max(0, s.lines[0]), Math.max(0, s.lines[1] + 1)));
  return at;
}

function section(
  docId: string,
  n: number,
  title: string,
  path: string[],
  from: number,
  to: number,
  text: string,
  level = 0,
): Section {
  return { id: sectionId(docId, n), level, title, path, lines: [from + 1, to + 1], text };
}

function isShortTitle(title: string): boolean {
  // "1、因公出国（境）费支出决算为0万元。" states a figure: a paragraph, not a heading.
  if (/\d\s*(万元|元|%|人|辆)/.test(title)) return false;
  const bare = title.replace(/[（(][^（）()]*[)）]/g, "");
  // A short slogan heading may have one comma ("坚持身在兵位、胸为帅谋，精准做好参谋辅政").
  const commas = (bare.match(/[，,]/g) ?? []).length;
  if (commas === 1 && bare.length <= 26 && !/[：:；;。]/.test(bare)) return true;
  return title.length <= 60 && commas === 0 && !/[：:；;]/.test(bare) && !/。./.test(bare);
}

/** The next non-empty line, trimmed. */
function nextText(lines: string[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) if (lines[j].trim()) return cleanSentence(lines[j]);
  return "";
}

function previousText(lines: string[], i: number): string {
  for (let j = i - 1; j >= 0; j--) if (lines[j].trim()) return cleanSentence(lines[j]);
  return "";
}

function detectHeading(lines: string[], i: number): Heading | undefined {
  const raw = lines[i];
  if (/^\t/.test(raw) || /\S\t/.test(raw) || raw.trimStart().startsWith("-")) return undefined;
  const line = cleanSentence(raw);
  if (!line) return undefined;
  const l1 = L1.exec(line);
  if (l1) {
    if (l1[2]) return { level: 1, title: `第${l1[1]}部分 ${l1[2]}`.trim(), line: i, through: i };
    // The part's title often sits on the next non-empty lines ("株洲市人民政府办公室" / "部门（单位）概况").
    const parts: string[] = [];
    let through = i;
    for (let j = i + 1; j < lines.length && parts.length < 3; j++) {
      if (!lines[j].trim()) {
        if (parts.length) break;
        continue;
      }
      const next = cleanSentence(lines[j]);
      if (
        next.length > 40 ||
        detectHeadingText(next) ||
        /\t/.test(lines[j].trim()) ||
        /[。；：:，,]/.test(next)
      )
        break;
      parts.push(next);
      through = j;
    }
    return { level: 1, title: `第${l1[1]}部分${parts.length ? ` ${parts.join("")}` : ""}`, line: i, through };
  }
  const level = detectHeadingText(line);
  if (!level) return undefined;
  // "…政府门户网站有关工" + "作，指导…": a sentence the conversion broke, not a heading.
  if (/^[\u4e00-\u9fa5]{1,3}[，、。；]/.test(nextText(lines, i))) return undefined;
  // "注：1.本表…" then "2.本套报表…": the numbered lines of a note.
  if (level === 4 && /^注[:：]/.test(previousText(lines, i))) return undefined;
  // "具体包括：1.某本部" then "2.某中心": the next item of a list a sentence began.
  if (level === 4 && continuesInlineList(lines, i, Number(L4.exec(line)?.[1]))) return undefined;
  // "（九）负责…。" (a paragraph) then "（十）完成…任务。": the list's last item, short, not a heading.
  // (A titled item without the full stop, "（二）单位机构、人员情况", or one with lines of its own
  // beneath it, is a heading still.)
  if (
    level === 3 &&
    /[。；;]$/.test(line) &&
    !bodyFollows(lines, i) &&
    continuesBodyList(lines, i, numeralValue(L3.exec(line)?.[1] ?? ""))
  )
    return undefined;
  return { level, title: line.replace(/[。.]$/, ""), line: i, through: i };
}

/**
 * Item `n` of a list a sentence opens ("…包括：1.甲" / "2.乙", or "…具体包括：" / "1.甲" / "2.乙"):
 * the line before ends with the opening colon (item 1) or holds item n − 1, inline after the colon
 * or on a line of its own that continues the list.
 */
function continuesInlineList(lines: string[], i: number, n: number): boolean {
  if (!(n >= 1)) return false;
  let j = i - 1;
  while (j >= 0 && !lines[j].trim()) j--;
  if (j < 0) return false;
  const before = cleanSentence(lines[j]);
  // "…具体包括：" then "1.甲": the first item of the list the sentence opens.
  if (n === 1) return /(?:包括|分别是|分别为)[：:]$/.test(before);
  if (new RegExp(`[：:]\\s*${n - 1}[、.．]\\s*\\D`).test(before)) return true;
  return new RegExp(`^${n - 1}[、.．]`).test(before) && continuesInlineList(lines, j, n - 1);
}

/**
 * The next non-empty line is text: not a heading, numbered ("二、…") or a bare title line ("某局机构
 *设置", no punctuation). A heading there would leave this one empty.
 */
function bodyFollows(lines: string[], i: number): boolean {
  const next = nextText(lines, i);
  const bareTitle = /^[\u4e00-\u9fa5（）()“”]{2,30}$/.test(next);
  return !!next && !bareTitle && !L1.test(next) && !detectHeadingText(next);
}

/**
 * Item `n` of a "（一）（二）…" list whose item `n − 1`, a few lines up, is a paragraph (too long or
 * too full of clauses to be a heading): the list goes on in the body.
 */
function continuesBodyList(lines: string[], i: number, n: number): boolean {
  if (!(n >= 2)) return false;
  const before = new RegExp(`^[（(]${chineseNumeral(n - 1)}[)）]`);
  for (let j = i - 1; j >= Math.max(0, i - 20); j--) {
    const text = cleanSentence(lines[j]);
    if (before.test(text)) return !detectHeadingText(text);
  }
  return false;
}

/** A body title printed without the number its table-of-contents entry has: a top-level heading. */
function unnumberedHeading(
  lines: string[],
  i: number,
  entries: TocEntry[],
  used: Set<string>,
): Heading | undefined {
  const entry = entryTitled(lines[i], entries, used);
  if (!entry) return undefined;
  used.add(entry.title);
  return { level: 2, title: entry.title, line: i, through: i, inBody: true };
}

function detectHeadingText(line: string): number | undefined {
  for (const [level, re] of [
    [2, L2],
    [3, L3],
    [4, L4],
    [5, L5],
  ] as const) {
    const m = re.exec(line);
    if (m && isShortTitle(m[2])) return level;
  }
  return undefined;
}

/**
 * Join lines that the PDF/Word conversion broke mid-sentence, often with a blank line in
 * between ("…考核奖\n\n励资金。"). Only joins when the first line cannot end a sentence and the
 * next one is not a heading, so headings and list items are never merged.
 */
function repairParagraphs(
  lines: string[],
  from: number,
  to: number,
  skip: (i: number) => boolean,
  section: string[],
): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | undefined;
  for (let i = from; i < to; i++) {
    if (skip(i)) {
      current = undefined;
      continue;
    }
    const text = cleanSentence(lines[i]);
    if (!text) continue;
    const startsNew =
      !current || detectHeadingText(text) !== undefined || LEAD_IN.test(text) || !canContinue(current.text);
    if (startsNew) {
      current = { text, lines: [i + 1, i + 1], section, parts: [{ line: i + 1, start: 0 }] };
      out.push(current);
    } else if (current) {
      current.parts?.push({ line: i + 1, start: current.text.length });
      current.text += text;
      current.lines = [current.lines[0], i + 1];
    }
  }
  return out;
}

/** "财政拨款支出主要内容如下：": a line introducing a list opens a paragraph of its own. */
const LEAD_IN = /^[\u4e00-\u9fa5（）“”]{4,30}(?:如下|以下)[:：]$/;

/** "…事业运行（项）（2200150）：" then "2025年预算数…": a subject's label whose figures follow on the next line. */
const SUBJECT_LABEL_END = /[（(]\d{3,7}[)）][:：]$/;

function canContinue(text: string): boolean {
  if (SUBJECT_LABEL_END.test(text)) return true;
  if (/[。！？!?；;：:”」]$/.test(text)) return false;
  return text.length >= 15 || /[，,、]$/.test(text);
}
