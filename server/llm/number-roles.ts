import { z } from "zod";

/** What a number written in an answer is: its role decides what it may be compared with. */
export const NumberRole = z.enum(["amount", "rate", "points", "ratio", "count", "year", "line", "bare"]);
export type NumberRole = z.infer<typeof NumberRole>;

export interface WrittenNumber {
  /** As written, thousands separators and full-width digits normalised ("1234.56"). */
  text: string;
  role: NumberRole;
  /** The measure written after it (万元, %, 辆 …), if any. */
  measure?: string;
}

/** Measures and the role they give the number before them, longest first. */
const MEASURE_ROLES: readonly (readonly [string, NumberRole])[] = [
  ["个百分点", "points"],
  ["百分点", "points"],
  ["万元", "amount"],
  ["亿元", "amount"],
  ["千元", "amount"],
  ["元", "amount"],
  ["%", "rate"],
  ["倍", "ratio"],
  ["人次", "count"],
  ["人", "count"],
  ["辆", "count"],
  ["个", "count"],
  ["次", "count"],
  ["台", "count"],
  ["项", "count"],
  ["家", "count"],
  ["批", "count"],
  ["名", "count"],
  ["套", "count"],
];

const MEASURE = MEASURE_ROLES.map(([m]) => m).join("|");
const NUMBER = new RegExp(
  `(第\\s*)?(\\d+(?:\\.\\d+)?)(?:\\s*[–\\-~至]\\s*\\d+)?\\s*(年度|年|行|页|${MEASURE})?`,
  "g",
);

/** Full-width digits and signs to ASCII; thousands separators removed. */
export function normalizeDigits(text: string): string {
  return text
    .replace(/[０-９．％，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
}

/** The role a figure of the deterministic answer has, from its measure. */
export function roleOfMeasure(measure: string): NumberRole {
  return MEASURE_ROLES.find(([m]) => measure === m)?.[1] ?? (/元$/.test(measure) ? "amount" : "count");
}

/**
 * Every number in a text with its role: 2024年 is a year, 第338行 a line, 23.30万元 an amount,
 * 第12页 a page (both role line), 12.5% a rate; a number with no measure after it is bare.
 */
export function writtenNumbers(text: string): WrittenNumber[] {
  const out: WrittenNumber[] = [];
  for (const m of normalizeDigits(text).matchAll(NUMBER)) {
    const [, ordinal, digits, after] = m;
    if ((after === "行" || after === "页") && ordinal) out.push({ text: digits, role: "line" });
    else if ((after === "年" || after === "年度") && /^(19|20|21)\d{2}$/.test(digits))
      out.push({ text: digits, role: "year" });
    else if (after && after !== "年" && after !== "年度" && after !== "行" && after !== "页")
      out.push({ text: digits, role: roleOfMeasure(after), measure: after });
    else out.push({ text: digits, role: after ? "count" : "bare", ...(after ? { measure: after } : {}) });
  }
  return out;
}
