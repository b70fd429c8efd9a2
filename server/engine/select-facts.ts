import {
  holdsMetric,
  ROW_PART_COLUMN,
  ROW_PART_IN_PATH,
  selectMetricFacts,
  sourceRank,
  wantColumn,
  type Want,
} from "../../ingest/domain/select-figures.js";
import { factFundScope, SMALL_FUNDS, type FundScope } from "../../ingest/domain/fund-scopes.js";
import { detailListRow, PROJECT_TABLE } from "../../ingest/domain/project-tables.js";
import type { DocumentInfo, Fact } from "../../ingest/schema.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import type { NamedTable } from "./lexicon/named-tables.js";
import type { Knowledge } from "./knowledge.js";
import { CARRY_OVER, CELL_TABLES } from "./lexicon/cell-columns.js";
import type { MetricRef } from "./plan-schema.js";

export { Want } from "../../ingest/domain/select-figures.js";

/** What a document states of its own year: a budget its budget, a final account its actual. */
export const ownWant = (kind: DocumentInfo["kind"]): "budget" | "actual" =>
  kind === "预算" ? "budget" : "actual";

/** A column of a subject table ("支出预算 / 基本支出", "… / 基本支出 / 人员经费"): its last header. */
const columnOf = (name: string) => new RegExp(`(?:^| / )${name}$`);

/** The cells of a subject's row in the asked column, all-funds tables first (CELL_TABLES). */
function cellFacts(
  facts: Fact[],
  doc: DocumentInfo,
  ref: Extract<MetricRef, { type: "subject" }>,
  want: Want,
): Fact[] {
  const column = columnOf(ref.column!);
  const rank = (f: Fact) => {
    const i = (CELL_TABLES as readonly string[]).indexOf(f.table ?? "");
    return i < 0 ? CELL_TABLES.length : i;
  };
  const row = (f: Fact) =>
    ref.code && f.rowCode ? f.rowCode === ref.code : !!ref.name && matchKey(f.row) === matchKey(ref.name);
  return (
    facts
      .filter((f) => f.table && rank(f) < CELL_TABLES.length && row(f) && column.test(f.column))
      // A carry-over column is neither budget nor actual: asked by name, its cell is the answer.
      .filter(
        (f) =>
          wantColumn(f, want, doc) ||
          ((want === "actual" || want === "budget") && CARRY_OVER.test(ref.column!) && !f.period),
      )
      .sort((a, b) => rank(a) - rank(b))
  );
}

function isSubject(f: Fact, ref: Extract<MetricRef, { type: "subject" }>): boolean {
  // Narrative subject lines whose code could not be resolved still match by name.
  if (ref.code && f.rowCode) return f.rowCode === ref.code && !chargedProject(f, ref);
  if (ref.code && !f.rowPath) return false;
  return !!ref.name && matchKey(f.row) === matchKey(ref.name);
}

/**
 * A project table's row carries the code of the subject its project is charged to: one part of
 * that subject's money, not the subject's figure (unless the project is named as the subject is).
 */
const chargedProject = (f: Fact, ref: Extract<MetricRef, { type: "subject" }>) =>
  !!f.table &&
  !/^\d+$/.test(f.table) &&
  PROJECT_TABLE.test(plainTableTitle(f)) &&
  matchKey(f.row) !== matchKey(ref.name ?? "");

/**
 * Is the fact one of the figure's, whatever its column: a lexicon metric's cell or statement, a
 * subject's row, a project's row under any of its names. The same matching selectFacts applies.
 */
export function isFactOf(k: Knowledge, fact: Fact, ref: MetricRef): boolean {
  if (ref.type === "metric") return holdsMetric(fact, ref.key);
  if (ref.type === "subject") return isSubject(fact, ref);
  return k.projectVariants(ref.name).some((name) => matchKey(name) === matchKey(fact.row));
}

/** Preferred column for a subject's amount: the total of tables 05/03, the 决算数 of table 06. */
/** A column of one figure of the whole row, no parts under it ("年初预算数" beside "决算数 / 合计"). */
const WHOLE_FIGURE_COLUMN = /^(?:20\d{2}年度?)?(?:年初|全年|调整后?)?(?:预算|决算)数?$/;

function subjectColumnRank(f: Fact): number {
  if (!f.table) return 1;
  if (!/^\d+$/.test(f.table)) return 8;
  // 上海 单位预算's 财务收支预算总表 splits a row's spending into 人员经费 / 公用经费 / 项目支出 beside its 合计.
  if (f.table === "01" && /支出/.test(f.column)) return ROW_PART_COLUMN.test(f.column) ? 9 : 4;
  if (f.table === "04" && /合计$/.test(f.column)) return 5;
  // A functional table's "基本支出 / 小计": the subtotal of a part of the row, not the row's. (The
  // economic table's "公用经费 / 决算数" heads the block its rows are listed in.)
  if ((f.table === "05" || f.table === "03") && ROW_PART_IN_PATH.test(f.column)) return 9;
  if (f.table === "05" && (/小计|合计/.test(f.column) || WHOLE_FIGURE_COLUMN.test(f.column))) return 0;
  if (f.table === "03" && /合计/.test(f.column)) return 2;
  // 上海's economic table splits each row into 人员经费 and 公用经费 beside its 合计: parts, not the row.
  if (f.table === "06") return /(?:^| \/ )(?:人员经费|公用经费)$/.test(f.column) ? 9 : 0;
  if (f.table === "02" && /合计/.test(f.column)) return 3;
  // The other funds' own tables (07 政府性基金, 08 国有资本经营): a row printed there alone is theirs.
  if ((f.table === "07" || f.table === "08") && /小计|合计/.test(f.column)) return 6;
  return 9;
}

