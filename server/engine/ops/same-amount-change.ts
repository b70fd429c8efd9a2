import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import type { Knowledge } from "../knowledge.js";
import { OTHER_SIDE_KIN, TOTAL_KIN } from "../lexicon/total-kin.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import type { Want } from "../select-facts.js";
import { lookup } from "./lookup.js";

export interface KinChange {
  ref: MetricRef;
  /** The kin figure's amount this year: the same as the asked one's. */
  current: Fact;
  stated: Fact[];
  /** A total of the other side (income for spending): said beside a kin, never instead of one. */
  otherSide: boolean;
}

/** The change on last year a document states for a figure: its amount, then its rate (those stated). */
export function statedChange(k: Knowledge, scope: Scope, ref: MetricRef): Fact[] {
  return [lookup(k, scope, ref, "yoy_amount")[0], lookup(k, scope, ref, "yoy_rate")[0]].filter(
    (f): f is Fact => !!f,
  );
}

/**
 * The changes on last year a document states for other figures of the same amount this year (an
 * overall total's change quoted for another total of the same amount, lexicon/total-kin.ts), in
 * the lexicon's order, the other side's last: a budget may state its income's change on last
 * year's actual and its spending's on last year's budget. Said as the kin figure's, never as the
 * asked one's.
 */
export function sameAmountChanges(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  current: Fact,
  want: Want,
): KinChange[] {
  if (ref.type === "subject") return fundWholeChanges(k, scope, ref, current, want);
  if (ref.type !== "metric") return [];
  const other = new Set(OTHER_SIDE_KIN[ref.key] ?? []);
  return [...(TOTAL_KIN[ref.key] ?? []), ...other].flatMap((key): KinChange[] => {
    const kin: MetricRef = { type: "metric", key };
    const stated = statedChange(k, scope, kin);
    if (!stated.length) return [];
    const same = lookup(k, scope, kin, want)[0];
    return same && money(same.value).eq(current.value)
      ? [{ ref: kin, current: same, stated, otherSide: other.has(key) }]
      : [];
  });
}

/** A fund whose own table lists only a few rows, by its table's title, and its spending total. */
const FUND_TABLE_KIN: readonly { title: RegExp; key: string }[] = [
  { title: /政府性基金/, key: "政府性基金预算财政拨款支出" },
  { title: /国有资本经营/, key: "国有资本经营预算财政拨款支出" },
];

/**
 * A row of a fund's own table that is all of that fund's spending ("全部为<某项>支出"): the change the
 * document states for the fund's spending, said as the fund's.
 */
function fundWholeChanges(
  k: Knowledge,
  scope: Scope,
  ref: Extract<MetricRef, { type: "subject" }>,
  current: Fact,
  want: Want,
): KinChange[] {
  const inFundTable = (title: RegExp) =>
    k.factsOf(scope.doc.docId).some((fact) => fact.rowCode === ref.code && title.test(fact.tableTitle ?? ""));
  return FUND_TABLE_KIN.filter((fund) => !!ref.code && inFundTable(fund.title)).flatMap(
    (fund): KinChange[] => {
      const kin: MetricRef = { type: "metric", key: fund.key };
      const stated = statedChange(k, scope, kin);
      const same = stated.length ? lookup(k, scope, kin, want)[0] : undefined;
      return same && money(same.value).eq(current.value)
        ? [{ ref: kin, current: same, stated, otherSide: false }]
        : [];
    },
  );
}
