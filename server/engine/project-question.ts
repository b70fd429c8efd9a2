import {
  MONEY_ASKED,
  PROJECT_LIST_WORDS,
  PROJECT_NAMES_ASKED,
  PROJECT_SPENDING_KEY,
} from "./lexicon/project-list.js";
import type { MetricRef } from "./plan-schema.js";
import { asksCount } from "./lexicon/question-words.js";

const PROJECT_SPENDING: MetricRef = { type: "metric", key: PROJECT_SPENDING_KEY };
const SPENDING_TOTAL: MetricRef = { type: "metric", key: "支出合计" };

/**
 * "<unit>几个项目各用了多少", "项目支出用在了哪些项目", "这几个项目叫什么": the project spending
 * listed by project. Undefined when the question names another figure or asks neither an amount
 * nor the projects' names.
 */
export function projectListMetrics(q: string, metrics: MetricRef[]): MetricRef[] | undefined {
  if (!PROJECT_LIST_WORDS.test(q) || !(MONEY_ASKED.test(q) || PROJECT_NAMES_ASKED.test(q))) return undefined;
  // "做了几个项目": a count of projects, not their money.
  if (asksCount(q)) return undefined;
  // "<几个>项目的支出加起来": the projects' spending, not the unit's spending total.
  const others = metrics.filter(
    (m) =>
      JSON.stringify(m) !== JSON.stringify(PROJECT_SPENDING) &&
      JSON.stringify(m) !== JSON.stringify(SPENDING_TOTAL),
  );
  return others.length ? undefined : [PROJECT_SPENDING];
}

/** Where the question asks for the projects ("两个项目"): words of the cue, not qualifiers. */
export function projectListSpans(q: string): [number, number][] {
  return [...q.matchAll(new RegExp(PROJECT_LIST_WORDS.source, "g"))].map((m) => [
    m.index ?? 0,
    (m.index ?? 0) + m[0].length,
  ]);
}

/** The projects' names asked, and no amount ("这几个项目分别叫什么"). */
export function onlyProjectNamesAsked(q: string): boolean {
  return PROJECT_NAMES_ASKED.test(q) && !MONEY_ASKED.test(q);
}
