import type { Fact } from "../schema.js";
import { sentenceOffset } from "./prose-fact.js";

/**
 * "主要原因是：…", "主要变动原因是：…", "减少原因是…" — the reason a sentence gives; also "主要是…", "主要由于…" right
 * after the change it explains ("下降N%，主要是<某事>"), not what the money is for ("主要是用于").
 */
export const REASON =
  /(?:(?:的)?主要(?:变动|变化|增减)?(?:原因|是因为)(?:是|为)?|(?:增加|减少|增长|下降|变动|变化)的?原因(?:主要)?(?:是|为)|(?<=(?:增加|减少|增长|下降)[^，,。；;]{0,16}[，,])主要(?:是|由于|系)(?!用于|指))[:：]?([^。]+)/;

/**
 * A reason in a sentence of its own that names its subjects ("某某收入支出增加的主要原因是…"):
 * it explains the changes on last year the section stated for those subjects, when they have none.
 */
export function attachLoneReason(sentence: string, mentions: { key: string }[], facts: Fact[]): void {
  const m = REASON.exec(sentence);
  if (!m || !mentions.length) return;
  const reason = m[1].replace(/^[:：]/, "").trim();
  // "某某收入支出增加": the income and its spending twin.
  const both = /收入支出|收支/.test(sentence);
  const keys = new Set(
    mentions.flatMap((mention) =>
      both ? [mention.key, mention.key.replace("收入", "支出")] : [mention.key],
    ),
  );
  for (const f of facts)
    if (!f.reason && f.column.startsWith("比上年") && f.metric && keys.has(f.metric)) f.reason = reason;
}

/**
 * "决算数小于预算数的主要原因是：…" explains the budget comparison; "…大于上年数…" the change
 * on last year; a plain "主要原因是" explains the sentence it closes.
 */
export function attachReason(sentence: string, sentenceFacts: Fact[], paragraphFacts: Fact[]): void {
  // (Most sentences state no reason: nothing to split or attach.)
  if (!REASON.test(sentence)) return;
  // Figures inside a reason ("…的主要原因是：更新购置1辆…") are part of it, not what it explains.
  const spans = reasonSpans(sentence);
  const made = sentenceFacts.filter((fact) => {
    const at = sentenceOffset(fact);
    return !spans.some(([start, end]) => at >= start && at < end);
  });
  // "其中：甲0万元，…主要原因是A；乙6.4万元，…主要原因是B": each item's clause gives its own reason.
  const clauses = sentence.split(ITEM_CLAUSE);
  let rest = made;
  if (clauses.length > 1 && made.length) {
    const left = new Set(made);
    let start = 0;
    for (const clause of clauses) {
      // A fact is its clause's when the clause prints its amount or the fact was read inside it
      // (the clause's change and rate too: "；土地开发支出…420.00万元，比上年…减少40.00万元，下降8.70%").
      const end = sentence.indexOf(clause, start) + clause.length;
      const inside = (fact: Fact) => sentenceOffset(fact) >= start && sentenceOffset(fact) < end;
      const own = made.filter((fact) => left.has(fact) && (statesValue(clause, fact) || inside(fact)));
      own.forEach((fact) => left.delete(fact));
      if (own.length) attachClauseReason(clause, own, paragraphFacts);
      start = end;
    }
    rest = [...left];
    if (!rest.length) return;
  }
  attachClauseReason(sentence, rest, paragraphFacts);
}

/** "；" before a clause stating another item's amount ("…；公务用车运行费21.56万元，…"). */
const ITEM_CLAUSE = /[；;](?=[^，,；;。]{1,40}?\d[\d,.]*\s*万?元)/;

/** Does the clause print the fact's amount (as 万元, or as the document printed it)? */
function statesValue(clause: string, fact: Fact): boolean {
  const printed = [fact.value, fact.printed?.value].filter((v): v is string => !!v);
  return [...clause.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*万?元/g)].some((m) => {
    const number = Number(m[1].replace(/,/g, ""));
    return printed.some((value) => Number(value) === number);
  });
}

/** A clause comparing with last year starts a part of its own: "…，与上年相比增加…，增长的主要原因是…". */
const COMPARISON_PART = /(?=决算数[大小]于|[，,](?:与上年相比|比上年|较上年))/;

