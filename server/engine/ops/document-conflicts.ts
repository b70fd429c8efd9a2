import type { Fact, Warning } from "../../../ingest/schema.js";
import { difference, gap, lessAll, ratio, total, type Computed } from "../calculator.js";
import { money } from "../../../lib/money.js";
import { DraftBuilder, type Draft, type Figure, type Segment } from "../draft.js";
import { TOTAL_FIRST, type Knowledge } from "../knowledge.js";
import { placeWords, sourceLabel } from "./labels.js";
import { statedRateDisagrees } from "./stated-rate-check.js";

/** Notes about the document disagreeing with itself, per answer. */
const MAX_NOTES = 2;
/** Answers citing more documents than this (rankings, comparisons of many units) get no such notes. */
const MAX_DOCUMENTS = 4;

/** A misprinted cell's note first, then the checks with the most parts. */
const byWeight = (x: Warning, y: Warning) =>
  Number(y.code === "misprint") - Number(x.code === "misprint") || y.factIds.length - x.factIds.length;

/** The rate columns of the checks that set a stated rate against the amounts of its sentence. */
const STATED_CHANGE = "比上年增减率";
const STATED_RATE = /预算完成率$/;

/**
 * An answer citing a figure the ingest's checks found the document itself contradicting (a
 * narrative figure stated twice with two values, a stated change or completion rate its own
 * amounts do not give, a narrative figure against its table) says so in a note, with both
 * figures cited and the arithmetic shown: the reader learns where the document is unreliable.
 */
export async function addDocumentConflicts(k: Knowledge, draft: Draft): Promise<void> {
  if (draft.status !== "answered") return;
  const cited = draft.figures.flatMap((figure) => figure.facts);
  const docIds = [...new Set(cited.map((fact) => fact.docId))];
  if (!docIds.length || docIds.length > MAX_DOCUMENTS) return;
  const warnings = new Map<string, Warning[]>();
  for (const docId of docIds) {
    const byFact = await k.conflicts(docId);
    for (const fact of cited)
      for (const warning of byFact.get(fact.id) ?? []) {
        // One printed total its parts miss is one note: the check with the most parts says it, the
        // others (its 基本 and 项目 columns beside its rows) confirm it; a misprint the total above
        // it confirms says it first.
        const key = TOTAL_FIRST.has(warning.code) ? `sum|${fact.id}` : warning.factIds.join("|");
        const kept = warnings.get(key) ?? [];
        if (!kept.some((w) => w.factIds.join("|") === warning.factIds.join("|")))
          warnings.set(key, [...kept, warning].sort(byWeight));
      }
  }
  const b = new DraftBuilder(draft);
  for (const [warning, ...confirming] of [...warnings.values()].slice(0, MAX_NOTES)) {
    const facts = warning && (await factsOf(k, warning.factIds));
    // A misprint is said with the cell's own parts (its largest failed sum); the others confirm it.
    const [own, ...others] = warning?.code === "misprint" ? confirming : [warning, ...confirming];
    const ownFacts = own && (own === warning ? facts : await factsOf(k, own.factIds));
    const note =
      warning?.code === "misprint"
        ? facts && ownFacts && misprintNote(b, facts, ownFacts.slice(1), draft)
        : facts && !alreadyShown(draft, facts) && conflictNote(k, b, warning, facts);
    if (!note || !ownFacts) continue;
    for (const other of own?.code === "sum_mismatch" ? others : []) {
      const parts = (await factsOf(k, other.factIds))?.slice(1);
      if (parts) note.push(...sameSumOtherwise(b, ownFacts[0]!, ownFacts.slice(1), parts));
    }
    b.d.notes.push(note);
  }
}

/**
 * "另按同一行的 基本支出 a + 项目支出 b 相加，也为 s": a second set of parts that gives the same sum,
 * said after the first (nothing when it gives another).
 */
function sameSumOtherwise(b: DraftBuilder, whole: Fact, first: Fact[], parts: Fact[]): Segment[] {
  const sum = (list: Fact[]) =>
    total(
      list.map((part) => part.value),
      whole.measure,
    );
  if (parts.some((part) => part.measure !== whole.measure) || !money(sum(parts).value).eq(sum(first).value))
    return [];
  // One part beside an empty one ("基本支出 a", 项目支出 blank): that cell is the same sum.
  if (parts.length === 1)
    return [
      "另同一行的",
      `${parts[0]!.column} `,
      b.fact(parts[0]!, `${parts[0]!.row}${parts[0]!.column}`),
      " 也为此数。",
    ];
  return [
    "另按同一行的",
    ...parts.flatMap((part, i) => [
      i ? " + " : " ",
      `${part.column} `,
      b.fact(part, `${part.row}${part.column}`),
    ]),
    " 相加，也为 ",
    b.computed(sum(parts), `${whole.row}${parts.map((part) => part.column).join("与")}之和`, parts),
    "。",
  ];
}