/**
 * The facts of one document that answer (metric, want). Table cells first (they are the
 * authoritative cell-level source), then narrative statements, then attachment tables.
 */
export function selectFacts(k: Knowledge, doc: DocumentInfo, ref: MetricRef, want: Want): Fact[] {
  return inNamedTableFirst(k.tablesNamed, selectFromDocument(k, doc, ref, want));
}

/** A fact's table title without its quotation marks, as a question names it ("三公经费…表"). */
export const plainTableTitle = (fact: Fact): string => (fact.tableTitle ?? "").replace(/[“”"]/g, "");

/**
 * The facts of the table the question names first, when it prints any (a stable reorder); a table
 * titled exactly so before those whose longer titles hold the words ("支出决算表" before
 * "一般公共预算财政拨款支出决算表").
 */
function inNamedTableFirst(named: NamedTable[], facts: Fact[]): Fact[] {
  if (!named.length) return facts;
  const inNamed = (f: Fact) =>
    named.some((t) =>
      t.fund
        ? factFundScope(f) === t.fund
        : t.narrative
          ? !f.table
          : !!f.table &&
            (t.label
              ? f.tableLabel === t.label
              : plainTableTitle(f).includes(t.title ?? "") &&
                (!t.total || plainTableTitle(f).endsWith("总表"))),
    );
  const titledSo = (f: Fact) =>
    named.some((t) => !!t.said && !!f.table && untitledYear(plainTableTitle(f)) === t.said);
  const first = facts.filter(inNamed);
  const exact = first.filter(titledSo);
  const ordered = exact.length ? [...exact, ...first.filter((f) => !titledSo(f))] : first;
  if (first.length) return [...ordered, ...facts.filter((f) => !inNamed(f))];
  // One fund named ("政府性基金年初结转") that prints none: the all-funds figure is not its.
  // (A count, 在职人数 beside "一般公共预算人员经费", belongs to no fund; the general budget's share of
  // a spending figure is told apart elsewhere, its carry-over is not.)
  const money = facts.some((f) => /元$/.test(f.measure));
  const carryOver = facts.every((f) => /结转|结余/.test(`${f.row}${f.column}`));
  const ownOnly = (fund: FundScope) => SMALL_FUNDS.has(fund) || (fund === "general" && carryOver);
  return money && named.every((t) => t.fund && ownOnly(t.fund)) ? [] : facts;
}

/**
 * The unit's own figures: a table's rows of the bodies it covers ("<某下属单位>", one row each in a
 * table by body) are theirs, never the unit's (they answer a question naming the body).
 */
function withoutBodyRows(k: Knowledge, doc: DocumentInfo, facts: Fact[]): Fact[] {
  const bodies = new Set(
    (k.unit(doc.unit)?.children ?? [])
      .flatMap((child) => [child, ...(k.unit(child)?.aliases ?? [])])
      .map(matchKey),
  );
  return bodies.size ? facts.filter((fact) => !fact.table || !bodies.has(matchKey(fact.row))) : facts;
}

/** A table's title without the year it opens with ("2024年度支出决算表" → "支出决算表"). */
export const untitledYear = (title: string) => title.replace(/^20\d{2}\s*年度?/, "");

function selectFromDocument(k: Knowledge, doc: DocumentInfo, ref: MetricRef, want: Want): Fact[] {
  const facts = k.factsOf(doc.docId);
  let hits: Fact[];
  if (ref.type === "metric") return selectMetricFacts(withoutBodyRows(k, doc, facts), doc, ref.key, want);
  if (ref.type === "subject" && ref.column) return cellFacts(facts, doc, ref, want);
  if (ref.type === "subject") {
    hits = facts.filter(
      (f) => isSubject(f, ref) && (f.table ? subjectColumnRank(f) < 9 : true) && wantColumn(f, want, doc),
    );
    hits.sort((a, b) => subjectColumnRank(a) - subjectColumnRank(b));
    // The income table's row is the subject's income (it may count 其他收入): a fallback only.
    if (hits.some((f) => f.table && f.table !== "02")) hits = hits.filter((f) => f.table !== "02");
  } else {
    // Projects are named in the narrative and in attachment tables (基础数据表, 项目支出表), not
    // always alike ("某某专项" in a table, "某某专项资金" in the text): the same stem is the same project.
    const names = new Set(k.projectVariants(ref.name).map(matchKey));
    hits = facts.filter(
      (f) =>
        (f.rowPath?.[0] === "项目" || (f.table && !/^\d+$/.test(f.table)) || detailListRow(f)) &&
        names.has(matchKey(f.row)) &&
        wantColumn(f, want, doc),
    );
  }
  return hits.sort((a, b) => sourceRank(a) - sourceRank(b));
}

/** Distinct values among facts, in order of preference (for "sources disagree" notes). */
export function distinctValues(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  const out: Fact[] = [];
  for (const f of facts) {
    const key = `${Number(f.value)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
