import { METRICS } from "../../ingest/domain/metrics.js";
import type { Knowledge } from "./knowledge.js";
import type { ThesaurusEntry } from "./lexicon/thesaurus.js";
import type { MetricRef } from "./plan-schema.js";
import { MIN_COVER } from "./vocabulary.js";

/**
 * What a thesaurus entry stands for in this index: a lexicon metric its words name, else the
 * vocabulary's best subject or project for each of its words (the question's units preferred).
 * Words no document uses resolve to nothing, so the entry stays silent.
 */
export function thesaurusRefs(k: Knowledge, entry: ThesaurusEntry, units: string[]): MetricRef[] {
  const refs: MetricRef[] = [];
  for (const means of entry.means) {
    const metric = METRICS.find((m) => m.key === means || m.synonyms.includes(means));
    if (metric) {
      refs.push({ type: "metric", key: metric.key });
      continue;
    }
    const best = k.vocabulary.resolve(means, { units, scheme: entry.scheme })[0];
    if (best && best.cover >= MIN_COVER) refs.push(best.ref);
  }
  return refs;
}

/** A project's name without its generic tail ("某某专项资金" → "某某"): how it is asked and restated. */
export function projectStem(name: string): string {
  return name.replace(/(专项资金|专项经费|工作经费专项|专项|资金|项目|经费)+$/g, "");
}

/**
 * "政府采购甲、乙、丙": the siblings of a listed part, named by their distinctive words. A word
 * inside a figure already matched ("…和公务用车运行费": 公务 begins the matched name) names no sibling.
 */
export function siblingsListed(q: string, refs: MetricRef[], spans: [number, number][] = []): MetricRef[] {
  const free = (at: number) => !spans.some(([a, b]) => at >= a && at < b);
  const out: MetricRef[] = [];
  for (const r of refs) {
    if (r.type !== "metric") continue;
    const parent = METRICS.find((m) => m.parts?.includes(r.key));
    for (const sibling of parent?.parts ?? []) {
      let i = 0;
      while (i < sibling.length && sibling[i] === parent!.key[i]) i++;
      const word = sibling.slice(i, i + 2);
      const known = [...refs, ...out].some((x) => x.type === "metric" && x.key === sibling);
      const listed = [...q.matchAll(new RegExp(`[、和及与]${word}`, "g"))].some((m) =>
        free((m.index ?? 0) + 1),
      );
      if (word.length === 2 && listed && !known) out.push({ type: "metric", key: sibling });
    }
  }
  return out;
}
