import { PERFORMANCE_FORM } from "../domain/indicator-values.js";
import { BODY_NAME, detailListRow, PROJECT_TABLE, TOTAL_ROW } from "../domain/project-tables.js";
import type { Fact } from "../schema.js";
import type { VocabularyEntry } from "./store.js";

/** Rows of tables 01/04 that end in 支出 but are the table's own lines ("本年支出", "支出合计"). */
const TOTAL_LINE = /合计|总计|^(?:本年|上年|年初|年末)|结转/;

/** Class rows of tables 01/04 ("一般公共服务支出") name a function class but carry no code. */
function isClassRow(fact: Fact): boolean {
  return (
    (fact.table === "01" || fact.table === "04") &&
    /支出$/.test(fact.row) &&
    /支出/.test(fact.column) &&
    !TOTAL_LINE.test(fact.row)
  );
}

function subjectOf(fact: Fact): VocabularyEntry | undefined {
  if (isClassRow(fact)) return { type: "subject", name: fact.row, scheme: "function" };
  if (!fact.table || !/^0[2-6]$/.test(fact.table) || !fact.rowCode) return undefined;
  return {
    type: "subject",
    code: fact.rowCode,
    name: fact.row,
    scheme: fact.table === "06" ? "economic" : "function",
  };
}

/** A part's name long enough to name it alone ("支持某类企业发展", "第一季度用款计划"), not "其他". */
const NAMED_PART = 4;

/**
 * Named projects: from the narrative, and the project rows of attachment tables. A part of a
 * project's stated split (项目 / name / part) is asked by its own name too ("其中外贸那块多少"),
 * so it is a name of the vocabulary beside its project; project lists read rowPath, not these.
 */
function projectsOf(fact: Fact): VocabularyEntry[] {
  if (fact.rowPath?.[0] === "项目") {
    const [, project, part] = fact.rowPath;
    return [
      ...(project ? [{ type: "project" as const, name: project }] : []),
      ...(part && part.length >= NAMED_PART ? [{ type: "project" as const, name: part }] : []),
    ];
  }
  const named = projectOf(fact);
  return named ? [named] : [];
}

/** A project row of an attachment table. */
function projectOf(fact: Fact): VocabularyEntry | undefined {
  // A row of a performance form is an indicator ("全年保障职工人员经费: 13 人", "项目实际支出"), not a
  // project: a form names its project in its header (project-funds.ts). A row of a grid of projects
  // under such a title names the body carrying it out (its body), as no indicator does.
  if (detailListRow(fact)) return { type: "project", name: fact.row };
  if (
    fact.table &&
    !/^\d+$/.test(fact.table) &&
    !fact.metric &&
    (/专项|项目|经费/.test(fact.row) || listsProjects(fact) || !!fact.body) &&
    (!PERFORMANCE_FORM.test(fact.tableTitle ?? "") || !!fact.body)
  )
    return { type: "project", name: fact.row };
  return undefined;
}

/**
 * A row of a table of projects ("部门项目支出表"), named as the project is ("尼山…活动保障"), not
 * a total or a body the projects are listed under.
 */
function listsProjects(fact: Fact): boolean {
  return PROJECT_TABLE.test(fact.tableTitle ?? "") && !TOTAL_ROW.test(fact.row) && !BODY_NAME.test(fact.row);
}

/**
 * The names a document adds to the planner's vocabulary (subjects of its tables, named projects),
 * computed once at ingest so a server never reads all facts to learn them. Order follows the facts.
 */
export function documentVocabulary(facts: Fact[]): VocabularyEntry[] {
  const seen = new Set<string>();
  const out: VocabularyEntry[] = [];
  for (const fact of facts) {
    for (const entry of [subjectOf(fact), ...projectsOf(fact)]) {
      if (!entry) continue;
      const key = entry.type === "subject" ? `s|${entry.code ?? ""}|${entry.name}` : `p|${entry.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(entry);
    }
  }
  return out;
}
