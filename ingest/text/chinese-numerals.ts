const DIGITS = "一二三四五六七八九";

/** A Chinese numeral under a hundred as a number ("十二" → 12, "二十" → 20); NaN when it is none. */
export function numeralValue(text: string): number {
  const digit = (c: string) => (c ? DIGITS.indexOf(c) + 1 || Number.NaN : 0);
  if (!/^[一二三四五六七八九十]+$/.test(text)) return Number.NaN;
  const [tens, ones, extra] = text.split("十");
  if (extra !== undefined) return Number.NaN;
  return ones === undefined ? digit(tens) : (tens ? digit(tens) : 1) * 10 + digit(ones);
}

/** A number under a hundred as the numeral lists print it (12 → "十二", 20 → "二十"). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return "";
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const one = ones ? DIGITS[ones - 1] : "";
  if (!tens) return one;
  return `${tens > 1 ? DIGITS[tens - 1] : ""}十${one}`;
}
