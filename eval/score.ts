import type { Citation } from "../server/engine/plan-schema.js";
import { money } from "../lib/money.js";
import type { GoldItem } from "./gold-schema.js";

/** Where an answer's list of sources begins, and the number of each entry in it. */
const SOURCES_HEADING = /\n\*\*来源\*\*\n/;
const SOURCE_NUMBER = /^\d+\.\s/gm;
/**
 * The document's own reason, purpose or source, repeated after its label up to the end of its
 * sentence ("文件说明的原因：…", "…，原因是：…", "文件所写用途：…", "文件所写来源：…").
 */
const STATED_REASON = /(?:文件说明的原因|文件所写用途|文件所写来源|原因是)：[^。；]*/g;

/** Numbers printed in an answer with their measure if any; quoted document passages optional. */
export function printedNumbers(answer: string, includeQuotes = true): { text: string; measure?: string }[] {
  // The numbers of the source list ("2. <单位>…｜第23页") count its entries, no figure; the entries'
  // own words (a page cited) are kept.
  const [said, sources = ""] = answer.split(SOURCES_HEADING);
  const body = [said, sources.replace(SOURCE_NUMBER, "")]
    .join("\n")
    .split("\n")
    .filter((l) => includeQuotes || !l.startsWith(">") || l.includes("**"))
    // A reason or purpose the answer says the document states ("文件说明的原因：…") is the document's words too.
    .map((l) => (includeQuotes ? l : l.replace(STATED_REASON, "")))
    .join("\n")
    .replace(/\*\*/g, "")
    // A citation marker ("[12]") numbers a source, no figure.
    .replace(/\[\d+\]/g, "")
    .replace(/(\d),(?=\d{3}\b)/g, "$1");
  const out: { text: string; measure?: string }[] = [];
  for (const m of body.matchAll(
    /(\d+(?:\.\d+)?)(\s*((?:万元|亿元|元)(?:\/(?:辆|人次|人|个|批次|次|台|页|卷|户))?|个百分点|%|倍|辆|人次|人|个|批次|次|台|分))?/g,
  )) {
    out.push({ text: m[1], measure: m[3] });
  }
  return out;
}

/** Within half a unit of the last printed decimal: "23.30" matches 23.3, "58" matches 58.25 only if printed so. */
export function sameNumber(printed: string, expected: string): boolean {
  const places = printed.includes(".") ? printed.length - printed.indexOf(".") - 1 : 0;
  const half = money(5).div(money(10).pow(places + 1));
  return money(printed).minus(money(expected).abs()).abs().lte(half);
}

/** A printed amount (in its own unit) equal to an amount in 元, to the printed decimals. */
function sameYuan(printed: { text: string; measure?: string }, yuan: string): boolean {
  const inUnit = /^万/.test(printed.measure ?? "") ? money(yuan).div(10000).toFixed() : yuan;
  return sameNumber(printed.text, inUnit);
}

/** "370万" is how some documents and askers write 370万元. */
// (A head count printed "编制303名" is said "303人": the same people.)
const MEASURE_ALIASES: Readonly<Record<string, string>> = {
  万: "万元",
  "台（套）": "台",
  "台/套": "台",
  名: "人",
};

function measureCompatible(printed: string | undefined, given: string): boolean {
  if (!printed) return true;
  const expected = MEASURE_ALIASES[given] ?? given;
  if (expected === "%" || expected === "个百分点") return printed === "%" || printed === "个百分点";
  if (expected === "倍") return printed === "倍" || printed === undefined;
  // "4.51万元/辆" and "平均每辆 4.51万元" say the same average: a per-thing measure on one side only
  // is compared by its amount unit.
  if (expected.includes("/") !== printed.includes("/"))
    return printed.split("/")[0] === expected.split("/")[0];
  return (MEASURE_ALIASES[printed] ?? printed) === expected;
}

