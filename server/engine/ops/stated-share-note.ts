/**
 * A share the document prints, said with the whole it is of.
 */

import type { Fact } from "../../../ingest/schema.js";
import { isRoundingOf, money } from "../../../lib/money.js";
import { factRatio, type Computed } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { sourcePlace } from "./labels.js";

/** "占<整体>的N%": a share clause, its whole and its number. */
const SHARE_CLAUSE = /占([\u4e00-\u9fa5“”"]{2,12}?)的?(?:比重|比例)?(?:为)?\s*(\d+(?:\.\d+)?)/g;

/**
 * The share the document states for the part: said with its own whole when the sentence names
 * another one ("人员经费…占基本支出的86.3%" beside a share of 支出合计), so it is not read as a
 * second answer.
 */
export function statedShareNote(
  b: DraftBuilder,
  stated: Fact,
  wholeLabel: string,
  /** The share computed of the same whole: the note says when the stated one is not it rounded. */
  computed?: string,
): Segment[] {
  // The whole of the clause that prints this share ("…其中甲N万元，占乙的M%"), not of an
  // earlier clause in the same sentence.
  const base = [...(stated.source.excerpt ?? "").matchAll(SHARE_CLAUSE)].find((clause) =>
    money(clause[2]).eq(stated.value),
  )?.[1];
  if (base && (!wholeLabel || (!wholeLabel.includes(base) && !base.includes(wholeLabel))))
    return [`文件写明的是占${base}的比例：`, b.asPrinted(stated, `占${base}的比例（文件所列）`), "。"];
  const disagreeing = computed !== undefined && !isRoundingOf(computed, stated.value);
  return [
    "文件中写明的占比为 ",
    b.asPrinted(stated, "文件所列占比"),
    disagreeing ? "，与按文件所列金额计算的结果不一致（文件前后不一致，请以原文核对）。" : "。",
  ];
}

/**
 * The part's amount as the sentence printing its share states it ("人员经费544.36万元，占…的86.3%"), when it
 * differs from the amount shown (a table's 544.30), and its share of the whole, when that rounds to
 * the printed share. Undefined otherwise.
 */
export function shareOfSentenceAmount(
  k: Knowledge,
  stated: Fact,
  shown: Fact,
  whole: Fact,
): { part: Fact; share: Computed } | undefined {
  const part = k
    .factsOf(stated.docId)
    .find(
      (f) =>
        !f.table &&
        f.metric === stated.metric &&
        f.measure === shown.measure &&
        f.source.excerpt === stated.source.excerpt &&
        !money(f.value).eq(shown.value),
    );
  const share = part && factRatio(part, whole);
  return part && share && isRoundingOf(share.value, stated.value) ? { part, share } : undefined;
}

/**
 * A printed share that the tables' amounts do not give, worked out from the part's amount as its own
 * sentence states it ("人员经费544.36万元，占基本支出的86.3%", the table printing 544.30): said so when that
 * gives the printed share, instead of calling the two inconsistent. Undefined when it does not.
 */
export function statedShareBasis(
  k: Knowledge,
  b: DraftBuilder,
  stated: Fact,
  shown: Fact,
  whole: Fact,
  partLabel: string,
): Segment[] | undefined {
  const found = shareOfSentenceAmount(k, stated, shown, whole);
  if (!found) return undefined;
  return [
    "文件中写明的占比 ",
    b.asPrinted(stated, "文件所列占比"),
    ` 是按${sourcePlace(found.part)}同一句所列${partLabel} `,
    b.fact(found.part, `${partLabel}（说明）`),
    "计算的：",
    b.computed(found.share, `${partLabel}（说明）占比`, [found.part, whole]),
    "，与表中金额算得的略有出入，是两处金额的尾数不同。",
  ];
}
