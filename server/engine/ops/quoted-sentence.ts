import type { DocumentInfo, Fact } from "../../../ingest/schema.js";
import { matchKey } from "../../../ingest/text/normalize-text.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  LEFT_OUT,
  MIN_QUOTED_CHARACTERS,
  QUOTED_TEXT,
  SENTENCE_ABOUT_ASKED,
  SENTENCE_CHECKED,
} from "../lexicon/quoted-sentence.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { quoteStatingSentence } from "./quote-fact.js";
import { withoutQuotedSentences } from "../asked-scope.js";
import { sourceLabel } from "./labels.js";
import { rowNamedIn } from "./quoted-figures.js";
import { yuanCellOf } from "./yuan-counterpart.js";
import { sameLineElsewhere } from "./other-edition-statement.js";

/** Figures listed for one quoted sentence: a sentence states a few. */
const MAX_FIGURES = 8;

/** Spaces and punctuation (full-width or not) differ between a pasted sentence and the document's. */
const comparable = (text: string) => text.replace(/[\s\p{P}]/gu, "");

/**
 * The parts of each quoted sentence the question asks about (a quote with "……" is several parts);
 * with `checking`, also of one it asks to be checked.
 */
export function quotedSentences(question: string, checking = false): string[][] {
  if (!SENTENCE_ABOUT_ASKED.test(question) && !(checking && SENTENCE_CHECKED.test(question))) return [];
  return [...question.matchAll(QUOTED_TEXT)]
    .map((match) =>
      match[1]
        .split(LEFT_OUT)
        .map(comparable)
        .filter((part) => part.length >= 2),
    )
    .filter((parts) => parts.join("").replace(/[^\u4e00-\u9fa5]/g, "").length >= MIN_QUOTED_CHARACTERS);
}

/**
 * The fact's sentence holds the quoted parts; a part may instead be the name of the fact's row,
 * printed in the heading above the sentence ("其他司法支出（项）……执行数为…").
 */
function statesQuote(fact: Fact, parts: string[]): boolean {
  const sentence = comparable(fact.source.excerpt ?? "");
  const names = comparable([fact.row, ...(fact.rowPath ?? [])].join(""));
  return (
    parts.every((part) => sentence.includes(part) || names.includes(part)) &&
    parts.some((part) => sentence.includes(part))
  );
}

/**
 * "说明里写的“<某句>”说的是哪项、多少": the figures of the document's sentences that contain the
 * quoted words (in the document asked, else the unit's others), each cited with its sentence and
 * with the cell of a 元 table printing the same amount.
 * Undefined when nothing is quoted, nothing about it is asked, or no sentence of the unit has it.
 */
export async function quotedSentenceOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
  /** A check of the sentence is answered so too (when the figures' own reading found nothing). */
  checking = false,
): Promise<Draft | undefined> {
  const quotes = quotedSentences(plan.question, checking);
  if (!quotes.length || scopes.length !== 1) return undefined;
  const [scope] = scopes;
  // The document the question is about first (its edition, year and kind), then the unit's others.
  const stating = async (docs: DocumentInfo[]) => {
    await k.loadDocuments(docs.map((doc) => doc.docId));
    return docs
      .flatMap((doc) => k.factsOf(doc.docId))
      .filter((fact) => !fact.table && fact.source.excerpt)
      .filter((fact) => quotes.some((parts) => statesQuote(fact, parts)));
  };
  let facts = await stating([scope.doc]);
  if (!facts.length) facts = await stating(k.docs(scope.unit, { year: scope.year }));
  if (!facts.length) facts = await stating(k.docs(scope.unit));
  if (!facts.length) return undefined;
  // "职业年金那条写“…”": the row named beside the quote picks among sentences that share it.
  const besideQuote = rowNamedIn(withoutQuotedSentences(plan.question, true));
  if (facts.some(besideQuote)) facts = facts.filter(besideQuote);
  const b = new DraftBuilder();
  b.d.headline = [`${scope.unit}文件中写有这句话的地方，说的是：`];
  const listed = new Set<string>();
  for (const fact of facts) {
    const key = [fact.row, fact.column, fact.value, fact.source.excerpt].join("|");
    if (listed.size < MAX_FIGURES && !listed.has(key)) bulletOf(b, fact, tableCellOf(k, fact));
    listed.add(key);
  }
  await addOtherEditionStatements(k, b, facts, scope);
  const sentences = new Set<string>();
  for (const fact of facts)
    if (!sentences.has(fact.source.excerpt ?? "")) {
      sentences.add(fact.source.excerpt ?? "");
      quoteStatingSentence(b, fact);
    }
  return b.build();
}

/** The same line as the unit's other documents of the year state it, where they differ. */
async function addOtherEditionStatements(
  k: Knowledge,
  b: DraftBuilder,
  facts: Fact[],
  scope: Scope,
): Promise<void> {
  await k.loadDocuments(k.docs(scope.unit, { year: scope.year }).map((doc) => doc.docId));
  for (const fact of facts)
    for (const { fact: other, name } of sameLineElsewhere(k, fact))
      b.d.bullets.push([
        `${name}同一处写作：${other.row}（${other.column}）`,
        b.fact(other, `${other.row}（${name}）`),
      ]);
}

function bulletOf(b: DraftBuilder, fact: Fact, cell: Fact | undefined): void {
  b.d.bullets.push([
    `${fact.year}年度${sourceLabel(fact)}：${fact.row}（${fact.column}）`,
    b.fact(fact),
    ...(cell
      ? [`；${sourceLabel(cell)}以元列示：`, b.fact(cell, `${cell.row}（${sourceLabel(cell)}）`)]
      : []),
  ]);
}

/** The cell of a 元 table of the same document printing the sentence's line, to the 分. */
function tableCellOf(k: Knowledge, fact: Fact): Fact | undefined {
  if (fact.measure !== "万元") return undefined;
  const row = matchKey(fact.row);
  return yuanCellOf(k, fact, (other) => !!other.table && matchKey(other.row) === row);
}
