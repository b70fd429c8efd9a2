import { Decimal } from "decimal.js";
import type ExcelJS from "exceljs";

/**
 * A spreadsheet cell's value as a reader sees it. A number is shown through its number format as
 * Excel shows it: the section for its sign ("#,##0.00;-#,##0.00;" shows a zero as blank), percent
 * scaled, thousands grouped, rounded half-up to the format's decimals from the shortest decimal
 * that is the stored double (0.1 + 0.2 shows as 0.30). A formula shows its saved result; rich text
 * its runs; a date its ISO day.
 */
export function displayedValue(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value, numFmt);
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value)
    return displayedValue((value as { result?: ExcelJS.CellValue }).result ?? null, numFmt);
  if ("text" in value)
    return typeof value.text === "string" ? value.text : displayedValue(value.text, numFmt);
  return "";
}

/** Fifteen significant digits: what Excel keeps of a double, without the binary noise after them. */
const shortest = (value: number) => new Decimal(value.toPrecision(15));

export function formatNumber(value: number, numFmt = "General"): string {
  const sections = splitSections(numFmt);
  const section =
    value < 0 && sections[1] !== undefined
      ? sections[1]
      : value === 0 && sections[2] !== undefined
        ? sections[2]
        : sections[0]!;
  const negativeOwnSection = value < 0 && sections[1] !== undefined;
  const digits = section.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  // Literal text: quoted ("-") or escaped (\-) characters.
  const literal = (section.match(/"[^"]*"|\\./g) ?? [])
    .map((part) => (part.startsWith('"') ? part.slice(1, -1) : part.slice(1)))
    .join("");
  if (!/[0#?]/.test(digits)) return literal || (/general|@/i.test(section) ? generalNumber(value) : "");
  // An accounting format's zero section ('_(* "-"??_)'): its placeholders only pad the dash.
  if (value === 0 && literal && !/[0#]/.test(digits)) return literal;
  let amount = shortest(negativeOwnSection ? Math.abs(value) : value);
  if (digits.includes("%")) amount = amount.times(100);
  const decimals = digits.match(/\.([0#?]+)/)?.[1]?.length ?? 0;
  const fixed = amount.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  const grouped = /[0#?],[0#?]/.test(digits) ? group(fixed) : fixed;
  // A negative section's own sign: a minus or an opening bracket before its digits, bare or escaped.
  const sign = negativeOwnSection && /[-(]/.test(section.split(/[0#?]/)[0] ?? "") ? "-" : "";
  return `${sign}${grouped}${digits.includes("%") ? "%" : ""}`;
}

/** Excel's General format: the number without binary noise, in plain notation. */
function generalNumber(value: number): string {
  return shortest(value).toFixed();
}

function group(fixed: string): string {
  const [whole = "", fraction] = fixed.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const grouped = whole.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}${fraction === undefined ? "" : `.${fraction}`}`;
}

/** A format's sections (positive; negative; zero; text), split at semicolons outside quotes. */
function splitSections(numFmt: string): string[] {
  const sections = [""];
  let quoted = false;
  for (const char of numFmt) {
    if (char === '"') quoted = !quoted;
    if (char === ";" && !quoted) sections.push("");
    else sections[sections.length - 1] += char;
  }
  return sections;
}
