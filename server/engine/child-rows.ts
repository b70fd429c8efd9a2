import type { Knowledge } from "./knowledge.js";
import type { MetricRef } from "./plan-schema.js";

/**
 * A row one level below another, asked by a word of its name: after the row ("<某款>多少？→ 其中
 * <某词>的呢") or beside it in one question ("<某款>里<某词>方面的").
 */

/** "其中…的呢", "里面…": a follow-up asking inside the figure before. */
const INSIDE_ASKED = /其中|里面|里头|当中|之中/;

/**
 * "<某款>多少？→ 其中<城乡某词>的呢": the row one level below the subject before whose name holds
 * the words said (two or more characters its parent's name lacks), when exactly one does.
 */
export function childFromContext(k: Knowledge, q: string, previous: MetricRef[]): MetricRef[] {
  const [parent] = previous;
  if (previous.length !== 1 || parent.type !== "subject" || !parent.code || !INSIDE_ASKED.test(q)) return [];
  const children = k.subjects.filter(
    (s) => s.code?.startsWith(parent.code ?? "") && s.code.length === (parent.code?.length ?? 0) + 2,
  );
  const scored = children
    .map((child) => ({ child, len: ownWordsSaid(q, child.name, parent.name ?? "") }))
    .filter((x) => x.len >= 2)
    .sort((a, b) => b.len - a.len);
  if (!scored.length || (scored.length > 1 && scored[0].len === scored[1].len)) return [];
  const { child } = scored[0];
  return [{ type: "subject", code: child.code, name: child.name }];
}

/**
 * "<某款>里<某词>方面的": a row and, beside it, a word that is also another row's name, when
 * exactly one row one level below the first holds that word in its name ("彩票公益金…体育" →
 * "用于体育事业的彩票公益金支出"): that row, not the two.
 */
/** The longest word beside a row that may name one of its children. */
const SHORT_WORD = 4;

export function childNamedBeside(k: Knowledge, refs: MetricRef[]): MetricRef[] | undefined {
  if (refs.length !== 2) return undefined;
  for (const [parent, word] of [refs, [...refs].reverse()]) {
    if (parent.type !== "subject" || !parent.code || word.type !== "subject" || !word.name) continue;
    const [code, name] = [parent.code, word.name];
    if (word.code && (word.code.startsWith(code) || code.startsWith(word.code))) continue;
    // (A short word of its own, not a row the first one's name holds or is held by.)
    if (name.length > SHORT_WORD || parent.name?.includes(name) || name.includes(parent.name ?? "")) continue;
    const children = k.subjects.filter(
      (s) => s.code?.startsWith(code) && s.code.length === code.length + 2 && s.name.includes(name),
    );
    // (A child named exactly so is the path "<款>（款）<项>（项）", read as such elsewhere.)
    if (children.some((s) => s.name === name)) continue;
    if (new Set(children.map((s) => s.code)).size === 1)
      return [{ type: "subject", code: children[0].code, name: children[0].name }];
  }
  return undefined;
}

/** The longest run of a child's name the question says that its parent's name does not hold. */
function ownWordsSaid(q: string, child: string, parent: string): number {
  for (let len = child.length; len >= 2; len--)
    for (let at = 0; at + len <= child.length; at++) {
      const run = child.slice(at, at + len);
      if (q.includes(run) && !parent.includes(run)) return len;
    }
  return 0;
}
