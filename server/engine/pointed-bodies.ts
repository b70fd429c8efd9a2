import type { Knowledge } from "./knowledge.js";

/** "这几个所", "那些中心", "这三个站": bodies of a kind the conversation named before. */
const POINTED_BODIES = /(?:这|那)(?:几|些|两|三|四|五)个?(所|站|院|馆|队|中心|学校|医院)/;

/** The longest words said of them before that are looked at, and the shortest. */
const LONGEST = 8;
const SHORTEST = 3;

/**
 * The bodies an earlier question named by a word they share ("<某类>所有哪些" → every body
 * whose name holds "<某某>管理所"): at least two, the longest such word, the latest question first.
 */
function bodiesNamedBefore(
  k: Knowledge,
  kind: string,
  earlier: readonly string[],
  parents: readonly string[],
): string[] {
  // (Of the department talked about, when the conversation has one.)
  const under = (parent: string | undefined) => !!parent && (!parents.length || parents.includes(parent));
  for (const text of [...earlier].reverse()) {
    let best: string[] = [];
    for (let end = text.indexOf(kind); end >= 0; end = text.indexOf(kind, end + 1)) {
      const to = end + kind.length;
      for (let len = Math.min(LONGEST, to); len >= SHORTEST; len--) {
        const word = text.slice(to - len, to);
        const bodies = k.units
          .filter((unit) => under(unit.parent) && unit.name.includes(word))
          .map((u) => u.name);
        if (bodies.length >= 2) {
          if (word.length > kind.length && bodies.length >= best.length) best = bodies;
          break;
        }
      }
    }
    if (best.length) return best;
  }
  return [];
}

/**
 * "<上一问：其中某类单位是哪几个> → 这几个所…加起来多少": the bodies pointed at, named in full in the
 * question so it is planned as if the asker had listed them. The question as it was when nothing
 * before names such bodies.
 */
export function withBodiesPointedAt(
  k: Knowledge,
  question: string,
  earlier: readonly string[],
  /** The departments the conversation is about. */
  parents: readonly string[],
): string {
  const pointed = POINTED_BODIES.exec(question);
  if (!pointed) return question;
  const bodies = bodiesNamedBefore(k, pointed[1], earlier, parents);
  if (bodies.length < 2) return question;
  const listed = `${bodies.slice(0, -1).join("、")}和${bodies.at(-1)}`;
  return question.replace(pointed[0], listed);
}
