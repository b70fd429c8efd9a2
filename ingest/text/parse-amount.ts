import { Decimal } from "decimal.js";

/** Result of reading one table cell or sentence number. Blank is not zero; "无"/"——" are explicitly empty. */
export type CellValue =
  | { kind: "number"; value: string; percent: boolean }
  | { kind: "empty"; raw: string }
  | { kind: "text"; raw: string };

const EMPTY_MARKERS = /^(无|——+|—+|-{1,2}|－+|\/|…+|\.{3,})$/;

/** Remove conversion noise: ASCII and full-width spaces, NBSP, thousands separators. */
export function squeezeNumber(raw: string): string {
  return toHalfWidth(raw).replace(/[\s\u3000\u00a0,]/g, "");
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width digits, letters and common punctuation to their ASCII forms. */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/**
 * Parse an amount cell such as "1,234.56", "1, 234. 56", "0.00" with a trailing full-width
 * space, "88.40%", "-3.25".
 * Returns the exact decimal as a canonical string (no float round-trip).
 */
export function parseCell(raw: string): CellValue {
  const trimmed = raw.replace(/[\s\u3000\u00a0]+/g, "");
  if (trimmed === "") return { kind: "empty", raw };
  if (EMPTY_MARKERS.test(trimmed)) return { kind: "empty", raw };
  const compact = squeezeNumber(trimmed);
  const match = /^([+-]?)(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(compact);
  if (!match) return { kind: "text", raw };
  // Keep the printed decimals ("0.00", "135.60"): they tell rounding from real differences.
  const digits = match[2];
  const places = digits.includes(".") ? digits.length - digits.indexOf(".") - 1 : 0;
  const value = new Decimal(`${match[1]}${digits}`).toFixed(places);
  return { kind: "number", value, percent: match[3] === "%" };
}

/** Parse a number taken from a sentence ("1234.56", "1,234.56", "40"). Throws on anything else. */
export function parseDecimal(raw: string): string {
  const cell = parseCell(raw);
  if (cell.kind !== "number") throw new Error(`not a number: ${raw}`);
  return cell.value;
}

/** True for 功能分类 (3/5/7 digits) and 经济分类 (3/5 digits) subject codes. */
export function isSubjectCode(text: string): boolean {
  return /^\d{3}(\d{2}){0,2}$/.test(text.replace(/\s/g, ""));
}
