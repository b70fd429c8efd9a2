import type { Fact } from "../../../ingest/schema.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { projectOwnFact } from "./project-fact.js";

/** The scope attribute of a project's whole cost over its years (SCOPE_ATTRIBUTES). */
const INVESTMENT_ATTRIBUTE = "investment";
/** The column a project's stated total investment is read into (ingest/parse/project-investment.ts). */
const INVESTMENT_COLUMN = "项目总投资";

/** The project's stated total investment in one document, if a paragraph states it. */
function statedInvestment(k: Knowledge, scope: Scope, project: string): Fact | undefined {
  return projectOwnFact(
    k,
    scope.doc.docId,
    project,
    (fact) => fact.column === INVESTMENT_COLUMN && fact.rowPath?.length === 2,
  );
}

/**
 * "<某项目>总投资多少": the whole cost a paragraph on the project states ("项目总投资X万元"), with the
 * year's arrangement beside it when the documents give one. Undefined when no document of the scopes
 * states it: the scope check then refuses, naming the year's arrangement as the closest figure.
 */
export function projectInvestmentOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft | undefined {
  const project = plan.metrics.find((metric) => metric.type === "project");
  if (!plan.attributes.includes(INVESTMENT_ATTRIBUTE) || project?.type !== "project") return undefined;
  for (const scope of scopes) {
    const investment = statedInvestment(k, scope, project.name);
    if (!investment) continue;
    const year = lookup(k, scope, project, wantOf(plan, scope)).find(
      (fact) => fact !== investment && fact.measure === investment.measure,
    );
    const b = new DraftBuilder();
    b.d.headline = [
      `${scope.unit}${scope.year}年度${scope.doc.kind}写明，${investment.row}项目总投资 `,
      b.fact(investment, `${investment.row}项目总投资`),
      ...(year
        ? [`；${scope.year}年度安排 `, b.fact(year, `${investment.row}项目${scope.year}年度安排`)]
        : []),
      "。",
    ];
    b.d.notes.push([
      `总投资是项目各年合计的投入，不是当年的${scope.doc.kind === "预算" ? "预算安排" : "支出"}。`,
    ]);
    return b.build();
  }
  return undefined;
}
