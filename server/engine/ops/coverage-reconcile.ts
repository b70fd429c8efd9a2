/**
 * "<部门>预算的<某项>，和<部门>本级、<所属单位>各自的决算对得上吗": a figure of a document that adds up a
 * body besides the unit itself, set against the figures that body and the unit publish apart.
 */
import type { DocumentInfo, Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference, gap, total } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { ownWant, selectFacts } from "../select-facts.js";
import { metricLabel, partsOf } from "./labels.js";
import { sumAgainstWhole } from "./sum-against-whole.js";

/** The asker wants the figures to add up to the whole ("对得上吗", "拆开来", "是不是加起来"). */
const RECONCILE_ASKED = /对得上|对不上|对上|能对|一致|吻合|相符|拆开|拆分|拆成|是不是.{0,8}加/;

/**
 * One document's figure of the kind the covering document states. A budget is set against the
 * budget the year began with: a final account's 年初预算, else the budget its narrative compares
 * with, not the 全年预算 (adjusted during the year) its tables print.
 */
function figureIn(
  k: Knowledge,
  doc: DocumentInfo,
  ref: MetricRef,
  want: "budget" | "actual",
): Fact | undefined {
  const found = selectFacts(k, doc, ref, want);
  if (want !== "budget" || doc.kind !== "决算") return found[0];
  return (
    selectFacts(k, doc, ref, "initial")[0] ??
    found.find((fact) => !fact.table && fact.basis === "预算") ??
    found.find((fact) => fact.basis !== "全年预算") ??
    found[0]
  );
}

interface Coverage {
  unit: string;
  body: string;
  covering: DocumentInfo;
  /** The body's own document of the year, and the unit's document that does not add it up. */
  bodyDoc: DocumentInfo;
  ownDoc?: DocumentInfo;
}

/** The unit whose document of the year adds up another unit asked, with the documents to read. */
function coverageAsked(k: Knowledge, scopes: Scope[]): Coverage | undefined {
  for (const scope of scopes) {
    const docs = k.docs(scope.unit, { year: scope.year });
    for (const other of scopes.filter((s) => s.unit !== scope.unit && s.year === scope.year)) {
      const covering = docs.find((doc) => doc.covers.includes(other.unit));
      const bodyDoc = covering && k.docs(other.unit, { year: scope.year })[0];
      if (!covering || !bodyDoc) continue;
      const ownDoc = docs.find((doc) => doc !== covering && !doc.covers.includes(other.unit));
      return { unit: scope.unit, body: other.unit, covering, bodyDoc, ownDoc };
    }
  }
  return undefined;
}

export function coverageReconcileOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): DraftBuilder | undefined {
  if (plan.metrics.length !== 1 || !RECONCILE_ASKED.test(plan.question)) return undefined;
  const coverage = coverageAsked(k, scopes);
  // The covering document's figure is the one asked about: its kind is named ("预算里的<某项>").
  if (!coverage || !plan.question.includes(coverage.covering.kind)) return undefined;
  const { unit, body, covering, bodyDoc, ownDoc } = coverage;
  const [ref] = plan.metrics;
  const want = ownWant(covering.kind);
  const whole = figureIn(k, covering, ref, want);
  const bodyWhole = figureIn(k, bodyDoc, ref, want);
  if (!whole || !bodyWhole || whole.measure !== bodyWhole.measure) return undefined;
  const label = metricLabel(ref, k);
  const b = new DraftBuilder();
  const year = covering.year;
  b.d.headline = [
    `${unit}${year}年度${covering.kind}文件所列${label} `,
    b.fact(whole, `${label}（${covering.kind}文件）`),
    ` 汇总的是本级和${covering.covers.join("、")}；${body}单独公开的${bodyDoc.kind}文件所列${label}${covering.kind === "预算" ? "预算" : ""} `,
    b.fact(bodyWhole, `${body}${label}`),
    `，扣除后${covering.covers.length > 1 ? "其余" : "本级"}为 `,
    b.computed(difference(whole.value, bodyWhole.value, whole.measure), `${unit}本级${label}`, [
      whole,
      bodyWhole,
    ]),
    "。",
  ];
  const rest = money(whole.value).minus(bodyWhole.value).toFixed();
  if (ownDoc)
    b.d.bullets.push(...ownParts(k, b, { ref, label, want, ownDoc, rest, unit, covering, bodyDoc, body }));
  return b;
}

/**
 * The unit's own document (not adding up the body) lists the parts: their sum set against the rest,
 * and each part of the covering document against the unit's and the body's parts added.
 */
function ownParts(
  k: Knowledge,
  b: DraftBuilder,
  a: {
    ref: MetricRef;
    label: string;
    want: "budget" | "actual";
    ownDoc: DocumentInfo;
    rest: string;
    unit: string;
    body: string;
    covering: DocumentInfo;
    bodyDoc: DocumentInfo;
  },
): Segment[][] {
  const parts = partsOf(a.ref);
  const own = parts.map((part) => figureIn(k, a.ownDoc, part, a.want));
  if (!parts.length || own.some((f) => !f)) return [];
  const ownFacts = own as Fact[];
  const sum = total(
    ownFacts.map((f) => f.value),
    ownFacts[0].measure,
  );
  const lines: Segment[][] = [
    [
      `${a.unit}${a.ownDoc.kind}文件（不含${a.body}）所列各项${a.want === "budget" ? "预算" : "数"}之和 `,
      b.computed(sum, `${a.unit}本级各项之和`, ownFacts),
      ...agreement(b, sum.value, a.rest, sum.measure, ownFacts),
    ],
  ];
  // The whole as the unit's final account prints it, when that is the budget adjusted during the year.
  const adjusted = selectFacts(k, a.ownDoc, a.ref, "budget").find((fact) => fact.basis === "全年预算");
  if (adjusted && !money(adjusted.value).eq(sum.value))
    lines.push([
      `${a.unit}${a.ownDoc.kind}文件所列${a.label}全年预算 `,
      b.fact(adjusted, `${a.unit}本级${a.label}全年预算`),
      "是年中调整后的预算，与上面年初各项预算之和相差 ",
      b.computed(gap(adjusted.value, sum.value, sum.measure), "全年预算与年初预算之差", [
        adjusted,
        ...ownFacts,
      ]),
      "。",
    ]);
  parts.forEach((part, i) => {
    const inCovering = figureIn(k, a.covering, part, a.want);
    const ofBody = figureIn(k, a.bodyDoc, part, a.want);
    if (!inCovering || !ofBody) return;
    const added = total([ownFacts[i].value, ofBody.value], inCovering.measure);
    const name = metricLabel(part, k);
    lines.push([
      `${name}：${a.covering.kind}文件 `,
      b.fact(inCovering, `${name}（${a.covering.kind}文件）`),
      `；${a.ownDoc.kind}文件 `,
      b.fact(ownFacts[i], `${a.unit}本级${name}`),
      ` ＋ ${a.body} `,
      b.fact(ofBody, `${a.body}${name}`),
      " = ",
      b.computed(added, `${name}${a.ownDoc.kind}文件与${a.body}之和`, [ownFacts[i], ofBody]),
      ...agreement(b, added.value, inCovering.value, added.measure, [ownFacts[i], ofBody, inCovering]),
    ]);
  });
  return lines;
}

/** "，一致。" or "，相差 X。" */
function agreement(b: DraftBuilder, value: string, other: string, measure: string, facts: Fact[]): Segment[] {
  return sumAgainstWhole(b, value, other, measure, facts, {
    same: "，一致。",
    apart: () => "，相差 ",
    label: "两者之差",
    end: "。",
  });
}
