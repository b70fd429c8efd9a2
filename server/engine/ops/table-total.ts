import type { Fact } from "../../../ingest/schema.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { TABLE_TOTAL_ASKED, TOTAL_ROW } from "../lexicon/table-inventory.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { scopeLabel } from "./labels.js";
import { plain } from "./table-names.js";

/**
 * "部门项目支出预算表合计多少？按资金来源…各多少": the total row of the one table the question names,
 * every figure of it with its column, each cited. Undefined when the question names no table of
 * the document, or several, or the table prints no total row.
 */
export async function tableTotalOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  if (!TABLE_TOTAL_ASKED.test(plan.question) || scopes.length !== 1) return undefined;
  const [scope] = scopes as [Scope];
  const report = (await k.store.documentInfo(scope.doc.docId))?.report;
  // The question must give the table's name whole ("部门项目支出预算表"), not only words its title
  // shares with others ("部门项目支出…").
  const asked = tableNameSaid(plan.question);
  const named = (report?.tables ?? [])
    .map((table) => ({ table, name: titleWords(table.title) }))
    .filter(({ name }) => name.length >= 4 && name.endsWith("表") && asked.endsWith(name));
  // The longest name said wins ("项目支出预算表" over the "支出预算表" inside it); two alike, none.
  const longest = Math.max(0, ...named.map(({ name }) => name.length));
  const chosen = named.filter(({ name }) => name.length === longest);
  if (chosen.length !== 1) return undefined;
  const table = chosen[0]!.table;
  const title = plain(table.title);
  await k.loadDocuments([scope.doc.docId]);
  const cells = k
    .factsOf(scope.doc.docId)
    .filter((fact) => fact.table && plain(fact.tableTitle ?? "") === title && TOTAL_ROW.test(fact.row));
  const row = cells.filter((fact) => fact.source.lines[0] === cells[0]?.source.lines[0]);
  if (!row.length) return undefined;
  return totalRowDraft(scope, table.title, row);
}

/** A title as people say it: no year, quotes, label or closing qualifier ("（按功能分类）"). */
const titleWords = (title: string) =>
  title
    .replace(/[“”"‘’'《》\s]/g, "")
    .replace(/\d{4}年度?/g, "")
    .replace(/^[^表]{0,8}?\d+(?:-\d+)?表/, "")
    .replace(/[（(].*$/, "");

/** The words the question says right before its "表" ("…部门项目支出预算表合计多少" → …预算表). */
function tableNameSaid(question: string): string {
  const said = /([\u4e00-\u9fa5“”"]+表)(?:里|中|上)?的?(?:合计|总计|总额|总数)/.exec(question);
  return said ? titleWords(said[1]!) : "";
}

function totalRowDraft(scope: Scope, title: string, row: Fact[]): Draft {
  const b = new DraftBuilder();
  b.d.headline = [`${scopeLabel(scope)}${title}${row[0]!.row.replace(/\s/g, "")}：`];
  for (const cell of row) b.d.bullets.push([`${cell.column}：`, b.fact(cell, `${title}${cell.column}`)]);
  return b.build();
}
