import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { gap } from "../calculator.js";
import { DraftBuilder, type Draft, type Passage } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { editionsAsked } from "../lexicon/edition-words.js";
import { SCOPE_GAP_ASKED, SCOPE_TOTALS } from "../lexicon/unit-topics.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { sourcePlace } from "./labels.js";
import { BUDGET_BEFORE, factsOfValue, quotedAmounts, type Quoted } from "./quoted-figures.js";
import { scopePassages } from "./scope-passages.js";

/**
 * "<单位>预算<甲>万，决算里年初预算<乙>万，为什么对不上（差的<丙>万是不是<另一单位>的）": the unit's two
 * amounts as its two documents print them, their gap computed, the passages saying which bodies each
 * document covers, and a body they name whose own figure of that year equals the gap. Undefined unless
 * the two amounts are printed in two different documents of the unit.
 */
export async function scopeGapOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Promise<Draft | undefined> {
  if (!SCOPE_GAP_ASKED.test(plan.question) || new Set(scopes.map((s) => s.unit)).size !== 1) return undefined;
  // Two editions named (部门预算, 单位预算) are compared as editions, part by part (across.ts).
  if (editionsAsked(plan.question).length === 2) return undefined;
  const quoted = quotedAmounts(plan.question);
  const pair = printedInTwoDocuments(k, scopes, quoted);
  if (!pair) return undefined;
  const [a, c] = pair;
  const [scope] = scopes;
  const b = new DraftBuilder();
  const apart = gap(a.value, c.value, a.measure);
  b.d.headline = [
    `${scope.unit}${scope.year}年度两份文件所列不同：${documentName(k, a)}${sourcePlace(a)}为 `,
    b.fact(a, a.row),
    `，${documentName(k, c)}${sourcePlace(c)}为 `,
    b.fact(c, c.row),
    "，相差 ",
    b.computed(apart, "两份文件所列之差", [a, c]),
    "。",
  ];
  const passages = await scopePassages(k, plan, scopes, [a.docId, c.docId]);
  const body = await bodyOfGap(k, scope, passages, apart.value);
  if (body)
    b.d.bullets.push([
      `${body.unit}${documentName(k, body)}${sourcePlace(body)}所列${body.row}（${body.column}）为 `,
      b.fact(body, `${body.unit}${body.row}`),
      "，正好等于这一差额。",
    ]);
  for (const passage of passages) {
    b.d.passages.push(passage);
    b.d.extraSources.push({ chunkId: passage.chunk.id });
  }
  b.d.notes.push([
    body
      ? "两份文件的编报范围不同（见上面原文）；差额与上面这个单位的数字相等，是按数字推断的，文件没有直接这样说明。"
      : "两份文件的编报范围或口径可能不同，请对照上面原文；文件没有直接说明这一差额。",
  ]);
  return b.build();
}

/** The document a fact is read from, in words ("2024年度预算"). */
function documentName(k: Knowledge, fact: Fact): string {
  const doc = k.documents.find((d) => d.docId === fact.docId);
  return doc ? `${doc.year}年度${doc.kind}` : "";
}

const isActual = (fact: Fact) => fact.basis === "决算";

/** Words before an amount that make it an actual ("决算花了<N>万"); a budget's are BUDGET_BEFORE. */
const ACTUAL_BEFORE = /决算|花|用了|用掉|实际|执行/;

/** The asker's amount as a budget, an actual, or either, by the words before it. */
function asSaid(quoted: Quoted): (fact: Fact) => boolean {
  if (BUDGET_BEFORE.test(quoted.before)) return (fact) => !isActual(fact);
  if (ACTUAL_BEFORE.test(quoted.before)) return isActual;
  return () => true;
}

/** Two of the asker's amounts printed in two different documents of the unit, in the order quoted. */
function printedInTwoDocuments(k: Knowledge, scopes: Scope[], quoted: Quoted[]): [Fact, Fact] | undefined {
  for (let i = 0; i < quoted.length; i++)
    for (let j = i + 1; j < quoted.length; j++) {
      if (money(quoted[i].value).eq(quoted[j].value)) continue;
      const firsts = factsOfValue(k, scopes, quoted[i]).filter(asSaid(quoted[i]));
      const seconds = factsOfValue(k, scopes, quoted[j]).filter(asSaid(quoted[j]));
      for (const a of firsts) {
        // (A budget against an actual is no gap of scope: both are budgets, or both actuals.)
        const c = seconds.find((fact) => fact.docId !== a.docId && isActual(fact) === isActual(a));
        if (c) return [a, c];
      }
    }
  return undefined;
}

/**
 * A body the passages name (other than the unit) whose figure of the year equals the gap: a total
 * rather than any row, where it has one.
 */
async function bodyOfGap(k: Knowledge, scope: Scope, passages: Passage[], value: string) {
  const text = passages.map((p) => p.text).join("\n");
  const named = new Set(
    k.aliases.filter((alias) => text.includes(alias.key)).flatMap((alias) => alias.units),
  );
  named.delete(scope.unit);
  const others = [...named].map((unit) => ({ ...scope, unit }));
  await k.loadDocuments(others.flatMap((s) => k.docs(s.unit, { year: s.year }).map((d) => d.docId)));
  const equal = factsOfValue(k, others, { value });
  const rank = (fact: Fact) => {
    const at = SCOPE_TOTALS.indexOf(fact.metric ?? "");
    return at < 0 ? SCOPE_TOTALS.length : at;
  };
  return equal.sort((x, y) => rank(x) - rank(y))[0];
}
