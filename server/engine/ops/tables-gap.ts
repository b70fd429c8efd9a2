/**
 * "<某科目>在<甲表>和<乙表>里数字不一样，差多少": the gap between the two tables' figures of the row,
 * worked out, and which money each table counts when they count different funds.
 */

import { FUND_SCOPE_WORDS, fundScopesDiffer } from "../../../ingest/domain/fund-scopes.js";
import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { gap } from "../calculator.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { NamedTable } from "../lexicon/named-tables.js";
import { plainTableTitle } from "../select-facts.js";
import { inOrder } from "../vocabulary.js";
import { sourceLabel } from "./labels.js";

/** The gap between two places asked ("差多少", "相差", "不一样"). */
const GAP_ASKED = /差多少|差了多少|差额|相差|差距|不一样|不一致|对不上/;

export function addTablesGap(k: Knowledge, question: string, draft: Draft): void {
  const tables = k.tablesNamed.filter((t) => t.title || t.label);
  if (draft.status !== "answered" || tables.length < 2 || !GAP_ASKED.test(question)) return;
  // The row the answer is about, as each table prints it (its total column).
  const about = draft.figures.flatMap((figure) => figure.facts).find((fact) => fact.rowCode || fact.table);
  if (!about) return;
  const cited = k
    .factsOf(about.docId)
    .filter((fact) => fact.table && !fact.period && sameRow(fact, about) && ROW_TOTAL.test(fact.column));
  // The longer name first ("一般公共预算支出表" before "支出表", which most titles contain), each
  // table's fact from another table than the one before.
  const named = [...tables.slice(0, 2)].sort((a, c) => (c.title ?? "").length - (a.title ?? "").length);
  const taken: Fact[] = [];
  for (const table of named) {
    const fact = cited.find((f) => inTable(f, table) && taken.every((t) => t.table !== f.table));
    if (fact) taken.push(fact);
  }
  const [second, first] = named[0] === tables[0] ? [taken[1], taken[0]] : [taken[0], taken[1]];
  if (!first || !second || !sameRow(first, second)) return;
  if (first.measure !== second.measure || money(first.value).eq(second.value)) return;
  const b = new DraftBuilder(draft);
  const scopes = fundScopesDiffer(first.table, second.table);
  b.d.notes.unshift([
    `${sourceLabel(first)}与${sourceLabel(second)}所列相差 `,
    b.computed(gap(first.value, second.value, first.measure), `${first.row}两表之差`, [first, second]),
    scopes ? `：前者${FUND_SCOPE_WORDS[scopes[0]]}，后者${FUND_SCOPE_WORDS[scopes[1]]}，口径不同。` : "。",
  ]);
}

/** A row's whole in a table: its total or actual column, not a part of it (基本支出, 项目支出). */
const ROW_TOTAL = /^(?!.*(?:基本支出|项目支出|人员经费|公用经费|预算数)$).*(?:合计|小计|决算数|支出)$/;

/** A table the words name: its label, or a title holding the named words in order ("一般公共预算…支出"). */
function inTable(fact: Fact, table: NamedTable): boolean {
  if (!fact.table) return false;
  if (table.label) return fact.tableLabel === table.label;
  return inOrder(table.title ?? "", plainTableTitle(fact));
}

const sameRow = (a: Fact, b: Fact) => (a.rowCode && b.rowCode ? a.rowCode === b.rowCode : a.row === b.row);
