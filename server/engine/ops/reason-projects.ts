import type { Fact } from "../../../ingest/schema.js";
import { matchKey } from "../../../ingest/text/normalize-text.js";
import type { DraftBuilder, Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { Scope } from "../scope.js";
import type { Want } from "../select-facts.js";
import { lookup } from "./lookup.js";
import { inOrder } from "../vocabulary.js";

/** Items a stated reason lists ("甲、乙、丙等项目支出增加"): the words before "等" or between the marks. */
const REASON_ITEMS = /[、，,；;]|以及|和|及/;
/** The shortest item read as a project's short name ("因公出国" for 因公出国经费). */
const SHORTEST_ITEM = 4;

/** Every character of the item, in order, in the name, which begins with the item's first character. */
const abbreviates = (item: string, name: string) => name.startsWith(item[0]!) && inOrder(item, name);

/** The projects of the scope's document a stated reason names by short name, each with its figure. */
function namedProjects(
  k: Knowledge,
  scope: Scope,
  reason: string,
  want: Want,
): { name: string; fact: Fact }[] {
  const items = reason
    .replace(/等.*$/, "")
    .split(REASON_ITEMS)
    .map((item) => matchKey(item))
    .filter((item) => item.length >= SHORTEST_ITEM);
  const found: { name: string; fact: Fact }[] = [];
  for (const item of items) {
    for (const { item: name } of k.projectNames.candidates(item)) {
      if (!abbreviates(item, matchKey(name)) || found.some((f) => f.name === name)) continue;
      const fact = lookup(k, scope, { type: "project", name }, want).find((f) => f.docId === scope.doc.docId);
      if (!fact) continue;
      found.push({ name, fact });
      break;
    }
  }
  return found;
}

/**
 * "…主要原因是甲、乙、丙等项目支出增加": the projects the reason names, with what each spent, so the
 * draft's reason carries its figures.
 */
export function addReasonProjects(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  reason: string,
  want: Want,
): void {
  const projects = namedProjects(k, scope, reason, want);
  if (!projects.length) return;
  const line: Segment[] = ["原因中提到的项目："];
  const prose: Segment[] = ["其中，"];
  projects.forEach(({ name, fact }, i) => {
    const figure = b.fact(fact, name);
    line.push(i ? "，" : "", `${name} `, figure);
    prose.push(i ? "、" : "", `${name}支出`, figure);
  });
  b.d.bullets.push([...line, "。"]);
  b.d.draft?.push(...prose, "。");
}
