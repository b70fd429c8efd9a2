/**
 * A share the document prints, said with the whole it is of.
 */

import type { Fact } from "../../../ingest/schema.js";
import { isRoundingOf, money } from "../../../lib/money.js";
import { factRatio, total, type Computed } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { sourcePlace } from "./labels.js";

/** "占<整体>的N%": a share clause, its whole and its number. */
const SHARE_CLAUSE = /占([\u4e00-\u9fa5“”"]{2,12}?)的?(?:比重|比例)?(?:为)?\s*(\d+(?:\.\d+)?)/g;

/**
 * The whole of the clause that prints this share ("…其中甲N万元，占乙的M%"): the first clause with
 * its number after the part is named, not an earlier clause of the sentence that prints the same
 * number of another part ("甲…占乙的100%，其中丙…占甲的100%").
 */
function shareClauseWhole(stated: Fact): string | undefined {
  const excerpt = stated.source.excerpt ?? "";
  const named = Math.max(0, excerpt.indexOf(stated.row));
  const clauses = [...excerpt.matchAll(SHARE_CLAUSE)].filter((clause) => money(clause[2]).eq(stated.value));
  return (clauses.find((clause) => clause.index >= named) ?? clauses[0])?.[1];
}

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
  /** The shares its sentence lists with it (sentenceShares). */
  listed: Fact[] = [],
): Segment[] {
  const base = shareClauseWhole(stated);
  if (base && (!wholeLabel || (!wholeLabel.includes(base) && !base.includes(wholeLabel))))
    return [`文件写明的是占${base}的比例：`, b.asPrinted(stated, `占${base}的比例（文件所列）`), "。"];
  const disagreeing = computed !== undefined && !isRoundingOf(computed, stated.value);
  // "其中：甲…占A%；乙…占B%；…" adding up to 100 % without naming their whole: shares of another whole
  // (the sentence's opening total) than the one asked, different, not inconsistent.
  const ofListedWhole =
    disagreeing && !base && !!wholeLabel && listed.length > 0 && !sharesTotal(listed).offWhole;
  return [
    "文件中写明的占比为 ",
    b.asPrinted(stated, "文件所列占比"),
    ofListedWhole
      ? `，是同一句所列各项合计的占比（原文未写明其整体），与按${wholeLabel}算得的不同。`
      : disagreeing
        ? "，与按文件所列金额计算的结果不一致（文件前后不一致，请以原文核对）。"
        : "。",
  ];
}

/**
 * The sentence printing the share states the part at another table's amount than the one answered
 * (the all-funds figure beside the general budget's): the share is that figure's, not this one's.
 * (A sentence amount no table prints is the same figure misprinted, its share still this one's.)
 */
export function sharesAnotherAmount(k: Knowledge, stated: Fact, answered: Fact): boolean {
  const facts = k.factsOf(stated.docId);
  const amounts = facts.filter(
    (f) =>
      !f.table &&
      f.row === stated.row &&
      f.measure === answered.measure &&
      f.source.excerpt === stated.source.excerpt,
  );
  const otherTables = (amount: Fact) =>
    facts.some(
      (f) =>
        !!f.table &&
        f.table !== answered.table &&
        f.measure === amount.measure &&
        money(f.value).eq(amount.value),
    );
  return (
    amounts.length > 0 && !amounts.some((f) => money(f.value).eq(answered.value)) && amounts.some(otherTables)
  );
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
  // Amounts whose last digits differ (544.36 and 544.30), not two figures of two scopes.
  const close = !!part && money(part.value).minus(shown.value).abs().lte(money(shown.value).abs().div(100));
  return part && share && close && isRoundingOf(share.value, stated.value) ? { part, share } : undefined;
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

/**
 * The whole a printed share that names none is of ("…总计A万元，其中：甲B万元，占N%"): an amount of the
 * same paragraph that the part's amount gives the printed share of. Undefined when none does.
 */
export function impliedShareWhole(k: Knowledge, stated: Fact, part: Fact): Fact | undefined {
  if (shareClauseWhole(stated)) return undefined;
  const prose = k
    .factsOf(stated.docId)
    .filter((f) => !f.table && f.measure === part.measure && f.source.lines[0] === stated.source.lines[0]);
  const amount =
    prose.find((f) => f.row === stated.row && f.source.excerpt === stated.source.excerpt) ?? part;
  return prose.find((f) => {
    if (f.row === stated.row || !money(f.value).gt(amount.value)) return false;
    const share = factRatio(amount, f);
    return !!share && isRoundingOf(share.value, stated.value);
  });
}

/** A sentence listing fewer shares than this is no breakdown to add up. */
const FEWEST_LISTED = 3;

/** The shares the sentence printing `stated` lists with it ("甲…占N%；乙…占M%；…"); none for fewer than three. */
export function sentenceShares(k: Knowledge, stated: Fact): Fact[] {
  const listed = k
    .factsOf(stated.docId)
    .filter(
      (f) =>
        !f.table &&
        f.measure === "%" &&
        f.column === stated.column &&
        f.source.excerpt === stated.source.excerpt &&
        f.row !== "",
    );
  return listed.length >= FEWEST_LISTED && listed.some((f) => f.id === stated.id) ? listed : [];
}

/** What listed shares add up to, and whether that is off 100 % beyond what rounding each one explains. */
function sharesTotal(listed: Fact[]): { sum: Computed; offWhole: boolean } {
  const sum = total(
    listed.map((f) => f.value),
    "%",
  );
  // Each share rounded to its printed places may be off by half a unit of the last one.
  const places = Math.max(...listed.map((f) => f.value.split(".")[1]?.length ?? 0));
  const slack = money(listed.length).times(money(10).pow(-places)).div(2);
  return { sum, offWhole: money(sum.value).minus(100).abs().gt(slack) };
}

/**
 * The other shares the sentence printing `stated` lists ("甲…占N%；乙…占M%；…"), and what they add
 * up to: shown when a printed share disagrees with its amounts, so the asker sees whether the
 * sentence's shares still make a whole (more than 100%, beyond what rounding each one explains,
 * cannot). Undefined for fewer than three.
 */
export function listedSharesNote(k: Knowledge, b: DraftBuilder, stated: Fact): Segment[] | undefined {
  const listed = sentenceShares(k, stated);
  if (!listed.length) return undefined;
  const { sum, offWhole } = sharesTotal(listed);
  const over = offWhole && money(sum.value).gt(100);
  return [
    `${sourcePlace(stated)}同一句所列占比：`,
    ...listed.flatMap((f, i) => [i ? "、" : "", `${f.row} `, b.asPrinted(f, `${f.row}占比（文件所列）`)]),
    "，合计 ",
    b.computed(sum, "同一句所列占比之和", listed),
    over ? "，超过100%（多于各项四舍五入的尾差），文件所列占比有误。" : "。",
  ];
}
