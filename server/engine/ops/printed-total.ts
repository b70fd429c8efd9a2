import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import type { DraftBuilder, Segment } from "../draft.js";

/**
 * "…，与表中合计 A 相符" / "…，表中合计为 A，两者不一致（请以原文核对）": a sum worked out from a table's
 * rows, set against the total row the table prints (nothing said when it prints none).
 */
export function againstPrintedTotal(
  b: DraftBuilder,
  sum: string,
  whole: Fact | undefined,
  label: string,
): Segment[] {
  if (!whole) return [];
  const same = money(whole.value).eq(sum);
  return [
    same ? "，与表中合计 " : "，表中合计为 ",
    b.fact(whole, label),
    same ? " 相符" : "，两者不一致（请以原文核对）",
  ];
}
