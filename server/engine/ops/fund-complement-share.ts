import type { Fact } from "../../../ingest/schema.js";
import { factFundScope } from "../../../ingest/domain/fund-scopes.js";
import { money } from "../../../lib/money.js";
import { difference, ratio, total, type Computed } from "../calculator.js";
import { DraftBuilder, type Draft, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { findMetrics } from "../find-metrics.js";
import {
  COMPLEMENT_WHOLES,
  FUND_PART_OF,
  NAMED_PARTS,
  NOT_OF_FUND,
  PART_SEPARATOR,
  SHARE_WORDS,
} from "../lexicon/fund-complements.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import type { Want } from "../select-facts.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { lookup, wantOf } from "./lookup.js";

/**
 * "<整体>里有多少比例不是<某资金>的钱": the whole (all funds) less the part the fund pays, and
 * that rest over the whole, both computed with their formulas from the two printed figures. Parts
 * the question names in brackets ("（<甲>加<乙>）") are added as a check; where the fund's part is
 * printed nowhere, they make the rest. Undefined unless one unit's whole and the fund's part of it
 * (or every named part) are printed.
 */
export function fundComplementOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft | undefined {
  const said = NOT_OF_FUND.exec(plan.question);
  const fund = said?.[1];
  const whole = COMPLEMENT_WHOLES.find((entry) => entry.words.test(plan.question))?.whole;
  if (!said || !fund || !whole || scopes.length !== 1 || !SHARE_WORDS.test(plan.question)) return undefined;
  const [scope] = scopes;
  const want = wantOf(plan, scope);
  const { all, part } = fundPartOf(k, scope, fund, whole, want);
  if (!all) return undefined;
  const named = namedParts(k, plan.question.slice(said.index + said[0].length), scope, want, all);
  const label = metricLabel({ type: "metric", key: whole });
  if (part) return complementDraft(scope, label, fund, all, part, named);
  // The fund's part is printed nowhere: the parts the question names make the rest.
  return named.length > 1 ? namedPartsDraft(scope, label, fund, all, named) : undefined;
}

/**
 * A whole of all funds and the part one fund pays of it, each as printed in one document: the part
 * only where it is another figure than the whole and no larger.
 */
export function fundPartOf(
  k: Knowledge,
  scope: Scope,
  fund: string,
  whole: string,
  want: Want,
): { all?: Fact; part?: Fact } {
  const where = FUND_PART_OF[fund]?.[whole];
  if (!where) return {};
  const wholes = lookup(k, scope, { type: "metric", key: whole }, want);
  const all = wholes.find((fact) => factFundScope(fact) === "all") ?? wholes[0];
  if (!all) return {};
  const part =
    "metric" in where
      ? lookup(k, scope, { type: "metric", key: where.metric }, want).find((fact) => fact.docId === all.docId)
      : "fundTotal" in where
        ? tableTotal(k, all, where.fundTotal)
        : wholes.find((fact) => factFundScope(fact) === "general");
  return part && part.id !== all.id && money(part.value).lte(all.value) ? { all, part } : { all };
}

/** A table's 合计 row, in its whole column, of the same basis as the figure it is set beside. */
function tableTotal(k: Knowledge, beside: Fact, table: string): Fact | undefined {
  return k
    .factsOf(beside.docId)
    .find(
      (fact) =>
        fact.table === table &&
        /^合\s*计$/.test(fact.row) &&
        !fact.period &&
        fact.basis === beside.basis &&
        fact.measure === beside.measure &&
        /(?:^| \/ )(?:合计|决算数|预算数)$/.test(fact.column),
    );
}

/** The parts named in brackets after the rest, each one fact of the whole's document; none unless all are. */
function namedParts(k: Knowledge, after: string, scope: Scope, want: Want, all: Fact): Fact[] {
  const names =
    NAMED_PARTS.exec(after)?.[1]
      .split(PART_SEPARATOR)
      .filter((name) => name.trim()) ?? [];
  const facts = names.map((name) => {
    const ref = findMetrics(k, name, [scope.unit]).refs[0];
    return ref && lookup(k, scope, ref, want).find((fact) => fact.docId === all.docId);
  });
  // Two names for one figure would count it twice: then no sum of named parts.
  const distinct = new Set(facts.map((fact) => fact?.id)).size === facts.length;
  return facts.length > 1 && distinct && facts.every((fact) => fact !== undefined) ? facts : [];
}

function complementDraft(
  scope: Scope,
  label: string,
  fund: string,
  all: Fact,
  part: Fact,
  named: Fact[],
): Draft {
  const b = new DraftBuilder();
  const rest = difference(all.value, part.value, all.measure);
  const share = ratio(rest.value, all.value);
  b.d.headline = [
    `${scopeLabel(scope)}${label}（全部资金）`,
    b.fact(all, `${label}（全部资金）`),
    `中，${fund}安排 `,
    b.fact(part, `${label}（${fund}）`),
    `，不是${fund}的部分为 `,
    b.computed(rest, `${label}中非${fund}部分`, [all, part]),
    ...(share ? ["，占 ", b.computed(share, `${label}中非${fund}部分占比`, [all, part])] : []),
    "。",
  ];
  // The parts the question names, added: they make that rest, or the answer says they do not.
  if (named.length > 1) {
    const sum = namedTotal(named, all.measure);
    const agrees = money(sum.value).eq(rest.value);
    b.line([
      "其中 ",
      ...namedList(b, named),
      "，合计 ",
      b.computed(sum, `${named.map((fact) => fact.row).join("、")}合计`, named),
      agrees ? "，与上面算出的部分相符。" : `，与上面算出的部分不一致（另有其他非${fund}的收支）。`,
    ]);
  }
  return b.build();
}

/** The rest as the sum of the parts the question names, and its share of the whole. */
function namedPartsDraft(scope: Scope, label: string, fund: string, all: Fact, named: Fact[]): Draft {
  const b = new DraftBuilder();
  const sum = namedTotal(named, all.measure);
  const share = ratio(sum.value, all.value);
  b.d.headline = [
    `${scopeLabel(scope)}${label}`,
    b.fact(all, label),
    `中，不是${fund}的 `,
    ...namedList(b, named),
    " 合计 ",
    b.computed(sum, `${label}中非${fund}部分`, named),
    ...(share ? ["，占 ", b.computed(share, `${label}中非${fund}部分占比`, [...named, all])] : []),
    "。",
  ];
  return b.build();
}

/** The named parts as the answer lists them: "甲 a、乙 b", each cited. */
function namedList(b: DraftBuilder, named: Fact[]): Segment[] {
  return named.flatMap((fact, i) => [...(i ? ["、"] : []), `${fact.row} `, b.fact(fact)]);
}

/** The named parts added up. */
function namedTotal(named: Fact[], measure: string): Computed {
  return total(
    named.map((fact) => fact.value),
    measure,
  );
}
