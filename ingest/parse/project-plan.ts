import { Decimal } from "decimal.js";
import type { Fact } from "../schema.js";
import type { Paragraph } from "./parse-sections.js";
import type { Placer } from "./place-facts.js";
import type { DocContext } from "./table-facts.js";

/** A project's explanation page is headed "<项目>（<资金性质>）经费情况说明". */
const PROJECT_TITLE = /([\u4e00-\u9fa5A-Za-z0-9“”"]{2,40}?)(?:[（(][^）)]{1,12}[)）])?(?:项目)?经费情况说明/g;
/** "<年>年度项目总预算<X>万，其中<甲><a>万，<乙><b>万…": the project's money as the page splits it. */
const PLAN = /项目总预算\s*(\d+(?:\.\d+)?)\s*万元?\s*[，,]?\s*其中[:：]?\s*([^。]+)/;
const PART = /([\u4e00-\u9fa5A-Za-z“”"（）()]{2,30}?)\s*(\d+(?:\.\d+)?)\s*万元?/g;

/** A page titled without its project's name ("项目经费情况说明"). */
const UNNAMED = /^(?:项目|部门|单位|本部门|本单位)$/;
/** "由…建设的某某新建工程": the project an unnamed page's overview names. */
const NAMED_IN_OVERVIEW = /(?:建设|实施|开展|承建|组织)的([\u4e00-\u9fa5A-Za-z0-9]{4,30}?(?:工程|项目))/;

/**
 * The project a paragraph's text last names as the subject of an explanation page, if any; ""
 * for a page titled without a name (its overview names the project: projectNamedIn).
 */
export function projectTitleIn(text: string): string | undefined {
  const titles = [...text.matchAll(PROJECT_TITLE)].map((m) => m[1].replace(/[“”"]/g, ""));
  const title = titles.pop();
  return title !== undefined && UNNAMED.test(title) ? "" : title;
}

/** The project an unnamed page's overview names ("由某街道建设的某某新建工程"). */
export function projectNamedIn(text: string): string | undefined {
  return NAMED_IN_OVERVIEW.exec(text)?.[1];
}

/** Where a figure of a project's page stands: its paragraph, the sentence quoted, the figure's offset. */
interface PlanSource {
  p: Paragraph;
  excerpt: string;
  at: number;
  place?: Placer;
}

/** The fields every fact of a project shares: its document's, and the project (and part) as its row. */
export function projectFact(doc: DocContext, id: string, rowPath: string[]) {
  return {
    id,
    docId: doc.docId,
    unit: doc.unit,
    year: doc.year,
    kind: doc.kind,
    row: rowPath.at(-1)!,
    rowPath,
  };
}

/** A figure of a project's explanation page, as a fact of the project (rowPath 项目 / name …). */
function planFact(
  doc: DocContext,
  id: string,
  rowPath: string[],
  value: string,
  column: Pick<Fact, "column" | "basis">,
  where: PlanSource,
): Fact {
  return {
    ...projectFact(doc, id, rowPath),
    value: new Decimal(value).toFixed(),
    measure: "万元",
    ...column,
    source: {
      section: where.p.section,
      lines: where.p.lines,
      excerpt: where.excerpt,
      ...where.place?.text(where.p, where.at),
    },
  };
}

/** A budget column for the document's kind: a 预算 states the year's start, a 决算 its budget. */
const budgetColumn = (doc: DocContext): Pick<Fact, "column" | "basis"> =>
  doc.kind === "预算" ? { column: "年初预算数", basis: "年初预算" } : { column: "预算数", basis: "预算" };

/**
 * "项目总预算X万，其中甲a万，乙b万…，合计X万" under a project's explanation page: the project's
 * budget (rowPath 项目 / name) and each part (rowPath 项目 / name / part), each cited to the sentence.
 */
export function projectPlanFacts(
  p: Paragraph,
  project: string | undefined,
  doc: DocContext,
  idBase: string,
  place?: Placer,
): Fact[] {
  const m = project ? PLAN.exec(p.text) : null;
  if (project && !m) return yearBudgetFacts(p, project, doc, idBase, place);
  if (!m || !project) return [];
  const start = m.index ?? 0;
  const where = (at: number): PlanSource => ({ p, excerpt: m[0].trim(), at, place });
  // The total as the page words it ("项目总预算"), beside the split it heads; not a budget-table row.
  const out = [
    planFact(doc, `${idBase}:plan`, ["项目", project], m[1], { column: "项目总预算" }, where(start)),
  ];
  const partsAt = start + m[0].indexOf(m[2]);
  for (const part of m[2].matchAll(PART)) {
    const name = part[1].replace(/^[，,、；;\s]+/, "").replace(/[“”"]/g, "");
    if (/^(?:合计|总计|共计)/.test(name) || name.length < 2) continue;
    const at = part.index ?? 0;
    out.push(
      planFact(
        doc,
        `${idBase}:plan:${at}`,
        ["项目", project, name],
        part[2],
        budgetColumn(doc),
        where(partsAt + at),
      ),
    );
  }
  // One part ("其中甲X万") is the whole under another name: the total is still the page's.
  return out.length >= 2 ? out : [];
}

/** The page's "年度预算安排" heading, and a paragraph that is only its amount ("<N>万元"). */
const BUDGET_HEADING = /(?:年度)?预算安排$|项目预算$|预算金额$/;
const AMOUNT_ONLY = /^\s*(\d+(?:\.\d+)?)\s*万元?\s*[。.]?\s*$/;

/**
 * "六、年度预算安排 / <N>万元" on a project's explanation page: the project's budget for the year
 * (rowPath 项目 / name), cited to the paragraph.
 */
function yearBudgetFacts(
  p: Paragraph,
  project: string,
  doc: DocContext,
  idBase: string,
  place?: Placer,
): Fact[] {
  const heading = p.section.at(-1)?.replace(/^[一二三四五六七八九十]+、/, "") ?? "";
  if (!BUDGET_HEADING.test(heading)) return [];
  const m = AMOUNT_ONLY.exec(p.text);
  if (!m) return periodFacts(p, project, doc, idBase, place);
  const where = { p, excerpt: p.text.trim(), at: m.index ?? 0, place };
  return [planFact(doc, `${idBase}:plan`, ["项目", project], m[1], budgetColumn(doc), where)];
}

/** "第一季度用款计划158.05万元，第二季度…": the year's budget as the page splits it by period. */
const PERIOD_PLAN =
  /(第[一二三四1-4]季度|[上下]半年|\d{1,2}月)(用款计划|支付|用款)\s*(\d+(?:\.\d+)?)\s*万元?/g;

/**
 * The periods a project's 年度预算安排 paragraph splits its money into, each a part of the project
 * (rowPath 项目 / name / "<period><what>"); none unless at least two are stated.
 */
function periodFacts(p: Paragraph, project: string, doc: DocContext, idBase: string, place?: Placer): Fact[] {
  const periods = [...p.text.matchAll(PERIOD_PLAN)];
  if (periods.length < 2) return [];
  return periods.map((m) =>
    planFact(
      doc,
      `${idBase}:plan:${m.index ?? 0}`,
      ["项目", project, `${m[1]}${m[2]}`],
      m[3],
      budgetColumn(doc),
      { p, excerpt: p.text.trim(), at: m.index ?? 0, place },
    ),
  );
}
