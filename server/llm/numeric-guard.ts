import { money } from "../../lib/money.js";

export interface GuardResult {
  ok: boolean;
  /** Numbers in the text that match no fact, calculation or allowed token. */
  unsupported: string[];
}

/** Numbers as written: "5,487.18", "23.3", "2024". */
export function numbersIn(text: string): string[] {
  return [...text.replace(/(\d),(?=\d{3}\b)/g, "$1").matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
}

function matches(written: string, value: string): boolean {
  const places = written.includes(".") ? written.length - written.indexOf(".") - 1 : 0;
  const tolerance = money(5).div(money(10).pow(places + 1));
  const w = money(written);
  const v = money(value).abs();
  // Rounding to the printed decimals, or a 万元 ↔ 元 conversion.
  return w.minus(v).abs().lte(tolerance) || w.minus(v.times(10000)).abs().lte(tolerance);
}

/**
 * Every number in LLM-written text must equal a fact or calculator result (allowing rounding
 * to fewer decimals and 万元 ↔ 元), or be a token of the verified answer (years, line numbers,
 * citation markers).
 */
export function checkNumbers(text: string, values: string[], verifiedText: string): GuardResult {
  const tokens = new Set(numbersIn(verifiedText));
  const unsupported = numbersIn(text).filter((n) => !tokens.has(n) && !values.some((v) => matches(n, v)));
  return { ok: unsupported.length === 0, unsupported: [...new Set(unsupported)] };
}
