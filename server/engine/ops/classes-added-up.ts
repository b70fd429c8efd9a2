import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { total } from "../calculator.js";
import type { DraftBuilder } from "../draft.js";

/**
 * The line under a breakdown by class: its rows added by the calculator and set against the total
 * the document prints ("各类合计 甲，与支出合计 甲 相符"). Returns whether the two agree.
 */
export function addClassesAddedUp(
  draft: DraftBuilder,
  label: string,
  rows: Fact[],
  whole: Fact | undefined,
  sumLabel: string,
): boolean {
  const sum = total(
    rows.map((fact) => fact.value),
    rows[0]!.measure,
  );
  const agrees = !!whole && money(sum.value).eq(whole.value);
  draft.d.bullets.push([
    "各类合计 ",
    draft.computed(sum, sumLabel, rows),
    ...(whole
      ? [agrees ? "，与" : "，文件所列", `${label} `, draft.fact(whole, label), agrees ? " 相符" : ""]
      : []),
    "。",
  ]);
  return agrees;
}
