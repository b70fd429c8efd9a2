import { METRIC_BY_KEY, METRICS } from "../../ingest/domain/metrics.js";
import type { Knowledge } from "./knowledge.js";
import type { ThesaurusEntry } from "./lexicon/thesaurus.js";
import type { MetricRef } from "./plan-schema.js";
import { MIN_COVER } from "./vocabulary.js";
import { PART_SHORT_NAMES } from "./lexicon/part-short-names.js";

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

/** The generic words a project's name ends with ("专项资金", "项目"), as printed or as asked. */
export const PROJECT_NAME_TAIL = /(?:专项资金|专项经费|工作经费专项|专项|资金|项目|经费)/;

/** A route named by its two ends ("甲至乙农村公路…", "甲—乙段…"), as its name prints them. */
const ROUTE_ENDS =
  /^([\u4e00-\u9fa5]{2,6}?)(?:至|到|—|－|-)([\u4e00-\u9fa5]{2,6}?)(?=段|线|(?:农村|县|乡|村|国|省)?(?:公路|道路|大道|街道|路|桥|隧道|河道|渠))/;

/**
 * "甲到乙那条路": a road or river project named by its two ends, however they are joined (至, 到,
 * a dash), with nothing of the rest of its name.
 */
export function routeNames(name: string): string[] {
  const ends = ROUTE_ENDS.exec(name);
  return ends ? ["至", "到"].map((joiner) => `${ends[1]}${joiner}${ends[2]}`) : [];
}

/** A project's name without its generic tail ("某某专项资金" → "某某"): how it is asked and restated. */
export function projectStem(name: string): string {
  return name.replace(new RegExp(`(?:${PROJECT_NAME_TAIL.source})+$`, "g"), "");
}

/** A part's first two characters after the words it shares with its whole ("政府采购货物支出" → 货物). */
function distinctWord(part: string, whole: string): string {
  let i = 0;
  while (i < part.length && part[i] === whole[i]) i++;
  return part.slice(i, i + 2);
}

/**
 * "政府采购甲、乙、丙": the siblings of a listed part, named by their distinctive words. A word
 * inside a figure already matched ("…和公务用车运行费": 公务 begins the matched name) names no sibling.
 */
export function siblingsListed(
  q: string,
  refs: MetricRef[],
  spans: [number, number][] = [],
): { refs: MetricRef[]; spans: [number, number][] } {
  const free = (at: number) => !spans.some(([a, b]) => at >= a && at < b);
  const out: MetricRef[] = [];
  const said: [number, number][] = [];
  for (const r of refs) {
    if (r.type !== "metric") continue;
    const parent = METRICS.find((m) => m.parts?.includes(r.key));
    const siblings = (parent?.parts ?? []).map((sibling) => ({
      sibling,
      word: distinctWord(sibling, parent!.key),
    }));
    // "甲乙丙各多少": the siblings' words run together, one right after another, also list them.
    // "甲+乙+丙加起来": a plus sign lists them as 和 does.
    const before = ["、", "和", "及", "与", "\\+", "加", ...siblings.map((s) => s.word)].join("|");
    for (const { sibling, word } of siblings) {
      const known = [...refs, ...out].some((x) => x.type === "metric" && x.key === sibling);
      const at = [...q.matchAll(new RegExp(`(?:${before})${word}`, "g"))]
        .map((m) => (m.index ?? 0) + m[0].length - word.length)
        .filter(free);
      if (word.length !== 2 || !at.length || known) continue;
      out.push({ type: "metric", key: sibling });
      said.push(...at.map((start): [number, number] => [start, start + word.length]));
    }
    // "<整体>…，<甲>加<乙>": the whole named, then two or more of its parts added by their own words.
    out.push(...partsListedAfterWhole(q, r, [...refs, ...out], free, said));
    // "出国、车、接待": one character alone between list marks, said of one sibling only.
    for (const m of q.matchAll(/(?<=、)([\u4e00-\u9fa5])(?=、|和|及|与)/g)) {
      const at = m.index ?? 0;
      if (!free(at)) continue;
      const by = siblings.filter(({ sibling }) =>
        (PART_SHORT_NAMES[sibling] ?? []).some((word) => word.includes(m[1])),
      );
      const known = (key: string) => [...refs, ...out].some((x) => x.type === "metric" && x.key === key);
      if (by.length !== 1 || known(by[0].sibling)) continue;
      out.push({ type: "metric", key: by[0].sibling });
      said.push([at, at + 1]);
    }
  }
  return { refs: out, spans: said };
}

/**
 * Marks that add names ("甲加乙", "甲+乙"). (A whole's parts listed with 、 or 和 ask its breakdown,
 * which reads them from the whole.)
 */
const ADDING_MARK = "(?:\\+|＋|加上?)";

/**
 * The parts of a whole named in the question, added together after it by their distinctive words
 * ("<整体>N万元，<甲>加<乙>等于它吗"): each part, when every word of the sum is one of them.
 */
function partsListedAfterWhole(
  q: string,
  whole: MetricRef & { type: "metric" },
  known: MetricRef[],
  free: (at: number) => boolean,
  said: [number, number][],
): MetricRef[] {
  const parts = METRIC_BY_KEY.get(whole.key)?.parts ?? [];
  const words = parts.map((part) => ({ part, word: distinctWord(part, whole.key) }));
  if (parts.length < 2 || words.some(({ word }) => word.length !== 2)) return [];
  const name = `(?:${words.map(({ word }) => word).join("|")})`;
  const list = new RegExp(`${name}(?:${ADDING_MARK}${name})+`, "g");
  const out: MetricRef[] = [];
  for (const m of q.matchAll(list)) {
    const at = m.index ?? 0;
    if (!free(at)) continue;
    for (const { part, word } of words) {
      const offset = m[0].indexOf(word);
      const isKnown = [...known, ...out].some((x) => x.type === "metric" && x.key === part);
      if (offset < 0 || isKnown) continue;
      out.push({ type: "metric", key: part });
      said.push([at + offset, at + offset + word.length]);
    }
  }
  return out;
}
