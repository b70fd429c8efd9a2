import { marked, type Token } from "marked";
import { money } from "../../lib/money.js";
import { normalizeDigits, roleOfMeasure, writtenNumbers, type WrittenNumber } from "./number-roles.js";

/** A figure of the deterministic answer: read from a fact or computed by the calculator. */
export interface GuardFigure {
  value: string;
  measure: string;
}

export interface GuardResult {
  ok: boolean;
  /** Numbers in the model's text that are no figure in that role (or no year/line of the draft). */
  unsupported: string[];
  /** Figures of the deterministic answer the model's text lost. */
  missing: string[];
  /** Markup, links, control characters or altered quotations. */
  problems: string[];
}

/** Markdown the model may write: paragraphs, emphasis, lists, quotes, headings. No HTML, links, images or code. */
const ALLOWED_TOKENS = new Set([
  "space",
  "paragraph",
  "text",
  "strong",
  "em",
  "list",
  "list_item",
  "blockquote",
  "heading",
  "hr",
  "br",
  "escape",
]);

/** C0/C1 controls (but tab and newlines) and bidirectional overrides. */
function hasControl(text: string): boolean {
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)) return true;
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}

/** Problems with the text as Markdown: anything outside the whitelist is refused, not repaired. */
export function markdownProblems(text: string): string[] {
  const problems: string[] = [];
  if (hasControl(text)) problems.push("control character");
  if (/javascript:|data:|vbscript:/i.test(text)) problems.push("script URL");
  const walk = (tokens: Token[]) => {
    for (const token of tokens) {
      if (!ALLOWED_TOKENS.has(token.type)) problems.push(`markup not allowed: ${token.type}`);
      const nested = token as { tokens?: Token[]; items?: Token[] };
      if (nested.tokens) walk(nested.tokens);
      if (nested.items) walk(nested.items);
    }
  };
  walk(marked.lexer(text, { gfm: true }));
  return [...new Set(problems)];
}

/** Citation markers ([1], [2]) are the answer's own; a marker past the last source is refused. */
function stripMarkers(text: string, citations: number, problems: string[]): string {
  return text.replace(/\[(\d+)\]/g, (_, n: string) => {
    if (Number(n) < 1 || Number(n) > citations) problems.push(`citation [${n}] does not exist`);
    return "";
  });
}

/** Within half a unit of the written number's last decimal (rounding to fewer decimals is fine). */
function near(written: string, value: string): boolean {
  const places = written.includes(".") ? written.length - written.indexOf(".") - 1 : 0;
  return money(written)
    .minus(money(value).abs())
    .abs()
    .lte(money(5).div(money(10).pow(places + 1)));
}

/** Whether a written number can be this figure: same role, same value (元 ↔ 万元 converted). */
function isFigure(n: WrittenNumber, figure: GuardFigure): boolean {
  if (n.role === "bare") return near(n.text, figure.value);
  if (n.role !== roleOfMeasure(figure.measure)) return false;
  if (n.role !== "amount" || !n.measure || n.measure === figure.measure) return near(n.text, figure.value);
  const scale: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 };
  const from = scale[figure.measure];
  const to = scale[n.measure];
  return !!from && !!to && near(n.text, money(figure.value).times(from).div(to).toFixed());
}

/**
 * The model's rephrasing of a deterministic answer is accepted only if it keeps every figure,
 * adds no number (a year or a line number counts only as itself, never as an amount), quotes
 * document passages verbatim, and stays within the Markdown whitelist.
 */
export function checkPhrasing(input: {
  text: string;
  draft: string;
  figures: GuardFigure[];
  citations: number;
  /** Every figure the draft shows must be kept (phrasing); an agent's own answer may pick. */
  requireAll?: boolean;
}): GuardResult {
  const problems = markdownProblems(input.text);
  const draftLines = new Set(input.draft.split("\n").map((l) => l.trim()));
  // Quotations from documents carry their own numbers; they must be copied, not rewritten.
  const [quoted, own] = partition(input.text.split("\n"), (l) => l.trim().startsWith(">"));
  for (const line of quoted)
    if (!draftLines.has(line.trim())) problems.push(`quotation changed: ${line.slice(0, 40)}`);
  if (input.requireAll !== false) problems.push(...lostContent(input.draft, input.text));
  const written = writtenNumbers(stripMarkers(own.join("\n"), input.citations, problems));
  const draftNumbers = writtenNumbers(input.draft.replace(/\[\d+\]/g, ""));
  const known = (role: "year" | "line") =>
    new Set(draftNumbers.filter((n) => n.role === role).map((n) => n.text));
  const years = known("year");
  const lines = known("line");
  const unsupported = written
    .filter((n) =>
      n.role === "year"
        ? !years.has(n.text)
        : n.role === "line"
          ? !lines.has(n.text)
          : !input.figures.some((f) => isFigure(n, f)),
    )
    .map((n) => `${n.text}${n.measure ?? (n.role === "year" ? "年" : "")}`);
  const everything = writtenNumbers(stripMarkers(normalizeDigits(input.text), input.citations, []));
  const shown = (numbers: WrittenNumber[], f: GuardFigure) =>
    numbers.some((n) => n.role !== "bare" && isFigure(n, f));
  const missing = input.figures
    .filter((f) => input.requireAll !== false && shown(draftNumbers, f) && !shown(everything, f))
    .map((f) => `${f.value}${f.measure}`);
  return {
    ok: !problems.length && !unsupported.length && !missing.length,
    unsupported: [...new Set(unsupported)],
    missing,
    problems,
  };
}

/** Share of the draft's Chinese word pairs a faithful rephrasing keeps, at least. */
const MIN_KEPT = 0.3;

/**
 * What a rephrasing lost: a quotation from a document (kept verbatim or not at all is not an
 * option: it must be kept), or most of the draft's wording (a reply about something else).
 */
function lostContent(draft: string, text: string): string[] {
  const problems: string[] = [];
  const kept = new Set(text.split("\n").map((l) => l.trim()));
  for (const line of draft.split("\n"))
    if (line.trim().startsWith(">") && !kept.has(line.trim()))
      problems.push(`quotation dropped: ${line.trim().slice(0, 40)}`);
  const pairs = (s: string) => {
    const out = new Set<string>();
    for (let i = 0; i + 1 < s.length; i++)
      if (/[\u4e00-\u9fa5]{2}/.test(s.slice(i, i + 2))) out.add(s.slice(i, i + 2));
    return out;
  };
  const wanted = pairs(draft);
  const have = pairs(text.replace(/\s/g, ""));
  const share = wanted.size ? [...wanted].filter((p) => have.has(p)).length / wanted.size : 1;
  if (share < MIN_KEPT)
    problems.push(`the reply keeps too little of the answer (${Math.round(share * 100)}%)`);
  return problems;
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
