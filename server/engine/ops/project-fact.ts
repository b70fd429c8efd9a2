import type { Fact } from "../../../ingest/schema.js";
import type { Knowledge } from "../knowledge.js";

/**
 * A figure a document's prose states of the project itself (read under its own name, rowPath
 * ["项目", <name>], by any name it goes by), the one `holds` accepts: its score, its total investment.
 */
export function projectOwnFact(
  k: Knowledge,
  docId: string,
  project: string,
  holds: (fact: Fact) => boolean,
): Fact | undefined {
  const names = new Set(k.projectVariants(project));
  return k
    .factsOf(docId)
    .find((fact) => fact.rowPath?.[0] === "项目" && names.has(fact.rowPath[1] ?? "") && holds(fact));
}
