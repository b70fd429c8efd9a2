import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { COSTS_OF_COUNTS } from "../lexicon/count-amounts.js";

/**
 * "共有车辆0辆" answered while the same document plans or spends money on what it has none of (a
 * car running cost): the two are set side by side, since the reader will ask how both can be.
 */
export function addCostWithoutCount(k: Knowledge, draft: Draft): void {
  if (draft.status !== "answered") return;
  const zeros = draft.figures
    .flatMap((figure) => figure.facts)
    .filter((f) => !!f.metric && COSTS_OF_COUNTS[f.metric] && money(f.value).isZero());
  const b = new DraftBuilder(draft);
  const seen = new Set<string>();
  for (const zero of zeros) {
    const costs = COSTS_OF_COUNTS[zero.metric!]!;
    const cost = k
      .factsOf(zero.docId)
      .find(
        (f: Fact) => !!f.metric && costs.includes(f.metric) && f.measure === "万元" && money(f.value).gt(0),
      );
    if (!cost || seen.has(cost.id)) continue;
    seen.add(cost.id);
    draft.notes.push([
      `文件所列${zero.row}为 0，但同一文件列有${cost.metric} `,
      b.fact(cost, cost.metric!),
      "（文件未说明二者的关系）。",
    ]);
  }
}
