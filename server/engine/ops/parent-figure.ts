import type { Fact } from "../../../ingest/schema.js";
import { DraftBuilder, type Draft } from "../draft.js";
import { ratio, total } from "../calculator.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { loadFacts } from "../load-facts.js";
import { columnLeaf, metricLabel, scopeLabel, wantLabel } from "./labels.js";
import { lookup, wantOf } from "./lookup.js";
import { bodyProjectsOp } from "./body-projects.js";
import { PERSONAL_ATTRIBUTES } from "../lexicon/scope-attributes.js";
import { OWN_WHOLE_ASKED, PARENT_WHOLE_ASKED, SUM_OF_BODIES_ASKED } from "../lexicon/body-rows.js";
import {
  balancedBudgetTotal,
  cellOf,
  ownRow,
  ownRowHolds,
  rowCellsSaid,
  rowTotal,
  tableNameOf,
  tableTotalOf,
} from "./own-row.js";

/**
 * A subordinate body that publishes nothing of its own, asked for a figure: the refusal names the
 * closest disclosed one, its parent's (whose consolidated documents include it), said to be the
 * parent's. The answer stays not_found.
 */
export async function withParentFigure(
  k: Knowledge,
  plan: QueryPlan,
  refusal: Draft,
  parents: Scope[],
): Promise<Draft> {
  // A person asked about (a post's holder, "his" pay): the refusal alone.
  if (plan.attributes.some((attribute) => PERSONAL_ATTRIBUTES.has(attribute))) return refusal;
  const scope = parents[0];
  const ref = plan.metrics[0];
  if (scope) await loadFacts(k, plan, [scope]);
  const own = scope && ref ? ownRow(k, scope, plan.units[0], ref) : [];
  // A share of its own whole asked ("<下属单位>的预算里项目支出占多大比例"): its row, not its projects.
  const ownShare = plan.operation === "share" && !!ref && own.some((cell) => ownRowHolds(ref, cell));
  // Its projects, where the parent's project table lists them by the body that carries them.
  const projects = scope && !ownShare ? await bodyProjectsOp(k, plan, scope, plan.units[0]) : undefined;
  if (projects) return projects;
  if (!ref || !scope) return refusal;
  const want = wantOf(plan, scope);
  const fact = lookup(k, scope, ref, want)[0];
  // "<甲>和<乙>…合计多少": several subordinates asked, each its own row, never one of them alone.
  const several = severalBodiesAnswer(k, plan, scope, ref);
  if (several) return several;
  if (!fact && !own.length) return refusal;
  const b = new DraftBuilder();
  const label = metricLabel(ref, k);
  // The parent's table of the figure lists the body's own row (部门收入预算表 by body): disclosed.
  const body = plan.units[0];
  if (body && own.some((cell) => ownRowHolds(ref, cell))) {
    // "<下属单位>的<某费>占全局的几成": its row's cell of that figure over the department's figure.
    // "<下属单位>的项目支出占它总支出的比例", or no whole named: two cells of its own row.
    if (plan.operation === "share") {
      // (The department named beside it, "<下属单位>在<部门>预算里占多少", is the whole too.)
      const parentAsked = PARENT_WHOLE_ASKED.test(plan.question) || plan.units.includes(scope.unit);
      // (One part named with no whole, and not of the department: of its own row's total.)
      const ofOwn = OWN_WHOLE_ASKED.test(plan.question) || (plan.metrics.length === 1 && !parentAsked);
      const within = ofOwn
        ? shareWithinRow(b, body, own, [ref, { type: "metric", key: "合计" }])
        : shareWithinRow(b, body, own, plan.metrics);
      if (!within && fact && plan.metrics.length === 1 && parentAsked)
        shareOfParent(
          b,
          scope,
          body,
          cellOf(own, ref) ?? own,
          tableTotalOf(k, cellOf(own, ref) ?? own) ?? fact,
          label,
        );
    }
    const answered = ownRowAnswer(b, scope, body, own);
    if (own.some((cell) => balancedBudgetTotal(ref, cell)))
      answered.notes.push([`预算收支平衡：${body}收入预算的合计（含上年结转）即其预算总额。`]);
    // Another subordinate asked beside it, without a row of the figure: said, never dropped.
    const others = plan.units.filter((unit) => unit !== body && !k.docs(unit).length);
    if (others.length)
      answered.notes.push([`${others.join("、")}没有单独公开的文件，表中也没有单列它的这项数字。`]);
    return answered;
  }
  b.d.status = "not_found";
  b.d.headline = [...refusal.headline];
  // Its own row in a table of the parent's (a project list by the bodies that carry the projects).
  if (own.length)
    b.d.bullets.push([
      `${scopeLabel(scope)}${tableNameOf(own[0])}中列有${plan.units[0]}一行：`,
      ...rowCellsSaid(b, own, plan.units[0]!),
      "。",
    ]);
  if (fact)
    b.d.bullets.push([
      `最接近的公开数字是${scopeLabel(scope)}${label}${wantLabel(want, fact, label)} `,
      b.fact(fact, `${scope.unit}${label}`),
      `（这是${scope.unit}的数字，不是所问单位单独的数字）。`,
    ]);
  return b.build();
}

