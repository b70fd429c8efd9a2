import { matchKey } from "../../../ingest/text/normalize-text.js";
import { money } from "../../../lib/money.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { ownWant } from "../select-facts.js";
import { lookup } from "./lookup.js";

/** A generic tail that both classifications add to the same expense's name ("…缴费支出"). */
const GENERIC_TAIL = /(支出|费用)$/;

/** Shorter cores match too much ("工资" is in many rows): only a distinctive name is followed. */
const MIN_CORE = 4;

const core = (name: string) => matchKey(name).replace(GENERIC_TAIL, "");

/**
 * The same expense in the unit's other classification: an economic row (职业年金缴费) and the
 * functional row that holds it (机关事业单位职业年金缴费支出), when one name contains the other's core.
 * The narrative states budget and actual by functional row, the tables often by economic row only.
 */
export function counterparts(k: Knowledge, ref: MetricRef, unit: string): MetricRef[] {
  if (ref.type !== "subject" || !ref.name) return [];
  const own = k.subjects.find((s) => s.code === ref.code && s.name === ref.name);
  const name = core(ref.name);
  if (!own) return [];
  const coded = new Set(COUNTERPART_CODES[own.code ?? ""] ?? []);
  return k.subjects
    .filter((s) => s.scheme !== own.scheme && s.units.includes(unit) && s.code)
    .filter((s) => {
      if (coded.has(s.code!)) return true;
      const other = core(s.name);
      return (
        name.length >= MIN_CORE && other.length >= MIN_CORE && (other.includes(name) || name.includes(other))
      );
    })
    .map((s) => ({ type: "subject", code: s.code, name: s.name }));
}

/**
 * Economic rows and the functional rows that hold the same expense under other names (the
 * 2024 functional classification): medical insurance is paid under 行政单位医疗 / 事业单位医疗 /
 * 公务员医疗补助. Rows whose names contain each other need no entry.
 */
const COUNTERPART_CODES: Readonly<Record<string, readonly string[]>> = {
  "30110": ["2101101", "2101102", "2101103"],
  "30111": ["2101103"],
};

/**
 * The functional subject a project is the whole of: the project's row prints the subject's code
 * and the same amount ("征地和拆迁补偿 2120801 1260.00" beside "2120801 征地和拆迁补偿支出
 * 1260.00"), so what the narrative states of the subject is the project's.
 */
export function subjectOfWholeProject(k: Knowledge, scope: Scope, ref: MetricRef): MetricRef | undefined {
  if (ref.type !== "project") return undefined;
  const want = ownWant(scope.doc.kind);
  const project = lookup(k, scope, ref, want)[0];
  const code = project?.rowCode;
  const subject = code ? k.subjects.find((s) => s.code === code && s.units.includes(scope.unit)) : undefined;
  if (!project || !subject) return undefined;
  const asSubject: MetricRef = { type: "subject", code: subject.code, name: subject.name };
  const whole = lookup(k, scope, asSubject, want)[0];
  return whole && money(whole.value).eq(project.value) ? asSubject : undefined;
}

/**
 * A budget's income and spending totals that balance: when the year's two figures are equal, the
 * narrative's comparison of one with last year's budget is the other's too (a budget balances
 * every year). Pairs are metric keys, both ways.
 */
const BALANCED_TWINS: Readonly<Record<string, string>> = {
  收入合计: "支出合计",
  支出合计: "收入合计",
  财政拨款收入: "财政拨款支出",
  财政拨款支出: "财政拨款收入",
};

/** The balancing twin of a budget total with the same amount this year, or undefined. */
export function balancedTwin(k: Knowledge, scope: Scope, ref: MetricRef): MetricRef | undefined {
  const key = ref.type === "metric" ? BALANCED_TWINS[ref.key] : undefined;
  if (!key || scope.doc.kind !== "预算" || scope.previousYear) return undefined;
  const twin: MetricRef = { type: "metric", key };
  const [own] = lookup(k, scope, ref, "budget");
  const [other] = lookup(k, scope, twin, "budget");
  return own && other && money(own.value).eq(other.value) ? twin : undefined;
}
