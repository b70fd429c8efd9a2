/**
 * What a chat message is cleaned of before anything reads it: invisible format characters
 * (zero-width spaces and joiners, bidi controls, BOMs, soft hyphens, variation selectors) and
 * control characters. A zero-width space inside a unit name would otherwise hide the unit.
 */
const INVISIBLE = /[\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u{FFFD}]/gu;
/** Half a surrogate pair: JSON can carry one, no text can. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Control characters other than the line break (tabs become spaces first). */
const CONTROL = /[\p{Cc}]/gu;

/** Zero-width, format and control characters removed; line ends and tabs kept as whitespace. */
export function normalizeInput(text: string): string {
  return text
    .replace(LONE_SURROGATE, "")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/[\t\v\f]/g, " ")
    .replace(INVISIBLE, "")
    .replace(/[^\S\n]*\n[^\S\n]*/g, "\n")
    .replace(CONTROL, (c) => (c === "\n" ? c : ""))
    .trim();
}

/**
 * Whether a message can hold a question at all: some letter (Chinese characters are letters)
 * or digit (a bare year is a valid follow-up). "？？？", punctuation or emoji alone cannot.
 */
export function hasQuestionContent(text: string): boolean {
  return /[\p{L}\p{Nd}]/u.test(text);
}
