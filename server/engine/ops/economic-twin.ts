import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { gap } from "../calculator.js";
import type { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { ECONOMIC_TWIN_NAMES, ECONOMIC_TWINS } from "../lexicon/economic-twins.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import type { Want } from "../select-facts.js";
import { metricLabel, sourcePlace } from "./labels.js";
import { lookup } from "./lookup.js";

/**
 * The same expense in the other table that prints it: a lexicon figure's economic row
 * (因公出国（境）费 → 30212), or an economic row's lexicon figure, where the unit lists the row (any
 * unit, when none is given: the row's code and name are the same in whichever lists it).
 */
export function economicTwin(k: Knowledge, ref: MetricRef, unit?: string): MetricRef | undefined {
  if (ref.type === "metric") {
    const codes = ECONOMIC_TWINS[ref.key] ?? [];
    const names = ECONOMIC_TWIN_NAMES[ref.key] ?? [];
    const row = k.subjects.find(
      (subject) =>
        subject.scheme === "economic" &&
        (codes.includes(subject.code ?? "") || names.includes(subject.name)) &&
        (unit === undefined || subject.units.includes(unit)),
    );
    return row ? { type: "subject", code: row.code, name: row.name } : undefined;
  }
  if (ref.type !== "subject" || ref.column) return undefined;
  const key =
    Object.keys(ECONOMIC_TWINS).find((name) => ECONOMIC_TWINS[name].includes(ref.code ?? "")) ??
    Object.keys(ECONOMIC_TWIN_NAMES).find((name) => ECONOMIC_TWIN_NAMES[name].includes(ref.name ?? ""));
  return key ? { type: "metric", key } : undefined;
}

/** Equal to the fen: a 元 cell and a 万元 figure with two decimals print the same amount. */
const sameAmount = (a: Fact, b: Fact) =>
  money(a.value).toDecimalPlaces(2).eq(money(b.value).toDecimalPlaces(2));

/**
 * "<经济分类表>所列“公务接待费（30217）”为 X，与上面一致": the figure as the document's other
 * table prints it, said beside the answer, with why the two may differ.
 */
export function addEconomicTwin(
  k: Knowledge,
  b: DraftBuilder,
  scope: Scope,
  ref: MetricRef,
  want: Want,
  answered: Fact,
): void {
  const twin = economicTwin(k, ref, scope.unit);
  if (!twin) return;
  const fact = lookup(k, scope, twin, want).find((f) => f.docId === answered.docId);
  if (!fact || fact.id === answered.id || fact.measure !== answered.measure) return;
  const label = metricLabel(twin, k);
  const basicOnly = /基本支出/.test(`${fact.tableTitle ?? ""}${answered.tableTitle ?? ""}`);
  if (sameAmount(fact, answered)) {
    b.d.notes.push([`${sourcePlace(fact)}所列${label}为 `, b.fact(fact, label), "，与上面一致。"]);
    return;
  }
  b.d.notes.push([
    `${sourcePlace(fact)}所列${label}为 `,
    b.fact(fact, label),
    "，与上面相差 ",
    b.computed(gap(answered.value, fact.value, fact.measure), `两张表所列${label}之差`, [answered, fact]),
    basicOnly
      ? "：经济分类明细表只列基本支出，项目支出中的同类开支不在其中。"
      : "（两张表的统计口径不同，请以原文核对）。",
  ]);
}
