import { segment } from "../../ingest/index/tokenize.js";
import type { Fact } from "../../ingest/schema.js";
import { money } from "../../lib/money.js";
import type { Knowledge } from "./knowledge.js";
import { quotedAmounts, quotedPercents } from "./ops/quoted-figures.js";
import type { MetricRef } from "./plan-schema.js";
import { oneEdit } from "./unit-names.js";

/**
 * Of the bodies a short name may mean ("财政局"), those whose own name has a word the question
 * says elsewhere ("财政局（<区名>）", "<区名>的财政局") that the other bodies' names lack.
 */
export function unitsPlacedBy(question: string, key: string, candidates: string[]): string[] {
  const rest = question.split(key).join("｜");
  // A place is said with or without its level ("<区名>区", "<区名>").
  const words = (unit: string) => segment(unit).flatMap((word) => [word, word.replace(/[省市区县]$/, "")]);
  const own = (unit: string) =>
    words(unit).filter(
      (word) =>
        word.length >= 2 && !key.includes(word) && candidates.every((o) => o === unit || !o.includes(word)),
    );
  // A place mistyped by one character, keeping the first, is the same place mistyped.
  const typed = (word: string) =>
    [...rest].some((_, at) => {
      const seen = rest.slice(at, at + word.length);
      return seen.length === word.length && seen[0] === word[0] && oneEdit(seen, word) !== undefined;
    });
  return candidates.filter((unit) => own(unit).some((word) => rest.includes(word) || typed(word)));
}

/**
 * Of the bodies a short name may mean, the ones whose tables print a coded row the question names
 * (a 财政 row only the district's bureau has): the others cannot be what is asked about.
 */
export function unitsWithRows(k: Knowledge, refs: MetricRef[], candidates: string[]): string[] {
  const codes = refs.flatMap((ref) => (ref.type === "subject" && ref.code ? [ref.code] : []));
  if (!codes.length) return [];
  return candidates.filter((unit) =>
    k.subjects.some(
      (subject) => subject.code && codes.includes(subject.code) && subject.units.includes(unit),
    ),
  );
}

/**
 * Of the bodies a short name may mean, the ones whose documents print an amount the asker quotes
 * ("<简称><数>万元的项目支出") or a share with decimals ("说占<N>%"): a figure only one of them
 * prints says which is meant.
 */
export async function unitsPrinting(k: Knowledge, question: string, candidates: string[]): Promise<string[]> {
  const written = quotedAmounts(question).filter((quoted) => money(quoted.value).gt(0));
  // A share with decimals: a round one ("占30%") many bodies may print.
  const percents = quotedPercents(question)
    .filter((percent) => percent.includes("."))
    .map((percent) => money(percent));
  if (!written.length && !percents.length) return [];
  await k.loadDocuments(candidates.flatMap((unit) => k.docs(unit).map((doc) => doc.docId)));
  const printed = (fact: Fact) =>
    fact.measure === "万元"
      ? written.some((quoted) => money(fact.value).eq(quoted.value))
      : fact.measure === "%" && percents.some((percent) => money(fact.value).eq(percent));
  const prints = (unit: string) => k.docs(unit).some((doc) => k.factsOf(doc.docId).some(printed));
  return candidates.filter(prints);
}
