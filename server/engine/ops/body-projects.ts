import { bodyKey, PROJECT_AMOUNT_COLUMN, TOTAL_ROW } from "../../../ingest/domain/project-tables.js";
import type { Fact } from "../../../ingest/schema.js";
import { matchKey } from "../../../ingest/text/normalize-text.js";
import { money } from "../../../lib/money.js";
import { total } from "../calculator.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { columnLeaf, scopeLabel } from "./labels.js";
import { untitledYear } from "../select-facts.js";
import { BY_BODY_ASKED } from "../lexicon/body-rows.js";
import { againstPrintedTotal } from "./printed-total.js";
import { PROJECT_SPENDING_KEY } from "../lexicon/project-list.js";

/** A question about a body's projects or their money ("有哪些项目", "几个项目加起来", "项目支出"). */
const PROJECTS_ASKED = /项目/;

/** A figure asked beside the projects ("扣掉项目支出后基本支出多少"): the projects are not the answer. */
function asksOtherFigure(plan: QueryPlan): boolean {
  return plan.metrics.some((ref) => ref.type === "metric" && ref.key !== PROJECT_SPENDING_KEY);
}

/** The column of a project table holding each row's whole amount (a grid of projects: its money column). */
const WHOLE_COLUMN = /(?:^| \/ )(?:合计|金额|小计|预算数|本年预算)$/;
const isWholeColumn = (column: string) =>
  WHOLE_COLUMN.test(column) || PROJECT_AMOUNT_COLUMN.test(columnLeaf(column));

/** Of a row's cells, the first in its whole column (a header read apart may repeat "合计" below groups). */
function firstWholePerRow(cells: Fact[]): Fact[] {
  const seen = new Set<string>();
  return cells.filter((f) => {
    const key = `${f.table}|${f.source.lines[0]}|${f.row}`;
    return isWholeColumn(f.column) && !seen.has(key) && !!seen.add(key);
  });
}

/** One body's rows of the parent's project tables: its projects, and its own subtotal row if printed. */
function rowsOfBody(
  k: Knowledge,
  scope: Scope,
  body: string,
): { projects: Fact[]; subtotal?: Fact; parts: (project: Fact) => Fact[] } {
  const key = matchKey(bodyKey(body));
  const cells = k.factsOf(scope.doc.docId).filter((f) => !!f.body && matchKey(bodyKey(f.body)) === key);
  const rows = firstWholePerRow(cells);
  const isOwn = (f: Fact) => matchKey(bodyKey(f.row)) === key;
  // The row's other amounts: where its money comes from (财政拨款 / 一般公共预算, 单位资金 …).
  const parts = (project: Fact) =>
    cells.filter(
      (f) =>
        f.source.lines[0] === project.source.lines[0] &&
        f.row === project.row &&
        f !== project &&
        f.measure === project.measure &&
        !money(f.value).isZero(),
    );
  return { projects: rows.filter((f) => !isOwn(f)), subtotal: rows.find(isOwn), parts };
}

/**
 * A subordinate that publishes nothing of its own, asked about its projects, when the parent's
 * project table lists projects by the body that carries them: that body's projects, each cited,
 * and their sum (set against the body's printed subtotal when the table prints one).
 */
export async function bodyProjectsOp(
  k: Knowledge,
  plan: QueryPlan,
  parent: Scope,
  body: string | undefined,
): Promise<Draft | undefined> {
  if (!body || !PROJECTS_ASKED.test(plan.question) || asksOtherFigure(plan)) return undefined;
  await k.loadDocuments([parent.doc.docId]);
  const { projects, subtotal, parts } = rowsOfBody(k, parent, body);
  if (!projects.length) return undefined;
  const b = new DraftBuilder();
  const table = ownTableName(projects[0], parent.unit);
  b.d.headline = [`${body}没有单独公开的文件；${scopeLabel(parent)}的${table}按单位列出了它名下的项目：`];
  for (const project of projects) {
    const sources = parts(project).flatMap((part, i) => [
      i ? "，" : "",
      `${part.column} `,
      b.fact(part, `${project.row}${part.column}`),
    ]);
    b.d.bullets.push([
      `${project.row}：`,
      b.fact(project, project.row),
      ...(sources.length ? ["（", ...sources, "）"] : []),
    ]);
  }
  if (projects.length > 1) addSum(b, body, projects, subtotal);
  else if (subtotal && !money(subtotal.value).eq(projects[0].value))
    b.d.notes.push([
      "表中该单位小计为 ",
      b.fact(subtotal, `${body}小计`),
      "，与其项目金额不一致（请以原文核对）。",
    ]);
  b.d.notes.push([`以上是${parent.unit}部门预算中列在${body}名下的项目，不是${body}的全部收支。`]);
  return b.build();
}

