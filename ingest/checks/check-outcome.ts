import { money, sum, withinRounding } from "../../lib/money.js";
import { asPrinted } from "../text/amount-unit.js";
import type { CheckKind, Fact, Warning } from "../schema.js";

/**
 * One evaluated check. `holds` is true when the figures agree exactly or within the printed
 * rounding, false when they do not, undefined when they are not comparable (different budget
 * bases); those are reported as warnings but not counted. Every disagreement, rounding included,
 * carries its warning: the document's warnings are the outcomes' warnings (and the misprinted cells two of them single out).
 */
export interface CheckOutcome {
  kind: CheckKind;
  holds?: boolean;
  factIds: string[];
  warning?: Warning;
}

export { withinRounding } from "../../lib/money.js";

/**
 * total = Σ parts. An identity where every figure is zero says nothing about the reading and is
 * not counted; neither is one without parts.
 */
export function sumCheck(
  kind: CheckKind,
  total: Fact,
  parts: Fact[],
  label: string,
): CheckOutcome | undefined {
  if (!parts.length) return undefined;
  const values = parts.map((p) => p.value);
  if (money(total.value).isZero() && values.every((v) => money(v).isZero())) return undefined;
  const computed = sum(values);
  const diff = money(total.value).minus(computed);
  const factIds = [total.id, ...parts.map((p) => p.id)];
  if (diff.isZero()) return { kind, holds: true, factIds };
  const rounding = withinRounding([total, ...parts].map(asPrinted), diff, parts.length);
  return {
    kind,
    holds: rounding,
    factIds,
    warning: {
      code: rounding ? "rounding" : "sum_mismatch",
      message: `${label}为${total.value}，其组成部分之和为${computed.toFixed()}（${values.join(" + ")}），相差${diff.toFixed()}`,
      factIds,
    },
  };
}

/** The same figure printed in two places. */
export function sameCheck(kind: CheckKind, a: Fact, b: Fact, label: string): CheckOutcome | undefined {
  if (money(a.value).isZero() && money(b.value).isZero()) return undefined;
  const diff = money(a.value).minus(b.value);
  const factIds = [a.id, b.id];
  if (diff.isZero()) return { kind, holds: true, factIds };
  const rounding = withinRounding([a, b].map(asPrinted), diff, 1);
  return {
    kind,
    holds: rounding,
    factIds,
    warning: {
      code: rounding ? "rounding" : "sum_mismatch",
      message: `${label}：${a.tableTitle ?? "说明"}为${a.value}，${b.tableTitle ?? "说明"}为${b.value}，相差${diff.toFixed()}`,
      factIds,
    },
  };
}

export function defined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