/** A part's reason: its text and where it starts and ends in the part. */
function partReason(part: string): { text: string; start: number; end: number } | undefined {
  const m = REASON.exec(part);
  if (!m) return undefined;
  // A reason ends where the sentence turns to another comparison ("，与上年相比增加3.15万元").
  const text = m[1]
    .replace(/^[:：]/, "")
    .split(/[，,；;]\s*(?:与上年相比|比上年|较上年|同比|决算数[大小]于|完成)/)[0]
    // …or where a clause states another item's amount ("…；公务用车运行费21.56万元，…").
    .split(ITEM_CLAUSE)[0]
    .trim()
    // (The clause break it ended on is no part of it.)
    .replace(/[；;，,、]+$/, "");
  const start = m.index;
  return { text, start, end: part.indexOf(text, start) + text.length };
}

/** Where the sentence's reasons are: [start, end) of each, from "主要原因是" to the reason's end. */
function reasonSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  let offset = 0;
  for (const part of sentence.split(COMPARISON_PART)) {
    const reason = partReason(part);
    if (reason) spans.push([offset + reason.start, offset + reason.end]);
    offset += part.length;
  }
  return spans;
}

/** The adjusted budget's basis: what a comparison of the two budgets explains. */
const ADJUSTED_BASIS = "全年预算";

/**
 * What a comparison explained is about, by the words before its reason: the budget's adjustment
 * (the adjusted budget's figures) or the actual against a budget (every other figure).
 */
const COMPARED_FIGURES: readonly { said: RegExp; adjusted: boolean }[] = [
  {
    said: /(?:全年|调整后的?)预算数?(?:[大小高低多少]于|超过)年初预算|年初预算数?(?:[大小高低多少]于|超过)(?:全年|调整后的?)预算/,
    adjusted: true,
  },
  { said: /决算数?(?:[大小高低多少]于|超过|超出)(?:全年|年初|调整后的?)?预算/, adjusted: false },
];

function attachClauseReason(sentence: string, made: Fact[], paragraphFacts: Fact[]): void {
  const parts = sentence.split(COMPARISON_PART);
  // (One reason for one comparison explains every figure, as always; two explain theirs each.)
  const several = parts.filter((part) => REASON.test(part)).length > 1;
  for (const part of parts) {
    const found = partReason(part);
    if (!found) continue;
    const reason = found.text;
    // "主要原因是。" states none: the 是 left over is no reason.
    if (reason.length < 2) continue;
    const before = part.slice(0, found.start);
    const aboutYoy = /上年/.test(before);
    // "…0万元，比<上一年>年预算持平/增加…，主要原因是…" in a budget explains the figure and its
    // change alike: both get the reason.
    const namedYear = /(?:比|较|与)\s*20\d{2}\s*年/.test(before);
    const aboutBudget = !namedYear && /预算/.test(before);
    const targets = made.length ? made : paragraphFacts;
    // "全年预算大于年初预算，主要原因是…；决算数小于全年预算数，主要原因是…": the first explains the
    // adjusted budget, the second the actual.
    const about = several ? COMPARED_FIGURES.find((compared) => compared.said.test(before)) : undefined;
    for (const f of targets) {
      if (f.reason) continue;
      if (about && about.adjusted !== (f.basis === ADJUSTED_BASIS)) continue;
      const isYoy = f.column.startsWith("比上年");
      if ((aboutYoy && !isYoy) || (aboutBudget && isYoy && !aboutYoy)) continue;
      f.reason = reason;
      // "公务接待费1.00万元。与2024年预算持平，主要原因是…": the sentence without a figure that
      // explains one is part of what the figure is cited from.
      if (!made.length && !f.source.excerpt.includes(sentence)) f.source.excerpt += sentence;
    }
  }
}

/** "…增加/减少的主要原因是…" opening a paragraph: the changes on last year the one before states. */
export function changesExplained(before: Fact[], sentence: string): Fact[] {
  const m = REASON.exec(sentence);
  if (!m || !/增加|减少|增长|下降|变化|变动/.test(sentence.slice(0, m.index))) return [];
  return before.filter((f) => f.column.startsWith("比上年"));
}