/** The table's title as the answer names it after its unit and year ("<单位><年>年项目表" → 项目表). */
const ownTableName = (fact: Fact, unit: string) =>
  untitledYear(untitledYear(fact.tableTitle ?? "项目表").replace(unit, "")) || "项目表";

/** The projects added up, set against the body's printed subtotal when the table prints one. */
function addSum(b: DraftBuilder, body: string, projects: Fact[], subtotal: Fact | undefined): void {
  const sum = addedUp(projects);
  const line = [`${body}的项目合计 `, b.computed(sum, `${body}项目合计`, projects)];
  if (subtotal && money(subtotal.value).eq(sum.value))
    line.push("，与表中该单位小计 ", b.fact(subtotal, `${body}小计`), " 相符");
  else if (subtotal)
    line.push("，表中该单位小计为 ", b.fact(subtotal, `${body}小计`), "，与逐项相加不一致（请以原文核对）");
  b.d.bullets.push([...line, "。"]);
}

/**
 * "项目支出按单位分各是多少": where the project table lists projects by the body that carries them,
 * each body's projects, as its subtotal row prints them or added up, and their sum set against the
 * table's total. Undefined when not asked so or the table lists no bodies.
 */
export function projectsByBodyOp(k: Knowledge, plan: QueryPlan, scope: Scope): DraftBuilder | undefined {
  if (!BY_BODY_ASKED.test(plan.question)) return undefined;
  const listed = firstWholePerRow(k.factsOf(scope.doc.docId).filter((f) => !!f.body));
  const bodies = [...new Set(listed.map((f) => f.body ?? ""))];
  if (bodies.length < 2) return undefined;
  const b = new DraftBuilder();
  const table = ownTableName(listed[0], scope.unit);
  b.d.headline = [`${scopeLabel(scope)}的${table}按单位列出项目，各单位项目支出如下：`];
  const values: string[] = [];
  const sources: Fact[] = [];
  for (const body of bodies) {
    const { projects, subtotal } = rowsOfBody(k, scope, body);
    // A subtotal row, or a body's one project: the figure as printed.
    const printed = subtotal ?? (projects.length === 1 ? projects[0] : undefined);
    if (printed) {
      b.d.bullets.push([`${body}：`, b.fact(printed, `${body}项目支出`)]);
      values.push(printed.value);
      sources.push(printed);
    } else if (projects.length) {
      const sum = addedUp(projects);
      b.d.bullets.push([`${body}：`, b.computed(sum, `${body}项目支出`, projects)]);
      values.push(sum.value);
      sources.push(...projects);
    }
  }
  // The bodies added up, set against the table's own total row.
  const measure = listed[0].measure;
  const whole = k
    .factsOf(scope.doc.docId)
    .find(
      (f) =>
        !f.body &&
        f.table === listed[0].table &&
        TOTAL_ROW.test(f.row) &&
        WHOLE_COLUMN.test(f.column) &&
        f.measure === measure,
    );
  const all = total(values, measure);
  const line = [
    "各单位合计 ",
    b.computed(all, "各单位项目支出合计", sources),
    ...againstPrintedTotal(b, all.value, whole, `${table}合计`),
  ];
  b.d.bullets.push([...line, "。"]);
  return b;
}

/** A body's projects added up, in their measure. */
const addedUp = (projects: Fact[]) =>
  total(
    projects.map((project) => project.value),
    projects[0].measure,
  );
