import type { Fact } from "../../../ingest/schema.js";
import { matchKey } from "../../../ingest/text/normalize-text.js";
import { isRoundingOf } from "../../../lib/money.js";
import { asksYuan } from "../amount-in-yuan.js";
import { DraftBuilder, headlineFigure, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import { sourceLabel } from "./labels.js";

/**
 * "<某项>多少元", "单位换成元": the answer's figure is printed in 万元 (two decimals at most), so in 元
 * it is exact only to the hundred. When a table of the same document prints the same line in 元 and its
 * amount rounds to that figure, that cell is cited beside it (a 三公 table's 0.73万元 and the
 * economic classification's amount to the 分). Lines of another name or amount are never offered.
 */
export async function addYuanCounterpart(k: Knowledge, plan: QueryPlan, draft: Draft): Promise<void> {
  if (draft.status !== "answered") return;
  const figure = headlineFigure(draft)?.figure;
  const fact = figure?.facts.length === 1 && !figure.formula ? figure.facts[0] : undefined;
  if (!figure || !fact || figure.measure !== "万元" || fact.printed?.unit === "元") return;
  // Normalising the question is the dearest check: last.
  if (!asksYuan(plan.question)) return;
  const names = plan.metrics.flatMap((metric) => (metric.type === "metric" ? [matchKey(metric.key)] : []));
  if (!names.length) return;
  await k.loadDocuments([fact.docId]);
  const cell = yuanCellOf(k, fact, (other) => names.some((name) => matchKey(other.row).endsWith(name)));
  if (!cell) return;
  const b = new DraftBuilder(draft);
  b.d.notes.push([
    `上面的数字按万元列示；以元计的金额见${sourceLabel(cell)}的“${cell.row}” `,
    b.fact(cell),
    "，前者是它按万元的四舍五入。",
  ]);
}

/**
 * The one amount a line of the fact's document prints in 元 that rounds to the fact's 万元 figure,
 * among the facts `sameLine` accepts; none when there is none or several amounts differ.
 */
export function yuanCellOf(k: Knowledge, fact: Fact, sameLine: (other: Fact) => boolean): Fact | undefined {
  const same = k
    .factsOf(fact.docId)
    .filter(
      (other) => other.printed?.unit === "元" && sameLine(other) && isRoundingOf(other.value, fact.value),
    );
  return new Set(same.map((other) => other.value)).size === 1 ? same[0] : undefined;
}
