import { money } from "../../../lib/money.js";
import { gap, total } from "../calculator.js";
import type { Fact } from "../../../ingest/schema.js";
import { SUM_CUE } from "../question-cues.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { classFigures, listsMostOf, partFigures, partsIn } from "./rank-parts.js";
import { statedParts } from "./project-parts.js";
import { onlyProjectNamesAsked } from "../project-question.js";

/** The column of a project's total as its explanation page states it before the split. */
const PLAN_TOTAL = "项目总预算";

/**
 * The project spending of one unit listed by the projects its document names, largest first,
 * each cited, with the total when stated; undefined when fewer than two projects carry an amount
 * (the caller answers with the figure itself).
 */
export function projectBreakdownOp(k: Knowledge, plan: QueryPlan, scope: Scope): DraftBuilder | undefined {
  const ref = plan.metrics[0];
  const want = wantOf(plan, scope);
  const projects = partsIn(k, scope, ref).filter((part) => part.type === "project");
  const rows = partFigures(k, scope, projects, want);
  if (rows.length < 2) return byClassBreakdown(k, plan, scope, rows);
  rows.sort((x, y) => money(y.fact.value).comparedTo(x.fact.value));
  const b = new DraftBuilder();
  const label = metricLabel(ref, k);
  const total = lookup(k, scope, ref, want)[0];
  b.d.headline = total
    ? [`${scopeLabel(scope)}${label}为 `, b.fact(total, label), "，文件列出的项目如下："]
    : [`${scopeLabel(scope)}文件列出的项目如下：`];
  const listsMost = listsMostOf(
    k,
    scope,
    ref,
    want,
    rows.map((r) => r.fact),
  );
  if (!listsMost)
    b.d.notes.push(["文件只逐项说明了部分项目：列出的项目合计明显小于项目支出总额，其余项目未逐项列出。"]);
  for (const { part, fact } of rows.slice(0, 12)) {
    const name = metricLabel(part, k);
    // Final accounts: the budget the same document states for the project, beside what was spent.
    const budget =
      want === "actual" ? lookup(k, scope, part, "initial").find((f) => f.docId === fact.docId) : undefined;
    b.d.bullets.push([
      `${name}：`,
      b.fact(fact, name),
      ...(budget && budget.measure === fact.measure
        ? ["（年初预算 ", b.fact(budget, `${name}（年初预算）`), "）"]
        : []),
    ]);
  }
  if (rows.length > 12) b.d.notes.push(["只列出前十二项，其余从略。"]);
  // Every project listed: they should make the total, and whether they do is said (a table and the
  // narrative may round apart).
  else if (SUM_CUE.test(plan.question) || (listsMost && total)) addListedSum(b, rows, total);
  return b;
}

/** "几个项目加起来": the listed projects' sum, and how far it is from the printed total. */
function addListedSum(
  b: DraftBuilder,
  rows: ReturnType<typeof partFigures>,
  printed: Fact | undefined,
): void {
  const facts = rows.map((row) => row.fact);
  const sum = total(
    facts.map((fact) => fact.value),
    facts[0].measure,
  );
  b.d.bullets.push(["列出的项目合计 ", b.computed(sum, "列出的项目合计", facts), "。"]);
  if (!printed || money(printed.value).eq(sum.value)) return;
  b.d.notes.push([
    "列出的项目合计与项目支出总额相差 ",
    b.computed(gap(sum.value, printed.value, printed.measure), "列出的项目合计与总额之差", [
      ...facts,
      printed,
    ]),
    "，为各项四舍五入的尾差或未列出的项目。",
  ]);
}

/**
 * Project spending not listed project by project: its column in the functional 款 rows, largest
 * first, with the one project the document explains (if any) named; undefined when fewer than two
 * rows carry it.
 */
function byClassBreakdown(
  k: Knowledge,
  plan: QueryPlan,
  scope: Scope,
  explained: ReturnType<typeof partFigures>,
): DraftBuilder | undefined {
  const ref = plan.metrics[0];
  const want = wantOf(plan, scope);
  const label = metricLabel(ref, k);
  const total = lookup(k, scope, ref, want)[0];
  // Names asked and none printed: no class row stands for a project's name.
  if (onlyProjectNamesAsked(plan.question) && !explained.length) return namesNotListed(scope, label, total);
  const rows = classFigures(k, scope, ref, want);
  if (rows.length < 2) return undefined;
  rows.sort((x, y) => money(y.fact.value).comparedTo(x.fact.value));
  const b = new DraftBuilder();
  b.d.headline = [
    `${scopeLabel(scope)}${label}`,
    ...(total ? ["为 ", b.fact(total, label)] : []),
    "，文件未逐项列出全部项目，按功能分类科目分布如下：",
  ];
  for (const { part, fact } of rows.slice(0, 12))
    b.d.bullets.push([`${metricLabel(part, k)}：`, b.fact(fact, metricLabel(part, k))]);
  for (const { part, fact } of explained)
    b.d.notes.push([
      `文件单独说明的项目：${metricLabel(part, k)} `,
      b.fact(fact, metricLabel(part, k)),
      "。",
    ]);
  return b;
}

/** "这几个项目叫什么" of a document that names none: refused, the project spending named as closest. */
function namesNotListed(scope: Scope, label: string, total: Fact | undefined): DraftBuilder {
  const b = new DraftBuilder();
  b.d.status = "not_found";
  b.d.headline = [
    `${scopeLabel(scope)}文件没有逐项列出项目名称`,
    ...(total ? ["；最接近的公开数字是", label, " ", b.fact(total, label)] : []),
    "。",
  ];
  return b;
}

/**
 * How a named project's money is split when its document says so ("项目总预算X，其中甲a、乙b…"):
 * the project's amount and each part, cited to the sentence; undefined when no split is stated.
 */
export function projectPartsOp(k: Knowledge, plan: QueryPlan, scope: Scope): DraftBuilder | undefined {
  const ref = plan.metrics[0];
  if (ref.type !== "project") return undefined;
  const names = new Set(k.projectVariants(ref.name));
  const parts = statedParts(k, scope, ref.name);
  if (parts.length < 2) return undefined;
  const b = new DraftBuilder();
  const label = metricLabel(ref, k);
  // The total the split's own sentence states ("项目总预算"), else the project's budget row.
  const stated = k
    .factsOf(scope.doc.docId)
    .find((f) => f.rowPath?.length === 2 && names.has(f.row) && f.column === PLAN_TOTAL);
  const whole = stated ?? lookup(k, scope, ref, wantOf(plan, scope))[0];
  // No total stated ("第一季度用款计划…" only): the parts added, the formula shown.
  const sum = whole
    ? undefined
    : total(
        parts.map((f) => f.value),
        parts[0].measure,
      );
  b.d.headline = whole
    ? [
        `${scopeLabel(scope)}${label}`,
        `${whole === stated ? "总预算" : ""}为 `,
        b.fact(whole, label),
        "，文件列明的安排如下：",
      ]
    : [
        `${scopeLabel(scope)}${label}文件列明的安排合计 `,
        b.computed(sum!, `${label}合计`, parts),
        "，各项如下：",
      ];
  for (const f of parts) b.d.bullets.push([`${f.row}：`, b.fact(f, `${label}：${f.row}`)]);
  return b;
}
