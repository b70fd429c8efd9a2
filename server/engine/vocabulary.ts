import { METRICS } from "../../ingest/domain/metrics.js";
import type { Subject, SubjectScheme } from "../../ingest/store/store.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import type { MetricRef } from "./plan-schema.js";

/** A name of the index's vocabulary: a lexicon metric, a table subject (one per code), a project. */
interface Entry {
  ref: MetricRef;
  /** matchKey of every name it goes by. */
  keys: string[];
  scheme?: SubjectScheme;
  units?: string[];
}

export interface VocabularyHit {
  ref: MetricRef;
  /** Share of the term's character bigrams the best name contains (1: the name contains the term). */
  cover: number;
  score: number;
}

/** Below this share of the term's bigrams a name is not a match. */
export const MIN_COVER = 0.7;

/** Character bigrams of a key (a one-character key is its own gram). */
export function grams(key: string): string[] {
  if (key.length < 2) return key ? [key] : [];
  const out = new Set<string>();
  for (let i = 0; i < key.length - 1; i++) out.add(key.slice(i, i + 2));
  return [...out];
}

/** Two names of one row: one begins the other, or they share most of their bigrams. */
export function sameName(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  const [ga, gb] = [grams(a), new Set(grams(b))];
  return ga.filter((g) => gb.has(g)).length >= 0.5 * Math.max(ga.length, gb.size);
}

/**
 * The index's own vocabulary, scored by character bigrams through an inverted index: what a
 * question's words can stand for, and whether a word occurs in any name at all. Built once from
 * the store's head (subjects, projects) and the lexicon; O(vocabulary) memory, no facts.
 */
export class Vocabulary {
  private readonly entries: Entry[] = [];
  private readonly byGram = new Map<string, number[]>();
  /** Names that explain a word without being figures (units, their aliases). */
  private readonly plain: NameIndex<string>;

  constructor(
    subjects: Subject[],
    projects: string[],
    plainNames: string[] = [],
    /** The bodies whose documents list each project (a project of another body answers nothing). */
    projectUnits: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    for (const m of METRICS)
      this.entries.push({ ref: { type: "metric", key: m.key }, keys: [m.key, ...m.synonyms].map(matchKey) });
    const byCode = new Map<string, Entry[]>();
    for (const s of subjects) {
      const key = matchKey(s.name);
      // One code, one subject, under a name a table may truncate ("…缴" for "…缴费"); a document that
      // numbers its rows otherwise (30203 水费 where others print 咨询费) names another subject.
      const known = s.code
        ? byCode.get(s.code)?.find((e) => e.keys.some((k) => sameName(k, key)))
        : undefined;
      if (known) {
        if (!known.keys.includes(key)) known.keys.push(key);
        known.units = [...new Set([...(known.units ?? []), ...s.units])];
        // The longest name is the one to show ("…缴费" rather than a table's truncated "…缴").
        if (known.ref.type === "subject" && s.name.length > (known.ref.name ?? "").length)
          known.ref = { ...known.ref, name: s.name };
        continue;
      }
      const entry: Entry = {
        ref: { type: "subject", ...(s.code ? { code: s.code } : {}), name: s.name },
        keys: [key],
        scheme: s.scheme,
        units: [...s.units],
      };
      if (s.code) byCode.set(s.code, [...(byCode.get(s.code) ?? []), entry]);
      this.entries.push(entry);
    }
    for (const p of projects) {
      const units = projectUnits.get(p);
      this.entries.push({
        ref: { type: "project", name: p },
        keys: [matchKey(p)],
        ...(units ? { units: [...units] } : {}),
      });
    }
    this.entries.forEach((e, i) => this.index(e, i));
    this.plain = new NameIndex(plainNames.map((n) => ({ key: matchKey(n), item: n })));
  }

  private index(entry: Entry, i: number): void {
    for (const g of new Set(entry.keys.flatMap(grams))) {
      const list = this.byGram.get(g);
      if (list) list.push(i);
      else this.byGram.set(g, [i]);
    }
  }

