/**
 * "<某科目>在<甲表>和<乙表>里数字不一样，差多少": the gap between the two tables' figures of the row,
 * worked out, and which money each table counts when they count different funds.
 */

import {
  FUND_SCOPE_WORDS,
  fundScopesDiffer,
  INCOME_BY_FUND_TABLE,
  SCOPE_COLUMNS,
  type FundScope,
} from "../../../ingest/domain/fund-scopes.js";
import type { Fact } from "../../../ingest/schema.js";
import { money, sum } from "../../../lib/money.js";
import { gap } from "../calculator.js";
import { DraftBuilder, type Draft, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { NamedTable } from "../lexicon/named-tables.js";
import { plainTableTitle } from "../select-facts.js";
import { inOrder } from "../vocabulary.js";
import { columnLeaf, sourceLabel } from "./labels.js";

/** The gap between two places asked ("差多少", "相差", "不一样"). */
const GAP_ASKED = /差多少|差了多少|差额|相差|差距|不一样|不一致|对不上/;

/** Why one table's figure is above or below another's ("<甲表>里…为什么更多"): the other is implied. */
const WHY_APART = /(?:为什么|为啥|为何|怎么)[^，,。？?]{0,6}(?:更|比[^，,。？?]{1,12})?(?:多|少|高|低|大|小)/;

export function addTablesGap(k: Knowledge, question: string, draft: Draft): void {
  const tables = k.tablesNamed.filter((t) => t.title || t.label);
  if (draft.status !== "answered" || !tables.length) return;
  const twoNamed = tables.length >= 2 && GAP_ASKED.test(question);
  if (!twoNamed && !WHY_APART.test(question)) return;
  // The row the answer is about, as each table prints it (its total column, or the cell asked).
  const about = draft.figures.flatMap((figure) => figure.facts).find((fact) => fact.rowCode || fact.table);
  if (!about) return;
  const cell = about.table && !ROW_TOTAL.test(about.column) ? columnLeaf(about.column) : undefined;
  const cited = k
    .factsOf(about.docId)
    .filter(
      (fact) =>
        fact.table &&
        !fact.period &&
        sameRow(fact, about) &&
        (cell ? columnLeaf(fact.column) === cell : ROW_TOTAL.test(fact.column)),
    );
  const pair = twoNamed ? namedPair(tables, cited) : impliedPair(tables[0], cited);
  if (!pair) return;
  const [first, second] = pair;
  if (!sameRow(first, second)) return;
  if (first.measure !== second.measure || money(first.value).eq(second.value)) return;
  const b = new DraftBuilder(draft);
  const scopes = fundScopesDiffer(first.table, second.table);
  const difference = gap(first.value, second.value, first.measure);
  b.d.notes.unshift([
    `${sourceLabel(first)}与${sourceLabel(second)}所列相差 `,
    b.computed(difference, `${first.row}两表之差`, [first, second]),
    ...(scopes
      ? [
          `：前者${FUND_SCOPE_WORDS[scopes[0]]}，后者${FUND_SCOPE_WORDS[scopes[1]]}，口径不同`,
          ...otherFundsOfRow(k, b, [first, second], scopes, difference.value),
          "。",
        ]
      : ["。"]),
  ]);
}

/** The row as the two tables named print it, in the order they are named. */
function namedPair(tables: NamedTable[], cited: Fact[]): [Fact, Fact] | undefined {
  // The longer name first ("一般公共预算支出表" before "支出表", which most titles contain), each
  // table's fact from another table than the one before.
  const named = [...tables.slice(0, 2)].sort((a, c) => (c.title ?? "").length - (a.title ?? "").length);
  const taken: Fact[] = [];
  for (const table of named) {
    const fact = cited.find((f) => inTable(f, table) && taken.every((t) => t.table !== f.table));
    if (fact) taken.push(fact);
  }
  const [second, first] = named[0] === tables[0] ? [taken[1], taken[0]] : [taken[0], taken[1]];
  return first && second ? [first, second] : undefined;
}

/**
 * "<甲表>里这一款的基本支出为什么更多": the row in the table named, against the table of another
 * fund scope that prints it otherwise (the one the conversation read it from).
 */
function impliedPair(table: NamedTable, cited: Fact[]): [Fact, Fact] | undefined {
  const first = cited.find((f) => inTable(f, table));
  const second =
    first &&
    cited.find(
      (f) =>
        f.table !== first.table &&
        !!fundScopesDiffer(first.table, f.table) &&
        !money(f.value).eq(first.value),
    );
  return first && second ? [first, second] : undefined;
}

/**
 * A subject's row shown from an all-funds table and from one fund's ("…口径不同"): the gap between
 * the two, when the income table's other money of the row adds up to it exactly ("两种口径相差
 * 12.00万元，即收入总表中这一科目的其他收入 12.00万元").
 */
export function addScopeGapExplained(k: Knowledge, b: DraftBuilder, facts: Fact[]): void {
  const [first] = facts;
  if (!first?.table || !first.rowCode) return;
  const other = facts.find(
    (fact) =>
      fact.docId === first.docId &&
      fact.rowCode === first.rowCode &&
      fact.measure === first.measure &&
      !fact.period &&
      !money(fact.value).eq(first.value) &&
      fundScopesDiffer(first.table, fact.table)?.includes("all"),
  );
  const scopes = other && fundScopesDiffer(first.table, other.table);
  if (!other || !scopes) return;
  const difference = gap(first.value, other.value, first.measure);
  const explained = otherFundsOfRow(k, b, [first, other], scopes, difference.value);
  if (!explained.length) return;
  b.d.notes.push([
    `两种口径相差 `,
    b.computed(difference, `${first.row}两种口径之差`, [first, other]),
    ...explained,
    "。",
  ]);
}

/**
 * "；差额即收入总表中这一科目的其他收入 18.60万元": the row's income from the money the narrower
 * table leaves out, when it adds up to the gap exactly (else nothing is claimed).
 */
function otherFundsOfRow(
  k: Knowledge,
  b: DraftBuilder,
  pair: [Fact, Fact],
  scopes: [FundScope, FundScope],
  difference: string,
): Segment[] {
  const narrower = scopes.includes("all") ? scopes.find((scope) => scope !== "all") : undefined;
  if (!narrower) return [];
  const counted: RegExp = SCOPE_COLUMNS[narrower];
  const others = k
    .factsOf(pair[0].docId)
    .filter(
      (fact) =>
        fact.table === INCOME_BY_FUND_TABLE &&
        !fact.period &&
        sameRow(fact, pair[0]) &&
        fact.measure === pair[0].measure &&
        !TOTAL_COLUMN.test(fact.column) &&
        !counted.test(fact.column) &&
        !money(fact.value).isZero(),
    );
  if (!others.length || !sum(others.map((fact) => fact.value)).eq(money(difference).abs())) return [];
  const segments: Segment[] = [`；差额即${sourceLabel(others[0])}中这一科目的`];
  others.forEach((fact, i) => segments.push(i ? "、" : "", `${fact.column} `, b.fact(fact, fact.column)));
  return segments;
}

/** A column that sums the others of its row. */
const TOTAL_COLUMN = /合计|小计|总计/;

/** A row's whole in a table: its total or actual column, not a part of it (基本支出, 项目支出). */
const ROW_TOTAL = /^(?!.*(?:基本支出|项目支出|人员经费|公用经费|预算数)$).*(?:合计|小计|决算数|支出)$/;

/** A table the words name: its label, or a title holding the named words in order ("一般公共预算…支出"). */
function inTable(fact: Fact, table: NamedTable): boolean {
  if (!fact.table) return false;
  if (table.label) return fact.tableLabel === table.label;
  return inOrder(table.title ?? "", plainTableTitle(fact));
}

const sameRow = (a: Fact, b: Fact) => (a.rowCode && b.rowCode ? a.rowCode === b.rowCode : a.row === b.row);
