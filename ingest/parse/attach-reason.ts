import type { Fact } from "../schema.js";

/** "主要原因是：…" — the reason a sentence gives. */
export const REASON = /(?:的)?主要(?:原因|是因为)(?:是|为)?[:：]?([^。]+)/;

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
export function attachReason(sentence: string, made: Fact[], paragraphFacts: Fact[]): void {
  // A clause comparing with last year starts a part of its own: "…，与上年相比增加…，增长的主要原因是…".
  for (const part of sentence.split(/(?=决算数[大小]于|[，,](?:与上年相比|比上年|较上年))/)) {
    const m = REASON.exec(part);
    if (!m) continue;
    // A reason ends where the sentence turns to another comparison ("，与上年相比增加3.15万元").
    const reason = m[1]
      .replace(/^[:：]/, "")
      .split(/[，,；;]\s*(?:与上年相比|比上年|较上年|同比|决算数[大小]于|完成)/)[0]
      // …or where a clause states another item's amount ("…；公务用车运行费21.56万元，…").
      .split(/[；;](?=[^，,；;。]{1,24}?\d[\d,.]*\s*万?元)/)[0]
      .trim();
    const aboutYoy = /上年/.test(part.slice(0, m.index));
    // "…0万元，比<上一年>年预算持平/增加…，主要原因是…" in a budget explains the figure and its
    // change alike: both get the reason.
    const namedYear = /(?:比|较|与)\s*20\d{2}\s*年/.test(part.slice(0, m.index));
    const aboutBudget = !namedYear && /预算/.test(part.slice(0, m.index));
    const targets = made.length ? made : paragraphFacts;
    for (const f of targets) {
      if (f.reason) continue;
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
