import type { Fact } from "../../../ingest/schema.js";
import { isRoundingOf, money } from "../../../lib/money.js";
import { DraftBuilder, type Draft, type Figure, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";

/** The column a sentence's "占N%" is read into. */
const SHARE_COLUMN = "占比";
/** An amount and the share printed right after it ("209.59万元，占24.9%"). */
const AMOUNT_WITH_SHARE =
  /(\d[\d,]*\.\d+)\s*(?:万元|元|亿元)?[，,、\s]*占(?:比|比重)?(?:为|是)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
/** Numbers as a sentence prints them ("2,940.05", "840.70"). */
const PRINTED_NUMBERS = /\d[\d,]*(?:\.\d+)?/g;

/**
 * A share computed from two amounts whose sentence also prints it ("…2940.05万元，…一般公共服务支出
 * 2106.66万元，占71.73%"): the printed share is shown beside the computed one, and said to disagree
 * when it is no rounding of it. Only a sentence that prints the share right after the part's
 * amount and states the whole's too is read, so a share of another whole is never set beside it.
 */
export function addPrintedShares(k: Knowledge, draft: Draft): void {
  if (draft.status !== "answered") return;
  const b = new DraftBuilder(draft);
  const lines = [draft.headline, ...draft.bullets];
  draft.figures.forEach((figure, index) => {
    const printed = printedShareOf(k, draft, figure);
    if (!printed) return;
    const line = lines.find((segments) => segments.some((s) => typeof s !== "string" && s.fig === index));
    if (!line) return;
    const at = line.findIndex((s) => typeof s !== "string" && s.fig === index);
    const agrees = isRoundingOf(figure.exact ?? figure.value, printed.value);
    const words: Segment[] = [
      "（文件所列 ",
      b.asPrinted(printed, `${figure.label}（文件所列）`),
      agrees ? "）" : "，与按金额计算的结果不一致，请以原文核对）",
    ];
    line.splice(at + 1, 0, ...words);
  });
}

/** The share the sentence stating both amounts prints for the part, unless shown already or the same. */
function printedShareOf(k: Knowledge, draft: Draft, figure: Figure): Fact | undefined {
  if (figure.measure !== "%" || !isShareFormula(figure.formula) || figure.facts.length !== 2)
    return undefined;
  const [part, whole] = figure.facts;
  if (part.docId !== whole.docId || part.measure !== whole.measure) return undefined;
  const printed = k
    .factsOf(part.docId)
    .find(
      (fact) =>
        fact.column === SHARE_COLUMN &&
        fact.measure === "%" &&
        sharesPrinted(fact.source?.excerpt ?? "").some(
          (said) => isRoundingOf(part.value, said.amount) && money(said.share).eq(fact.value),
        ) &&
        printsAmount(fact.source?.excerpt ?? "", whole),
    );
  if (!printed || money(printed.value).eq(figure.value)) return undefined;
  const shown = draft.figures.some((other) => other.facts.some((fact) => fact.id === printed.id));
  return shown ? undefined : printed;
}

/** "2106.66 ÷ 2940.05 = …": one amount over another, not a change over its base ("(a − b) ÷ b"). */
function isShareFormula(formula: string | undefined): boolean {
  return !!formula?.includes("÷") && !/[−(（]/.test(formula.split("=")[0]);
}

/** "2106.66万元，占71.73%": each amount a sentence gives a share to, with that share. */
function sharesPrinted(excerpt: string): { amount: string; share: string }[] {
  return [...excerpt.matchAll(AMOUNT_WITH_SHARE)].map((match) => ({
    amount: match[1].replace(/,/g, ""),
    share: match[2],
  }));
}

/** The sentence prints the amount (at its own precision, with decimals). */
function printsAmount(excerpt: string, fact: Fact): boolean {
  const numbers = (excerpt.match(PRINTED_NUMBERS) ?? []).map((n) => n.replace(/,/g, ""));
  return numbers.some((n) => n.includes(".") && isRoundingOf(fact.value, n));
}
