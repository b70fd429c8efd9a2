import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { factRatio } from "../calculator.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { addClassesAddedUp } from "./classes-added-up.js";
import { lookup, wantOf } from "./lookup.js";
import { SHARE_ASKED } from "./class-breakdown.js";
import { metricLabel, scopeLabel } from "./labels.js";

/** A figure asked by its economic classes ("按经济分类的大类分开列", "经济分类各类多少"). */
export const ECONOMIC_CLASSES_ASKED =
  /经济分类.{0,8}(?:大类|类级|按类|各类|每类|哪几类|几大类|类别|拆|分|构成|组成)|(?:按|分)经济分类|经济分类(?:的)?(?:情况|明细|结构)/;

/** The unit's economic classes (3-digit codes: 301 工资福利支出, 302 商品和服务支出 …). */
function economicClassesOf(k: Knowledge, unit: string): (MetricRef & { type: "subject" })[] {
  const seen = new Set<string>();
  return k.subjects
    .filter((s) => s.scheme === "economic" && s.code?.length === 3 && s.units.includes(unit))
    .filter((s) => !seen.has(s.code!) && !!seen.add(s.code!))
    .sort((a, b) => a.code!.localeCompare(b.code!))
    .map((s) => ({ type: "subject" as const, code: s.code, name: s.name }));
}

/**
 * A figure (基本支出, 支出合计) by economic class, each class read from the document's economic
 * classification table and cited; the classes' sum is set against the figure as the document
 * states it. Undefined when no class is printed for the unit.
 */
export function economicBreakdownOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft | undefined {
  const [asked] = plan.metrics;
  if (plan.metrics.length !== 1 || asked?.type !== "metric") return undefined;
  const b = new DraftBuilder();
  const label = metricLabel(asked, k);
  for (const scope of scopes) {
    const want = wantOf(plan, scope);
    const rows = economicClassesOf(k, scope.unit).flatMap((ref) => {
      const fact = lookup(k, scope, ref, want).find((f) => !!f.table);
      return fact && !money(fact.value).isZero() ? [{ ref, fact }] : [];
    });
    if (!rows.length) continue;
    const whole: Fact | undefined = lookup(k, scope, asked, want)[0];
    const line = [`${scopeLabel(scope)}${label}按经济分类（类）：`];
    if (!b.d.headline.length) b.d.headline = line;
    else b.d.bullets.push(line);
    for (const { ref, fact } of rows) {
      const name = metricLabel(ref, k);
      const share = whole && SHARE_ASKED.test(plan.question) ? factRatio(fact, whole) : undefined;
      b.d.bullets.push([
        `${name}：`,
        b.fact(fact, name),
        ...(share && whole ? ["，占 ", b.computed(share, `${name}占${label}比重`, [fact, whole])] : []),
      ]);
    }
    const agrees = addClassesAddedUp(
      b,
      label,
      rows.map((r) => r.fact),
      whole,
      `${label}各经济分类合计`,
    );
    if (whole && !agrees)
      b.d.notes.push([
        `各类之和与${label}不等：经济分类表常只列基本支出（人员经费和公用经费），项目支出中的同类开支不在表中。`,
      ]);
  }
  return b.d.headline.length ? b.build() : undefined;
}
