import {
  ASPECT_WORDS,
  BY_CLASS_WORDS,
  CLASS_NAMES,
  NOT_CLASS_WORDS,
  SPENDING_OF_INCOME,
  SPENT_ON,
  SPENT_WORDS,
  TOTALS_BY_CLASS,
} from "./lexicon/class-names.js";
import type { MetricRef } from "./plan-schema.js";
import { QUALIFIER_DOUBT, type Subject } from "./read-subject.js";
import { BODY_KIND } from "./unit-names.js";

const CLASS_PRINTED = new Set<string>(CLASS_NAMES.map((c) => c.means));

/** The question with compounds that only look like class names ("住房公积金") blanked out. */
function classText(q: string): string {
  return q.replace(NOT_CLASS_WORDS, (m) => "｜".repeat(m.length));
}

/** Where the question names a functional class by its printed or everyday name. */
export function classWordSpans(q: string): { span: [number, number]; means: string }[] {
  const text = classText(q);
  const found: { span: [number, number]; means: string }[] = [];
  const words = CLASS_NAMES.flatMap((c) => [c.means, ...c.say].map((say) => ({ say, means: c.means })));
  words.sort((a, b) => b.say.length - a.say.length);
  for (const { say, means } of words) {
    for (let at = text.indexOf(say); at >= 0; at = text.indexOf(say, at + 1)) {
      const end = at + say.length;
      if (found.some(({ span: [a, b] }) => at < b && end > a)) continue;
      // "文旅局", "卫健委": a body's name, not the class.
      if (BODY_KIND.test(text[end] ?? "")) continue;
      found.push({ span: [at, end], means });
    }
  }
  return found.sort((x, y) => x.span[0] - y.span[0]);
}

/** Where the question names classes or asks by class ("社保", "按科目类别"): no qualifiers. */
export function classQuestionSpans(q: string): [number, number][] {
  const cues = [...q.matchAll(new RegExp(BY_CLASS_WORDS.source, "g"))];
  return [
    ...classWordSpans(q).map((c) => c.span),
    ...cues.map((m): [number, number] => [m.index ?? 0, (m.index ?? 0) + m[0].length]),
  ];
}

/** The classes a question names, as the tables print them, in the question's order. */
export function namedClasses(q: string): string[] {
  return [...new Set(classWordSpans(q).map((c) => c.means))];
}

/** The question asks for a total by functional class: in words, or by naming several classes. */
export function asksByClass(q: string): boolean {
  return BY_CLASS_WORDS.test(q) || (namedClasses(q).length >= 2 && /各|分别|每/.test(q));
}

const isClassRow = (m: MetricRef) =>
  m.type === "subject" && ((m.code?.length === 3 && !m.column) || CLASS_PRINTED.has(m.name ?? ""));

/**
 * The figure a by-class question breaks down: the one figure it names besides class rows, else
 * the spending total when it speaks of money spent or names classes. Undefined: not a by-class
 * question, or several figures are asked.
 */
export function classMetrics(q: string, metrics: MetricRef[]): MetricRef[] | undefined {
  if (!asksByClass(q)) return spentWhere(q, metrics);
  const others = metrics.filter((m) => !isClassRow(m));
  if (others.length === 1) return [spentOf(q, others[0])];
  if (others.length) return undefined;
  return SPENT_WORDS.test(q) || namedClasses(q).length ? [{ type: "metric", key: "支出合计" }] : undefined;
}

/** An income total asked by class, unless income is said: the spending it funds. */
function spentOf(q: string, ref: MetricRef): MetricRef {
  const spent = ref.type === "metric" && !q.includes("收入") ? SPENDING_OF_INCOME[ref.key] : undefined;
  return spent ? { type: "metric", key: spent } : ref;
}

/** "<总额>都花在哪些方面": the total (the spending total when none is named) by class. */
export function spentWhere(q: string, metrics: MetricRef[]): MetricRef[] | undefined {
  if (!ASPECT_WORDS.test(q) || !SPENT_WORDS.test(q)) return undefined;
  if (!metrics.length) return [{ type: "metric", key: "支出合计" }];
  // "<某基金>那笔钱用在哪些科目": the income named is spent through its fund's table ("钱从哪几块来"
  // asks where it comes from: the income itself).
  const spent = SPENT_ON.test(q) ? metrics.map((m) => spentOf(q, m)) : metrics;
  return spent.every((m) => m.type === "metric" && TOTALS_BY_CLASS.includes(m.key)) ? spent : undefined;
}

/** The functional classification named ("按功能科目", "功能分类"): it divides spending. */
const BY_FUNCTION = /功能(?:分类|科目)/;

/**
 * "<N>万按功能科目怎么分" with no figure named: the spending total, which the functional classes
 * divide. The words of the classification's name are no qualifiers; any other word keeps the
 * question as it was (undefined).
 */
export function spendingByFunction(q: string, subject: Subject): MetricRef[] | undefined {
  const byFunction = BY_FUNCTION.exec(q)?.[0];
  if (!byFunction || subject.qualifiers.some((word) => !byFunction.includes(word))) return undefined;
  subject.confidence = Math.min(1, subject.confidence / QUALIFIER_DOUBT ** subject.qualifiers.length);
  subject.qualifiers = [];
  subject.readings.push("未指明哪项，按支出合计分类");
  return [{ type: "metric", key: TOTALS_BY_CLASS[0] }];
}
