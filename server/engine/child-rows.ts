import { distinctWords } from "./find-metrics.js";
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
  const scored = childrenOf(k, parent.code)
    .map((child) => ({ child, len: distinctWords(q, child.name, parent.name ?? "", 2) }))
    .filter((x) => x.len >= 2)
    .sort((a, b) => b.len - a.len);
  if (!scored.length || (scored.length > 1 && scored[0].len === scored[1].len)) return [];
  const { child } = scored[0];
  return [{ type: "subject", code: child.code, name: child.name }];
}

/** The longest word beside a row that may name one of its children. */
const SHORT_WORD = 4;

/**
 * "<某款>里<某词>方面的": a row and, beside it, a word that is also another row's name, when
 * exactly one row one level below the first holds that word in its name ("彩票公益金…体育" →
 * "用于体育事业的彩票公益金支出"): that row, not the two.
 */
export function childNamedBeside(k: Knowledge, refs: MetricRef[]): MetricRef[] | undefined {
  if (refs.length !== 2) return undefined;
  for (const [parent, word] of [refs, [...refs].reverse()]) {
    if (parent.type !== "subject" || !parent.code || word.type !== "subject" || !word.name) continue;
    const [code, name] = [parent.code, word.name];
    if (word.code && (word.code.startsWith(code) || code.startsWith(word.code))) continue;
    // (A short word of its own, not a row the first one's name holds or is held by.)
    if (name.length > SHORT_WORD || parent.name?.includes(name) || name.includes(parent.name ?? "")) continue;
    const children = childrenOf(k, code).filter((s) => s.name.includes(name));
    // (A child named exactly so is the path "<款>（款）<项>（项）", read as such elsewhere.)
    if (children.some((s) => s.name === name)) continue;
    if (new Set(children.map((s) => s.code)).size === 1)
      return [{ type: "subject", code: children[0].code, name: children[0].name }];
  }
  return undefined;
}

/** The rows one level below a subject code (a 类's 款, a 款's 项), of any document. */
const childrenOf = (k: Knowledge, code: string) =>
  k.subjects.filter((s) => s.code?.startsWith(code) && s.code.length === code.length + 2);

/** "<某款>里<某词>的那部分": the words after the row's name and "里", up to "的那部分" or the ask. */
const INSIDE_PART =
  /(?:里|里面|其中|当中)(?:的|用于|用在|给)?([\u4e00-\u9fa5]{2,12}?)(?:的|方面的?)?(?:那部分|那块|那一块|部分|那一项|那项)/;

/**
 * "<某款>里用于<某词>的那部分有多少": one row asked, and inside it a part named by words of one of
 * its rows one level below (two characters or more its own name lacks): that row, when exactly one
 * holds the most of them.
 */
export function childNamedInside(k: Knowledge, q: string, refs: MetricRef[]): MetricRef[] | undefined {
  const [parent] = refs;
  if (refs.length !== 1 || parent.type !== "subject" || !parent.code || !parent.name) return undefined;
  const named = q.indexOf(parent.name);
  const words = INSIDE_PART.exec(named < 0 ? q : q.slice(named + parent.name.length))?.[1];
  if (!words) return undefined;
  const scored = childrenOf(k, parent.code)
    .map((child) => ({ child, len: distinctWords(words, child.name, parent.name ?? "", 2) }))
    .filter((x) => x.len >= 2)
    .sort((a, b) => b.len - a.len);
  if (!scored.length || (scored.length > 1 && scored[0].len === scored[1].len)) return undefined;
  const { child } = scored[0];
  return [{ type: "subject", code: child.code, name: child.name }];
}