  /**
   * The entries a term can stand for, best first: the share of the term's bigrams a name holds
   * (a name containing the term scores 1), then how little else the name says; the preferred
   * scheme and the question's units break ties. Terms of one or two bigrams must be contained.
   */
  resolve(
    term: string,
    options: { units?: string[]; scheme?: SubjectScheme; min?: number } = {},
  ): VocabularyHit[] {
    const key = matchKey(term);
    const termGrams = grams(key);
    if (!termGrams.length) return [];
    const shared = new Map<number, number>();
    for (const g of termGrams)
      for (const i of this.byGram.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const hits: VocabularyHit[] = [];
    const abbreviated: Entry[] = [];
    for (const [i, count] of shared) {
      const e = this.entries[i];
      const contained = e.keys.some((k) => k.includes(key) || verbAfter(k, key));
      const cover = contained ? 1 : count / termGrams.length;
      if (cover < (options.min ?? MIN_COVER) || (!contained && termGrams.length <= 2)) {
        if (abbreviates(key, e, options.units)) abbreviated.push(e);
        continue;
      }
      const nameGrams = Math.min(...e.keys.map((k) => grams(k).length));
      const tight = Math.min(1, count / Math.max(1, nameGrams));
      const inUnits = !options.units?.length || !e.units || e.units.some((u) => options.units!.includes(u));
      // Another body's project answers nothing about the units asked.
      if (!inUnits && e.ref.type === "project") continue;
      const score =
        cover +
        0.1 * tight +
        (e.ref.type === "metric" ? 0.02 : 0) +
        (options.scheme && e.scheme === options.scheme ? 0.05 : 0) +
        (inUnits ? 0.05 : 0);
      hits.push({ ref: e.ref, cover, score });
    }
    // A short name of one of the asked body's projects ("贸易专项"): its characters in the name's order, one project only.
    if (abbreviated.length === 1 && !hits.some((hit) => hit.ref.type === "project"))
      hits.push({ ref: abbreviated[0].ref, cover: MIN_COVER, score: MIN_COVER });
    return hits.sort((a, b) => b.score - a.score);
  }

  /** Does any name (figure, subject, project, unit) contain the word? */
  knows(word: string): boolean {
    const key = matchKey(word);
    if (!key) return true;
    const lists = grams(key).map((g) => this.byGram.get(g) ?? []);
    const shortest = lists.sort((a, b) => a.length - b.length)[0] ?? [];
    if (shortest.some((i) => this.entries[i].keys.some((k) => k.includes(key)))) return true;
    return this.plain.candidates(key).some((n) => n.key.includes(key));
  }
}

/**
 * A verb and its object as a name puts them the other way round: "编年鉴" in "年鉴编纂", "修档案"
 * in "档案修复" (a three-character term: one verb character, a two-character object).
 */
function verbAfter(name: string, term: string): boolean {
  if ([...term].length !== 3) return false;
  const object = term.slice(1);
  const at = name.indexOf(object);
  return at >= 0 && name.indexOf(term[0], at + object.length) > 0;
}

/**
 * Names by their character bigrams: the names that may occur in a text are those sharing a bigram
 * with it, so matching a question costs what its bigrams hit, not one test per name of the index.
 */
export class NameIndex<T> {
  private readonly byGram = new Map<string, number[]>();

  constructor(private readonly names: { key: string; item: T }[]) {
    names.forEach((n, i) => {
      for (const g of grams(n.key)) {
        const list = this.byGram.get(g);
        if (list) list.push(i);
        else this.byGram.set(g, [i]);
      }
    });
  }

  /** Names sharing at least one bigram with the text, in index order. */
  candidates(text: string): { key: string; item: T }[] {
    const hit = new Set<number>();
    for (const g of grams(text)) for (const i of this.byGram.get(g) ?? []) hit.add(i);
    return [...hit].sort((a, b) => a - b).map((i) => this.names[i]);
  }
}

/** The shortest abbreviation read as a project's name (four characters, "贸易专项"). */
const SHORTEST_ABBREVIATION = 4;

/**
 * A project of the asked units whose name begins with the term's first character and holds all of
 * its characters in order ("贸易专项" → 贸易高质量发展专项).
 */
function abbreviates(key: string, entry: Entry, units: string[] | undefined): boolean {
  if (entry.ref.type !== "project" || !units?.length || !entry.units?.some((u) => units.includes(u)))
    return false;
  if (key.length < SHORTEST_ABBREVIATION) return false;
  return entry.keys.some((name) => inOrder(key, name) && name.startsWith(key[0]!));
}

/** Every character of the term, in order, in the name. */
export function inOrder(term: string, name: string): boolean {
  let at = 0;
  for (const char of term) {
    at = name.indexOf(char, at) + 1;
    if (!at) return false;
  }
  return true;
}
