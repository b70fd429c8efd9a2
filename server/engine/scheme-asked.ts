import { matchKey } from "../../ingest/text/normalize-text.js";
import type { Knowledge } from "./knowledge.js";
import type { MetricRef } from "./plan-schema.js";

type Scheme = Knowledge["subjects"][number]["scheme"];

/** Words that name a classification's table ("经济分类里的", "按功能分类"). */
const SCHEME_WORDS: readonly { scheme: Scheme; words: RegExp }[] = [
  { scheme: "economic", words: /经济分类|经济科目/ },
  { scheme: "function", words: /功能分类|功能科目/ },
];

/**
 * A figure the lexicon names ("公务用车运行维护费", read from the 三公 table) asked "in the
 * economic classification": the row of that name in the classification's tables instead, where
 * the unit lists one. Other figures, and questions naming no classification, are left as asked.
 */
export function inSchemeAsked(
  knowledge: Knowledge,
  question: string,
  refs: MetricRef[],
  units: string[],
): MetricRef[] {
  const scheme = SCHEME_WORDS.find((entry) => entry.words.test(question))?.scheme;
  if (!scheme) return refs;
  return refs.map((ref) => {
    if (ref.type !== "metric") return ref;
    const row = knowledge.subjects.find(
      (subject) =>
        subject.scheme === scheme &&
        !!subject.code &&
        matchKey(subject.name) === matchKey(ref.key) &&
        // (No unit named: the unit the answer defaults to is one that lists it.)
        (!units.length || units.some((unit) => subject.units.includes(unit))),
    );
    return row ? { type: "subject", code: row.code, name: row.name } : ref;
  });
}