/** "<下属单位>的项目支出占它总支出的 x%（a ÷ b）": one cell of its row over another; false when the row has not both. */
function shareWithinRow(b: DraftBuilder, body: string, own: Fact[], metrics: MetricRef[]): boolean {
  if (metrics.length !== 2) return false;
  const [part, whole] = metrics.map((ref) => cellOf(own, ref));
  const share = part && whole && part !== whole ? ratio(part.value, whole.value) : undefined;
  if (!share || !part || !whole) return false;
  b.d.bullets.push([
    `${body}${columnLeaf(part.column)}占其${columnLeaf(whole.column)}的 `,
    b.computed(share, `${body}${part.column}占比`, [part, whole]),
    "。",
  ]);
  return true;
}

/** "<下属单位>占<上级><某费>的 x%（a ÷ b）": the row's cell of that figure (else its total) over the department's. */
function shareOfParent(
  b: DraftBuilder,
  scope: Scope,
  body: string,
  /** The row's cell of the figure asked, or the whole row (its total is then the part). */
  own: Fact | Fact[],
  whole: Fact,
  label: string,
): void {
  const part = rowTotal(own);
  const share = ratio(part.value, whole.value);
  if (!share || part.measure !== whole.measure) return;
  b.d.bullets.push([
    `${body}占${scope.unit}${label}的 `,
    b.computed(share, `${body}占${label}的比例`, [part, whole]),
    `（${scope.unit}${label} `,
    b.fact(whole, `${scope.unit}${label}`),
    "）。",
  ]);
}

/** "<下属单位>在<上级>的<某表>中列为：合计 A，…": the body's row, answered and cited. */
function ownRowAnswer(b: DraftBuilder, scope: Scope, name: string, own: Fact[]): Draft {
  b.d.headline = [
    `${name}的数字列在${scopeLabel(scope)}${tableNameOf(own[0])}中：`,
    ...rowCellsSaid(b, own, name),
    "。",
  ];
  b.d.notes.push([`${name}没有单独公开的文件；以上是${scope.unit}${scope.doc.kind}表中该单位所在的一行。`]);
  return b.build();
}

/**
 * Several subordinates that publish nothing, asked together ("一中和二中的支出", "…加起来"): each one's
 * cell of the figure in its row of the parent's table, and their sum when a total is asked.
 * Undefined unless every one of them has such a row.
 */
function severalBodiesAnswer(k: Knowledge, plan: QueryPlan, scope: Scope, ref: MetricRef): Draft | undefined {
  const bodies = plan.units.filter((unit) => !k.docs(unit).length);
  if (bodies.length < 2) return undefined;
  const cells = bodies.map((body) => {
    const own = ownRow(k, scope, body, ref);
    return own.some((cell) => ownRowHolds(ref, cell)) ? cellOf(own, ref) : undefined;
  });
  if (cells.some((cell) => !cell)) return undefined;
  const held = cells as Fact[];
  const b = new DraftBuilder();
  b.d.headline = [`${bodies.join("、")}的数字列在${scopeLabel(scope)}${tableNameOf(held[0])}中：`];
  held.forEach((cell, i) =>
    b.d.bullets.push([`${bodies[i]} ${cell.column} `, b.fact(cell, `${bodies[i]}${cell.column}`), "。"]),
  );
  const measures = new Set(held.map((cell) => cell.measure));
  if ((plan.operation === "sum" || SUM_OF_BODIES_ASKED.test(plan.question)) && measures.size === 1) {
    const sum = total(
      held.map((cell) => cell.value),
      held[0].measure,
    );
    b.d.bullets.push(["合计 ", b.computed(sum, `${bodies.join("、")}合计`, held), "。"]);
  }
  b.d.notes.push([`这些单位没有单独公开的文件；以上是${scope.unit}${scope.doc.kind}表中各单位所在的行。`]);
  return b.build();
}