/** The warning's facts in its order, when all of them are still in the store. */
async function factsOf(k: Knowledge, ids: string[]): Promise<Fact[] | undefined> {
  const found = new Map((await k.store.factsByIds(ids)).map((fact) => [fact.id, fact]));
  const facts = ids.map((id) => found.get(id));
  return facts.every((fact): fact is Fact => !!fact) ? facts : undefined;
}

/**
 * Figures of one line that disagree, two of which the answer already prints side by side (a
 * narrative figure set against its table): the disagreement is shown. A stated rate its amounts
 * do not give is shown when the answer works out a rate from those amounts itself.
 */
function alreadyShown(draft: Draft, facts: Fact[]): boolean {
  if (facts.some((fact) => fact.column === STATED_CHANGE || STATED_RATE.test(fact.column)))
    return workedOut(draft, facts);
  const shown = new Set(draft.figures.flatMap((figure) => figure.facts.map((fact) => fact.id)));
  return new Set(facts.filter((fact) => shown.has(fact.id)).map((fact) => fact.value)).size >= 2;
}

/** The answer computes a rate from one of these amounts itself (a change on last year asked). */
function workedOut(draft: Draft, facts: Fact[]): boolean {
  const ids = new Set(facts.map((fact) => fact.id));
  return draft.figures.some(
    (figure) => figure.formula && figure.measure === "%" && figure.facts.some((fact) => ids.has(fact.id)),
  );
}

function conflictNote(k: Knowledge, b: DraftBuilder, warning: Warning, facts: Fact[]): Segment[] | undefined {
  const [first, second, third] = facts;
  if (warning.code === "table_vs_text" && facts.length === 2) return tableAgainstText(b, first, second);
  if (warning.code === "sum_mismatch" && facts.length >= 2)
    return partsAddUpOtherwise(b, first, facts.slice(1));
  // A stated change its amounts do not give: said as a change on last year asked says it.
  if (first.column === STATED_CHANGE && third)
    return statedRateDisagrees(k, b, third, second, first, first.row);
  if (STATED_RATE.test(first.column) && third) return statedRate(b, first, second, third);
  if (facts.every((fact) => fact.column === first.column))
    return [...statedTwice(b, facts), ...sharesOfEach(b, facts)];
  return undefined;
}

/**
 * A share the answer works out with one of the figures written two ways ("3.6 ÷ 23.3 = 15.45%"):
 * the share with each other way too ("按 3.61万元 计算为 15.49%"), so a reader checking a printed
 * rate sees which figure gives it.
 */
function sharesOfEach(b: DraftBuilder, facts: Fact[]): Segment[] {
  const ids = new Set(facts.map((fact) => fact.id));
  for (const figure of b.d.figures) {
    if (!figure.formula || figure.measure !== "%" || figure.facts.length !== 2) continue;
    const [part, whole] = figure.facts;
    if (!ids.has(part.id) || ids.has(whole.id) || ratio(part.value, whole.value)?.value !== figure.value)
      continue;
    const others = facts.filter((fact) => fact.value !== part.value);
    const segments: Segment[] = [];
    for (const other of others.filter((fact, i) => others.findIndex((o) => o.value === fact.value) === i)) {
      const share = ratio(other.value, whole.value);
      if (share)
        segments.push(
          "按 ",
          b.fact(other, placed(other)),
          " 计算，占比为 ",
          b.computed(share, `${other.row}占比（按${placeWords(other.source)}的数字）`, [other, whole]),
          "。",
        );
    }
    return segments;
  }
  return [];
}

const placed = (fact: Fact) => `${fact.row}（${sourceLabel(fact)}${placeWords(fact.source)}）`;

/** "说明称完成预算的r%，但决算数 ÷ 预算数 = x%". */
function statedRate(b: DraftBuilder, rate: Fact, actual: Fact, budget: Fact): Segment[] | undefined {
  const computed = ratio(actual.value, budget.value);
  if (!computed) return undefined;
  return [
    `文件此处前后不一致：${placeWords(rate.source)}说明称${rate.row}完成预算的 `,
    b.fact(rate, `${rate.row}（说明所称完成率）`),
    "，但按同一句的决算数 ",
    b.fact(actual, `${actual.row}（说明所列决算数）`),
    " 和预算数 ",
    b.fact(budget, `${budget.row}（说明所列预算数）`),
    " 计算为 ",
    b.computed(computed, `${rate.row}预算完成率（按说明所列两数计算）`, [actual, budget]),
    "。",
  ];
}

/** "所列合计为 a，但其各组成部分相加为 b（…），相差 c": a printed total its own parts do not give. */
function partsAddUpOtherwise(b: DraftBuilder, whole: Fact, parts: Fact[]): Segment[] | undefined {
  if (parts.some((part) => part.measure !== whole.measure)) return undefined;
  const sum = total(
    parts.map((part) => part.value),
    whole.measure,
  );
  const label = `${whole.row}（${sourceLabel(whole)}${placeWords(whole.source)}）`;
  return [
    `文件此处前后不一致：${sourceLabel(whole)}所列${whole.row} `,
    b.fact(whole, label),
    ...partsMiss(b, whole, parts, sum),
    "（请以原文核对）。",
  ];
}

