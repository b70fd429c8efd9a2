import type { Fact } from "../../../ingest/schema.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { closestFigure } from "./closest.js";
import { scopeLabel } from "./labels.js";
import { projectOwnFact } from "./project-fact.js";
import { isScore } from "./quote-fact.js";

/** A project's own self-evaluation form, and the row and column that give its score. */
const PROJECT_FORM = /项目支出绩效自评表/;
const TOTAL_ROW = /^总分$/;
/** (A score's column may carry its grade: "得分（评价等级“优”）".) */
const SCORE_COLUMN = /得分(?:[（(][^（()）]*[)）])?$/;
/** A score asked beside another figure ("执行率和得分"). */
const SCORE_ASKED = /得分|几分|多少分|评分|打分/;

/**
 * What a project's own form says of its result, in the order said: the year's money, what was
 * spent, the rate, the score.
 */
export const FORM_RESULT: readonly { row: RegExp; column: RegExp; label: string }[] = [
  { row: /^年度资金总额$/, column: /全年预算数$/, label: "全年预算数" },
  { row: /^年度资金总额$/, column: /全年执行数$/, label: "全年执行数" },
  { row: /^年度资金总额$/, column: /执行率$/, label: "执行率" },
  { row: TOTAL_ROW, column: SCORE_COLUMN, label: "绩效自评得分" },
];

/** The facts of the project's own self-evaluation form: the form that names the project. */
function formOf(k: Knowledge, docId: string, project: string): Fact[] {
  const facts = k.factsOf(docId).filter((f) => f.table && PROJECT_FORM.test(f.tableTitle ?? ""));
  const names = new Set(k.projectVariants(project));
  const forms = new Set(
    facts
      .filter(
        (f) =>
          names.has(f.row) ||
          (f.rowPath ?? []).some((p) => names.has(p)) ||
          [...names].some((n) => f.column.includes(n)),
      )
      .map((f) => f.table),
  );
  return facts.filter((f) => forms.has(f.table));
}

/**
 * The project's score: the 总分 of its own form, or the score a paragraph on the project's
 * self-evaluation states ("<某工程>项目绩效自评综述：…项目自评得分<n>分", read as that project's).
 */
const scoreOnForm = (k: Knowledge, docId: string, project: string) =>
  formOf(k, docId, project).find((f) => TOTAL_ROW.test(f.row) && SCORE_COLUMN.test(f.column)) ??
  statedScore(k, docId, project);

function statedScore(k: Knowledge, docId: string, project: string): Fact | undefined {
  return projectOwnFact(
    k,
    docId,
    project,
    (fact) => !fact.table && fact.measure === "分" && SCORE_COLUMN.test(fact.column),
  );
}

/** The figures of FORM_RESULT the project's own form gives, in the first scope whose documents have one. */
export function projectResult(
  k: Knowledge,
  scopes: Scope[],
  project: string,
): { label: string; fact: Fact }[] {
  for (const scope of scopes)
    for (const doc of k.docs(scope.unit, { year: scope.year })) {
      const form = formOf(k, doc.docId, project);
      const said = FORM_RESULT.flatMap(({ row, column, label }) => {
        const fact = form.find((f) => row.test(f.row) && column.test(f.column));
        return fact ? [{ label, fact }] : [];
      });
      if (said.length) return said;
    }
  return [];
}

/** The project's score on its own form, in the first scope whose documents have one. */
function projectScore(
  k: Knowledge,
  scopes: Scope[],
  project: string,
): { scope: Scope; score: Fact } | undefined {
  for (const scope of scopes)
    for (const doc of k.docs(scope.unit, { year: scope.year })) {
      const score = scoreOnForm(k, doc.docId, project);
      if (score) return { scope, score };
    }
  return undefined;
}

/**
 * "<某项目>自评得了几分": the 总分 its own 项目支出绩效自评表 gives, never the department's score. A
 * project with no form of its own is refused, naming the department's score as the closest.
 */
export function projectScoreOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft | undefined {
  const project = plan.metrics.find((m) => m.type === "project");
  if (project?.type !== "project" || !plan.metrics.some(isScore)) return undefined;
  const found = projectScore(k, scopes, project.name);
  if (!found)
    return closestFigure(k, { ...plan, metrics: plan.metrics.filter(isScore) }, scopes, {
      lacking: `“${project.name}”的绩效自评得分`,
    });
  const b = new DraftBuilder();
  b.d.headline = [
    `${scopeLabel(found.scope)}${projectLabel(project.name)}绩效自评得分为 `,
    b.fact(found.score, "项目绩效自评得分"),
    "。",
  ];
  return b.build();
}

/** "某专项" and "某项目" name a project already; other names get "项目". */
export const projectLabel = (name: string) => (/(?:项目|专项|工程)$/.test(name) ? name : `${name}项目`);

/** "<某项目>执行率和得分": the project's own score said after the computed figures. */
export function addProjectScore(k: Knowledge, plan: QueryPlan, scopes: Scope[], draft: Draft): void {
  const project = plan.metrics.find((m) => m.type === "project");
  if (project?.type !== "project" || draft.status !== "answered" || !SCORE_ASKED.test(plan.question)) return;
  const found = projectScore(k, scopes, project.name);
  if (!found) return;
  const b = new DraftBuilder(draft);
  b.d.bullets.push([
    `${projectLabel(project.name)}绩效自评得分 `,
    b.fact(found.score, "项目绩效自评得分"),
    "。",
  ]);
}