export interface ItemScore {
  correct: boolean;
  statusOk: boolean;
  missing: string[];
  unitErrors: number;
  numbers: number;
  grounded: number;
  citationHits: number;
  citations: number;
  evidenceHits: number;
  evidence: number;
  phrasesMissing: string[];
  /** An amount was given, but not the one asked for (wrong is worse than "not found"). */
  wrongFigure: boolean;
}

export function scoreItem(
  item: GoldItem,
  result: { answer: string; status: string; facts: { value: string }[]; citations: Citation[] },
): ItemScore {
  const printed = printedNumbers(result.answer);
  const missing: string[] = [];
  let unitErrors = 0;
  for (const v of item.values) {
    const ok = printed.some((p) => sameNumber(p.text, v.value) && measureCompatible(p.measure, v.measure));
    if (ok) continue;
    missing.push(`${v.value}${v.measure}`);
    // A ×10⁴ slip between 元 and 万元; zero has no scale to slip on.
    if (money(v.value).isZero() || !/元/.test(v.measure)) continue;
    // Amounts compared in 元: "410万元" for "4100000元" is the same money, written in another unit.
    const inYuan = (text: string, measure?: string) =>
      /^万/.test(measure ?? "") ? money(text).times(10000) : money(text);
    const asked = inYuan(v.value, v.measure);
    const scaled = [asked.times(10000).toFixed(), asked.div(10000).toFixed()];
    // A slip is an amount printed with a money unit; a list number ("1.") or a zero ("0万元" in a
    // quoted passage) is within half a unit of any small amount ÷ 10⁴ and is no slip.
    const slipped = printed.filter((p) => /元/.test(p.measure ?? "") && !money(p.text).isZero());
    if (slipped.some((p) => scaled.some((s) => sameYuan(p, s)))) unitErrors++;
  }
  const plain = result.answer.replace(/\s|\*\*/g, "");
  const phrasesMissing = item.phrases.filter((p) => !plain.includes(p.replace(/\s/g, "")));
  const statusOk = result.status === item.expect;
  // Grounding: every measured number equals a fact or calculator result.
  // Quoted passages are the documents' own words, cited as such; everything else must be grounded.
  const measured = printedNumbers(result.answer, false).filter((p) => p.measure && p.measure !== "次");
  const grounded = measured.filter((p) => result.facts.some((f) => sameNumber(p.text, f.value))).length;
  const matchesEvidence = (c: Citation, e: GoldItem["evidence"][number]) =>
    c.docId === e.docId &&
    (!e.table || (e.table === "附件" ? !!c.table && !/^\d+$/.test(c.table) : c.table === e.table)) &&
    (!e.section ||
      (c.section ?? "").includes(e.section) ||
      (e.table === undefined && (c.excerpt ?? "").includes(e.section))) &&
    (!e.row || (c.row ?? "").includes(e.row) || c.excerpt.includes(e.row));
  const citationHits = item.evidence.length
    ? result.citations.filter((c) => item.evidence.some((e) => matchesEvidence(c, e))).length
    : 0;
  const evidenceHits = item.evidence.filter((e) =>
    result.citations.some((c) => matchesEvidence(c, e)),
  ).length;
  // A question its writer found ambiguous (two documents answer it differently), answered with
  // every candidate figure side by side, misleads no one: it fails (no question back) but gives
  // no wrong figure.
  const allCandidates = item.expect === "clarify" && item.values.length > 0 && missing.length === 0;
  const wrongFigure =
    result.status === "answered" &&
    measured.length > 0 &&
    !allCandidates &&
    (item.expect !== "answered" || (item.values.length > 0 && missing.length === item.values.length));
  return {
    correct: statusOk && missing.length === 0 && phrasesMissing.length === 0,
    wrongFigure,
    statusOk,
    missing,
    unitErrors,
    numbers: measured.length,
    grounded,
    citationHits,
    citations: item.evidence.length ? result.citations.length : 0,
    evidenceHits,
    evidence: item.evidence.length,
    phrasesMissing,
  };
}
