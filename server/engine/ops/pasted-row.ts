import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  MAX_PASTED_MATCHES,
  PASTED_CELL,
  PASTED_NUMBERS,
  ROW_MEANING_ASKED,
  SUBJECT_LEVELS,
} from "../lexicon/pasted-row.js";
import type { QueryPlan } from "../plan-schema.js";
import { sourceLabel } from "./labels.js";

/** The pasted row's code and the numbers printed after its name. */
function pastedRow(plan: QueryPlan): { code: string; name: string; cells: string[] } | undefined {
  const coded = plan.metrics.filter((ref) => ref.type === "subject" && ref.code);
  if (coded.length < 1 || !ROW_MEANING_ASKED.test(plan.question)) return undefined;
  const [row] = coded;
  if (row.type !== "subject" || !row.code || !row.name) return undefined;
  const at = plan.question.indexOf(row.name);
  if (at < 0) return undefined;
  // Numbers right after the name, as a row prints them; numbers inside a sentence ("<名称>预算N万只花了M万")
  // are the asker's own figures, no row pasted.
  const printed = PASTED_NUMBERS.exec(plan.question.slice(at + row.name.length))?.[0] ?? "";
  const cells = [...printed.matchAll(PASTED_CELL)].map((m) => m[0].replaceAll(",", ""));
  return cells.length ? { code: row.code, name: row.name, cells } : undefined;
}

/** A cell printing one of the pasted numbers, as printed or in 万元. */
const printsOneOf = (cells: string[]) => (fact: Fact) =>
  cells.some((cell) => money(cell).eq(fact.printed?.value ?? fact.value) || money(cell).eq(fact.value));

/** One table's row in one document: its cells, and how many pasted numbers they print. */
interface RowMatch {
  key: string;
  facts: Fact[];
  matched: number;
}

function rowMatches(facts: Fact[], cells: string[]): RowMatch[] {
  const byRow = new Map<string, Fact[]>();
  for (const fact of facts.filter((f) => f.table)) {
    const key = `${fact.docId}|${fact.table}`;
    byRow.set(key, [...(byRow.get(key) ?? []), fact]);
  }
  const printed = printsOneOf(cells);
  return [...byRow].map(([key, row]) => ({ key, facts: row, matched: row.filter(printed).length }));
}

/**
 * "<代码> <名称> <数> <数> 这行是啥意思": the rows of that code in the documents whose cells print
 * the pasted numbers (the most of them), each with its document, table and every cell cited.
 * Undefined when no row is pasted or none prints its numbers.
 */
export async function pastedRowOp(k: Knowledge, plan: QueryPlan): Promise<Draft | undefined> {
  const pasted = pastedRow(plan);
  if (!pasted) return undefined;
  // No body named: the row is looked for in every document (the store reads that row only).
  const docIds = plan.units.length
    ? plan.units.flatMap((unit) => k.docs(unit).map((doc) => doc.docId))
    : k.documents.map((doc) => doc.docId);
  const facts = await k.rowFacts(docIds, [pasted.code]);
  const matches = rowMatches(facts, pasted.cells);
  const best = Math.max(0, ...matches.map((m) => m.matched));
  if (!best) return undefined;
  const chosen = matches.filter((m) => m.matched === best).slice(0, MAX_PASTED_MATCHES);
  const b = new DraftBuilder();
  b.d.headline = [
    chosen.length === 1
      ? `这一行是“${pasted.name}（${pasted.code}）”，印在下面这张表里：`
      : `印有这些数的“${pasted.name}（${pasted.code}）”行有${chosen.length === 2 ? "两" : "几"}处：`,
  ];
  for (const match of chosen) {
    const [first] = match.facts;
    const doc = k.documents.find((d) => d.docId === first.docId);
    b.d.bullets.push([`${first.unit}${first.year}年度${doc?.kind ?? first.kind}，${sourceLabel(first)}：`]);
    for (const fact of match.facts)
      b.d.bullets.push([
        `  ${fact.column}：`,
        b.fact(fact, `${fact.unit}${fact.year} ${fact.row} / ${fact.column}`),
      ]);
  }
  const scheme = k.subjects.find((s) => s.code === pasted.code)?.scheme;
  const level = scheme ? SUBJECT_LEVELS[scheme]?.[pasted.code.length] : undefined;
  if (level) b.d.notes.push([`“${pasted.name}（${pasted.code}）”是${level}。`]);
  return b.build();
}