/** "，但同表其各组成部分相加为 s，相差 d": a printed figure's parts, added, and how far they miss it. */
function partsMiss(b: DraftBuilder, whole: Fact, parts: Fact[], sum: Computed): Segment[] {
  return [
    "，但同表其各组成部分相加为 ",
    b.computed(sum, `${whole.row}各组成部分之和`, parts),
    "，相差 ",
    b.computed(gap(whole.value, sum.value, whole.measure), `${whole.row}所列数与各部分之和之差`, [
      whole,
      ...parts,
    ]),
  ];
}

/**
 * "所列a，但其各组成部分相加为s；上级合计g减去其余部分也为s：所列数应为s": a cell both identities it
 * belongs to put at one other value, with both computations shown.
 */
function misprintNote(b: DraftBuilder, facts: Fact[], parts: Fact[], draft: Draft): Segment[] | undefined {
  const [cell, above, ...others] = facts;
  if (!cell || !above || [above, ...others, ...parts].some((fact) => fact.measure !== cell.measure))
    return undefined;
  const fromParts = total(
    parts.map((part) => part.value),
    cell.measure,
  );
  const fromAbove = lessAll(
    above.value,
    others.map((other) => other.value),
    cell.measure,
  );
  if (!money(fromParts.value).eq(fromAbove.value)) return undefined;
  return [
    `文件此处有印刷差错：${sourceLabel(cell)}所列${cell.row} `,
    b.fact(cell, `${cell.row}（${sourceLabel(cell)}所列）`),
    ...partsMiss(b, cell, parts, fromParts),
    `；${above.row} `,
    b.fact(above, above.row),
    " 减去",
    ...others.flatMap((other, i): Segment[] => [i ? "、" : "", `${other.row} `, b.fact(other, other.row)]),
    " 也为 ",
    b.computed(fromAbove, `${above.row}减去其余部分`, [above, ...others]),
    `。两处勾稽一致，${cell.row}应以各组成部分之和为准（请以原文核对）。`,
    ...correctedShares(b, draft, cell, fromParts, parts),
  ];
}

/**
 * "按更正后的 s 计算，占比为 r": each share, difference or sum of two the answer worked out with the
 * misprinted cell, worked out again with the value both identities give.
 */
function correctedShares(
  b: DraftBuilder,
  draft: Draft,
  cell: Fact,
  corrected: Computed,
  parts: Fact[],
): Segment[] {
  return draft.figures.flatMap((figure): Segment[] => {
    const again = workedAgain(figure, cell, corrected.value);
    if (!again) return [];
    const other = figure.facts[0].id === cell.id ? figure.facts[1] : figure.facts[0];
    return [
      `按更正后的${cell.row} ${corrected.value}${cell.measure}计算，${figure.label}为 `,
      b.computed(again, `${figure.label}（按更正后的${cell.row}）`, [...parts, other]),
      "。",
    ];
  });
}

/** A figure of two facts, one the misprinted cell, worked out again the way it was worked out. */
function workedAgain(figure: Figure, cell: Fact, corrected: string): Computed | undefined {
  const [first, second, ...more] = figure.facts;
  if (!figure.formula || !first || !second || more.length) return undefined;
  if (first.id !== cell.id && second.id !== cell.id) return undefined;
  const [a, c] = first.id === cell.id ? [corrected, second.value] : [first.value, corrected];
  if (figure.measure === "%") return ratio(a, c);
  if (figure.measure !== cell.measure) return undefined;
  if (money(first.value).minus(second.value).eq(figure.value)) return difference(a, c, cell.measure);
  if (money(second.value).minus(first.value).eq(figure.value)) return difference(c, a, cell.measure);
  if (money(first.value).plus(second.value).eq(figure.value)) return total([a, c], cell.measure);
  return undefined;
}

/** "文件中同一数字前后写法不一：a（第x页）、b（第y页）". */
function statedTwice(b: DraftBuilder, facts: Fact[]): Segment[] {
  const segments: Segment[] = [`文件中${facts[0].row}的${facts[0].column}前后写法不一：`];
  facts.forEach((fact, i) => {
    if (i) segments.push("、");
    segments.push(b.fact(fact, placed(fact)), `（${placeWords(fact.source)}）`);
  });
  segments.push("。");
  return segments;
}

/** "表X列为a，说明为b". */
function tableAgainstText(b: DraftBuilder, cell: Fact, text: Fact): Segment[] {
  return [
    `文件的表格与说明不一致：${sourceLabel(cell)}列为 `,
    b.fact(cell, placed(cell)),
    `，${placeWords(text.source)}说明为 `,
    b.fact(text, placed(text)),
    "。",
  ];
}
