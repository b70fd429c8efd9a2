import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { ratio, total, type Computed } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { LISTED_PARTS } from "../lexicon/listed-parts.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { metricLabel, scopeLabel, wantLabel } from "./labels.js";
import type { Want } from "../select-facts.js";
import { lookup } from "./lookup.js";

/** A whole the document prints only as its listed parts, added up. */
export interface ListedSum {
  facts: Fact[];
  sum: Computed;
  /** The parts' names, as the answer says them. */
  names: string[];
}

/** One printed part of a listed whole, with its name as the answer says it. */
export interface ListedPart {
  fact: Fact;
  name: string;
}

/**
 * The parts of a whole LISTED_PARTS names (each fund's appropriation for 财政拨款收入), each the first
 * fact of its metric that `accept` takes; those the document does not print are left out.
 */
export function listedParts(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  want: Want,
  accept: (fact: Fact) => boolean,
): ListedPart[] {
  const keys = ref.type === "metric" ? (LISTED_PARTS[ref.key] ?? []) : [];
  return keys.flatMap((key) => {
    const part: MetricRef = { type: "metric", key };
    const fact = lookup(k, scope, part, want).find(accept);
    return fact ? [{ fact, name: metricLabel(part, k) }] : [];
  });
}

/**
 * A figure the document does not print as such but as its listed parts (LISTED_PARTS: each fund's
 * appropriation as its own income row, and no 财政拨款收入 row): their sum, each part cited, when at
 * least two are printed in one document (one part alone is that part, not the whole).
 */
export function listedSum(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  want: Want,
  docId?: string,
): ListedSum | undefined {
  const found = listedParts(
    k,
    scope,
    ref,
    want,
    (f) => /元$/.test(f.measure) && (!docId || f.docId === docId),
  );
  const [first] = found;
  if (
    found.length < 2 ||
    found.some(({ fact }) => fact.docId !== first.fact.docId || fact.measure !== first.fact.measure)
  )
    return undefined;
  const facts = found.map(({ fact }) => fact);
  if (facts.every((fact) => money(fact.value).isZero())) return undefined;
  return {
    facts,
    sum: total(
      facts.map((fact) => fact.value),
      first.fact.measure,
    ),
    names: found.map(({ name }) => name),
  };
}

/** The reading a listed sum is answered with. */
const summedNote = (label: string, listed: ListedSum) =>
  `文件未单列${label}合计，按其所列${listed.names.join("、")}相加。`;

/**
 * A whole the document prints only as its listed parts ("财政拨款收入" as each fund's appropriation
 * row): their sum, computed, each part cited and the reading said.
 */
export function sumOfListed(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  want: Want,
  label: string,
): boolean {
  const listed = listedSum(k, scope, ref, want);
  if (!listed) return false;
  const sentence: Segment[] = [
    `${scopeLabel(scope)}${label}${wantLabel(want, listed.facts[0], label)}为 `,
    b.computed(listed.sum, label, listed.facts),
    "。",
  ];
  if (!b.d.headline.length) b.d.headline = sentence;
  else b.d.bullets.push(sentence);
  b.d.bullets.push([
    ...listed.facts.flatMap((fact, i): Segment[] => [
      i ? "，" : "其中：",
      `${listed.names[i]} `,
      b.fact(fact, listed.names[i]),
    ]),
    "。",
  ]);
  b.d.notes.push([summedNote(label, listed)]);
  return true;
}

/** One side of a share: its metric, and its fact when the document prints one. */
interface ShareSide {
  ref: MetricRef;
  fact?: Fact;
}

/**
 * A share where one side is printed only as its listed parts (财政拨款收入 over 收入合计, or one fund's
 * appropriation over 财政拨款收入): that side is their sum, computed beside the other's printed figure.
 */
export function shareWithListed(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  want: Want,
  sides: { part: ShareSide; whole: ShareSide },
): boolean {
  const printed = sides.part.fact ?? sides.whole.fact;
  const summed = sides.part.fact ? sides.whole : sides.part;
  if (!printed || (sides.part.fact && sides.whole.fact)) return false;
  const listed = listedSum(k, scope, summed.ref, want, printed.docId);
  if (!listed || listed.sum.measure !== printed.measure) return false;
  const [partValue, wholeValue] = sides.part.fact
    ? [printed.value, listed.sum.value]
    : [listed.sum.value, printed.value];
  const share = ratio(partValue, wholeValue);
  if (!share) return false;
  const [pl, wl] = [metricLabel(sides.part.ref, k), metricLabel(sides.whole.ref, k)];
  const said = (side: ShareSide, label: string) =>
    side.fact ? b.fact(side.fact, label) : b.computed(listed.sum, label, listed.facts);
  b.line([
    `${scopeLabel(scope)}${pl}占${wl}的 `,
    b.computed(share, `${pl}占${wl}比重`, [printed, ...listed.facts]),
    "。",
  ]);
  b.d.bullets.push([`${pl} `, said(sides.part, pl), `，${wl} `, said(sides.whole, wl), "。"]);
  b.d.notes.push([summedNote(metricLabel(summed.ref, k), listed)]);
  return true;
}
