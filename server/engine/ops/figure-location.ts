import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { LOCATION_ASKED, QUOTED_NUMBER } from "../lexicon/figure-location.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { sourceLabel } from "./labels.js";
import { quoteStatingSentence } from "./quote-fact.js";
import { rowNamedIn, WAN_PER } from "./quoted-figures.js";

/** Cells listed for a number whose row the question does not name. */
const MAX_UNNAMED = 6;

/** The one number the question quotes, when it asks where a number is printed. */
export function locationAsked(plan: QueryPlan): { text: string; unit?: string } | undefined {
  if (!LOCATION_ASKED.test(plan.question)) return undefined;
  // A year written without 年 ("2024预算") is no amount.
  const numbers = [...plan.question.matchAll(QUOTED_NUMBER)]
    .map((m) => ({ text: m[1], unit: m[2] }))
    .filter((n) => n.unit || !/^20\d{2}$/.test(n.text));
  return numbers.length === 1 ? numbers[0] : undefined;
}

/**
 * "<某项> <金额> 出自哪张表，列在<某列>还是<另一列>": every cell of the unit's documents for that
 * year printing the quoted amount in a row the question names (any row, when it names none and
 * the number is printed in a few cells only), each with its table, row and column and cited. A number with no unit is compared as printed (元 or 万元). Undefined when nothing is
 * quoted, no location is asked, or no such cell exists.
 */
export async function figureLocationOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  const quoted = locationAsked(plan);
  if (!quoted || scopes.length !== 1) return undefined;
  const { text, unit } = quoted;
  const [scope] = scopes;
  const docs = k.docs(scope.unit, { year: scope.year });
  await k.loadDocuments(docs.map((doc) => doc.docId));
  const printsIt = (fact: Fact) =>
    unit
      ? money(fact.value).eq(money(text).times(WAN_PER[unit]))
      : money(fact.printed?.value ?? fact.value).eq(text);
  const stated = docs.flatMap((doc) => k.factsOf(doc.docId)).filter(printsIt);
  // Table cells first; a number only the prose states is found in its sentence.
  const inTables = stated.filter((fact) => fact.table);
  const printing = inTables.length ? inTables : stated;
  // The rows the question names, else every cell printing the number (a few: it is a place, not an answer).
  const named = printing.filter(rowNamedIn(plan.question));
  const cells = named.length ? named : printing.length <= MAX_UNNAMED ? printing : [];
  if (!cells.length) return undefined;
  const b = new DraftBuilder();
  b.d.headline = [`${scope.unit}${scope.year}年度文件中印有这个数的位置：`];
  for (const cell of cells)
    b.d.bullets.push([
      cell.table
        ? `${sourceLabel(cell)}，“${cell.row}”行，“${cell.column}”列：`
        : `${sourceLabel(cell)}中关于“${cell.row}”（${cell.column}）的句子：`,
      b.fact(cell, `${cell.row} / ${cell.column}`),
    ]);
  for (const cell of cells) if (!cell.table) quoteStatingSentence(b, cell);
  return b.build();
}
