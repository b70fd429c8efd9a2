import { runsSpelling } from "../../ingest/text/spelt-in-order.js";
import { placeWordsOf } from "../../ingest/units/derive-aliases.js";
import type { Hit } from "./find-metrics.js";
import { keptFor } from "./kept-for.js";
import type { Knowledge } from "./knowledge.js";

/** A bracketed note of years inside a project's name ("（<年>—<年>年）"). */
const YEARS_NOTE = /[（(][^（()）]*\d{4}[^（()）]*[)）]/g;

/**
 * A project's name without the unit alias or place it begins with ("<某街道>社区中心工程" →
 * "社区中心工程", "<某县>国土空间规划编制" → "国土空间规划编制").
 */
export function withoutUnitName(k: Knowledge, name: string): string {
  let local = k.localProjectNames.get(name);
  if (local === undefined) {
    // "<某县><某规划>（<年>—<年>年）编制": the years a plan covers are no part of how people name it.
    const plain = name.replace(YEARS_NOTE, "");
    const openings = [
      ...k.aliases.filter((alias) => alias.key.length >= 2).map((alias) => alias.key),
      ...(k.projectUnits.get(name) ?? []).flatMap(placeWordsOf),
    ];
    const opening = openings.filter((word) => plain.startsWith(word)).sort((a, b) => b.length - a.length)[0];
    k.localProjectNames.set(name, (local = opening ? plain.slice(opening.length) : plain));
  }
  return local;
}

/** Where a question's "<…>项目" / "<…>那个工程" ends the words naming it. */
const NAME_END = /(?:那个|这个|那项|这项|的)?(?:项目|工程)/g;
/** The fewest characters that may name a project loosely, and the most looked at. */
const LOOSE_MIN = 5;
const LOOSE_MAX = 16;
/** At most this many runs of the name's characters: "甲乙（某段）丙丁" said "甲乙丙丁" is two. */
const MOST_RUNS = 3;

/** A project's name as people shorten it: no brackets, no opening year, place or body. */
const bare = (text: string) => text.replace(/[（(][^（()）]*[)）]/g, "").replace(/^20\d{2}年(?:度)?/, "");

/** Every project with the forms people shorten its name to, worked out once per index head. */
const looselyNamed = keptFor(
  (k) => k.projects,
  (projects, k) =>
    projects.map((name) => ({ name, forms: [...new Set([bare(name), bare(withoutUnitName(k, name))])] })),
);

/** Whether `said` names the project's form: its opening, most of its characters, in a few runs. */
const namesLoosely = (said: string, form: string) =>
  form.startsWith(said.slice(0, 2)) &&
  said.length * 2 >= form.length &&
  runsSpelling(said, form) <= MOST_RUNS;

/**
 * "<甲><丙>那个项目" for "<甲>（<乙>）<丙>与<丁>": a project named by its opening and most of
 * its words in order, with words left out, when exactly one project's name reads so.
 */
export function looseProjectHits(k: Knowledge, q: string, named: readonly Hit[] = []): Hit[] {
  const hits: Hit[] = [];
  for (const end of q.matchAll(NAME_END)) {
    const to = end.index ?? 0;
    for (let len = Math.min(LOOSE_MAX, to); len >= LOOSE_MIN; len--) {
      const said = q.slice(to - len, to);
      const named = new Set(
        looselyNamed(k)
          .filter(({ forms }) => forms.some((form) => namesLoosely(said, form)))
          .map(({ name }) => name),
      );
      if (named.size > 1) break;
      const [name] = named;
      if (name) {
        hits.push({ ref: { type: "project", name }, at: to - len, len, score: len + 0.05, via: said });
        break;
      }
    }
  }
  // A row or figure the question names where the clipped name would be reads there.
  const others = named.filter((hit) => hit.ref.type !== "project");
  const overlaps = (hit: Hit) =>
    others.some((other) => other.at < hit.at + hit.len && hit.at < other.at + other.len);
  return [...hits, ...clippedProjectHits(k, q).filter((hit) => !overlaps(hit))];
}

/** A clipped name keeps at least this many characters, and two of its opening and of its end. */
const CLIPPED_MIN = 4;
const CLIPPED_EDGE = 2;
/** A clipped name is words only: no year, amount or punctuation between its edges. */
const WORDS_ONLY = /^[\u4e00-\u9fa5]+$/;

/**
 * "<甲乙><丁戊>" for a project named "<甲乙丙><丁戊>": its opening and its end, a word of the middle
 * left out (at most two runs of its characters, at least half of them), when exactly one project
 * reads so; anywhere in the question, as the edges anchor it.
 */
function clippedProjectHits(k: Knowledge, q: string): Hit[] {
  const found = new Map<string, { name: string; at: number; said: string }[]>();
  for (const { name, forms } of looselyNamed(k))
    for (const form of forms) {
      if (form.length < CLIPPED_MIN + 2) continue;
      const [opening, ending] = [form.slice(0, CLIPPED_EDGE), form.slice(-CLIPPED_EDGE)];
      for (let at = q.indexOf(opening); at >= 0; at = q.indexOf(opening, at + 1)) {
        const end = q.indexOf(ending, at + CLIPPED_EDGE);
        const said = end < 0 ? "" : q.slice(at, end + CLIPPED_EDGE);
        if (said.length < CLIPPED_MIN || said.length >= form.length || said.length * 2 < form.length)
          continue;
        if (!WORDS_ONLY.test(said) || runsSpelling(said, form) > 2) continue;
        found.set(said, [...(found.get(said) ?? []), { name, at, said }]);
      }
    }
  return [...found.values()]
    .filter((readings) => new Set(readings.map((reading) => reading.name)).size === 1)
    .map(([{ name, at, said }]) => ({
      ref: { type: "project", name },
      at,
      len: said.length,
      score: said.length + 0.05,
      via: said,
    }));
}
