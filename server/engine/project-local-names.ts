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
export function looseProjectHits(k: Knowledge, q: string): Hit[] {
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
  return hits;
}
