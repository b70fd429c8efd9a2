/**
 * One figure said with every source that prints it: the preferred value first, the others as notes
 * saying why they differ (rounding, fund scope, basic-only tables, or a disagreement).
 */

import type { Fact } from "../../../ingest/schema.js";
import { TO_BUY_COLUMN } from "../lexicon/count-amounts.js";
import { money } from "../../../lib/money.js";
import { gap } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { Scope } from "../scope.js";
import { distinctValues, ownWant } from "../select-facts.js";
import { factScopesDiffer, FUND_SCOPE_WORDS, SMALL_FUNDS } from "../../../ingest/domain/fund-scopes.js";
import { basisWord, kindOf, sourceLabel, sameBasis, sourcePlace } from "./labels.js";
import { lookup } from "./lookup.js";

/**
 * A 元 table's exact cell and the text's 万元 with two decimals: equal once rounded to the text's
 * decimals. Two figures printed in 万元 (3.9 and 3.97) stay two figures.
 */
function sameWhenRounded(a: Fact, b: Fact): boolean {
  if (!a.printed && !b.printed) return false;
  const places = Math.min(money(a.value).decimalPlaces(), money(b.value).decimalPlaces());
  return money(a.value).toDecimalPlaces(places).eq(money(b.value).toDecimalPlaces(places));
}

/** A count of one kind ("数量（机要通信用车）") beside the total count ("数量"): a part of it. */
const isKindOf = (fact: Fact, total: Fact) => total.column === "数量" && fact.column.startsWith("数量（");

/** "其中：机要通信用车15辆，…": the kinds a total count is stated with. */
export function addKinds(b: DraftBuilder, facts: Fact[], label: string): void {
  // None in all: no kind has any either.
  if (money(facts[0].value).isZero()) return;
  const kinds = facts
    .filter((f) => isKindOf(f, facts[0]) && !TO_BUY_COLUMN.test(f.column))
    .filter((f, i, all) => all.findIndex((other) => other.column === f.column) === i);
  if (!kinds.length) return;
  const line: Segment[] = ["其中："];
  kinds.forEach((f, i) => {
    const kind = kindOf(f) ?? "";
    line.push(i ? "，" : "", `${kind} `, b.fact(f, `${label}（${kind}）`));
  });
  b.d.bullets.push([...line, "。"]);
}

/**
 * "<某表>里的<某项>和<另一表>里的<某项>差多少": the gap between the figure and each source that
 * prints it otherwise (same basis, not merely rounded), computed and cited.
 */
export function gapsBetweenSources(b: DraftBuilder, facts: Fact[], label: string): Segment[][] {
  const values = shownValues(facts);
  return values
    .slice(1)
    .filter((f) => f.measure === values[0].measure && disagrees(values[0], f))
    .map((f) => [
      `${sourcePlace(values[0])}与${sourcePlace(f)}所列相差 `,
      b.computed(gap(values[0].value, f.value, f.measure), `${label}两处所列之差`, [values[0], f]),
      "。",
    ]);
}

/** The sources printing a figure otherwise than its first (same basis, not merely rounded). */
export function disagreeingValues(facts: Fact[]): Fact[] {
  const [first, ...rest] = shownValues(facts);
  return first ? rest.filter((f) => f.measure === first.measure && disagrees(first, f)) : [];
}

/**
 * The sources printing a figure otherwise than the one shown (same basis, not merely rounded), each
 * noted as the document disagreeing with itself: beside a whole whose parts are listed, or the two
 * figures of a share.
 */
export function disagreementNotes(
  b: DraftBuilder,
  shown: Fact,
  facts: Fact[],
  label: string,
  /** The unit has money besides the general budget (fundsMayDiffer): tables of two scopes may differ. */
  otherFunds = false,
): Segment[][] {
  // Two sentences of the narrative at odds are the document checks' (document-conflicts.ts); a
  // basic-spending table below the narrative is no disagreement; two tables of different money are
  // said to count differently.
  const explained = (f: Fact) =>
    basicTableBelowText(f, shown) || basicTableBelowText(shown, f) || echoesOtherTable(f, shown, facts);
  return distinctValues(facts.filter((f) => !isKindOf(f, shown)))
    .filter(
      (f) =>
        (!!f.table || !!shown.table) &&
        f.measure === shown.measure &&
        !money(f.value).eq(shown.value) &&
        disagrees(shown, f) &&
        !explained(f),
    )
    .map((f) => otherValueNote(b, shown, f, label, true, otherFunds));
}

/**
 * A narrative figure that another table than the one shown prints (the narrative's all-funds total
 * beside the general budget's table): that table's own note says how the two count, not a misprint.
 */
const echoesOtherTable = (text: Fact, shown: Fact, facts: Fact[]) =>
  !text.table &&
  facts.some(
    (t) =>
      !!t.table && t.table !== shown.table && (money(t.value).eq(text.value) || sameWhenRounded(t, text)),
  );

/** The distinct values of a figure's facts, the preferred first; a count's kinds are not values of it. */
const shownValues = (facts: Fact[]) => distinctValues(facts.filter((f) => !isKindOf(f, facts[0])));

/** Two sources print the figure on one basis, and not one as the other rounded: the document disagrees. */
const disagrees = (first: Fact, other: Fact) => sameBasis(first, other) && !sameWhenRounded(other, first);

/**
 * The unit has money besides the general budget's appropriation (its income total exceeds it): only
 * then may an all-funds table and a general-budget table print one row differently without error.
 */
function hasOtherFunds(k: Knowledge, scope: Scope): boolean {
  const want = ownWant(scope.doc.kind);
  const income = lookup(k, scope, { type: "metric", key: "收入合计" }, want)[0];
  const general = lookup(k, scope, { type: "metric", key: "一般公共预算财政拨款收入" }, want)[0];
  return !!income && !!general && !money(income.value).eq(general.value);
}

/** "…口径不同（前者含全部资金来源，后者只含一般公共预算财政拨款）": two tables counting different money. */
function scopeNote(first: Fact, other: Fact, otherFunds: boolean): string | undefined {
  // (A narrative figure counts the fund its heading names: "四、财政拨款收入支出…" all appropriations.)
  // Most scopes differ only by the unit's other money; a small fund (政府性基金) and a wider scope
  // always differ by the rest.
  const differ = factScopesDiffer(other, first);
  const scopes =
    differ && (otherFunds || differ.some((scope) => SMALL_FUNDS.has(scope))) ? differ : undefined;
  return scopes
    ? `，与${sourceLabel(first)}口径不同（前者${FUND_SCOPE_WORDS[scopes[0]]}，后者${FUND_SCOPE_WORDS[scopes[1]]}）。`
    : undefined;
}

/** The facts come from tables of two fund scopes and the unit has other money: they may differ. */
export const fundsMayDiffer = (k: Knowledge, scope: Scope, facts: Fact[]) =>
  facts.some((f) => !!factScopesDiffer(facts[0], f)) && hasOtherFunds(k, scope);

/**
 * A row of a table that itemises basic spending only, empty where the narrative states an amount:
 * the expense is paid from projects. (A small gap between the two is rounding, said as such.)
 */
const basicTableBelowText = (table: Fact, text: Fact) =>
  !!table.table &&
  /基本支出/.test(table.tableTitle ?? "") &&
  money(table.value).isZero() &&
  !text.table &&
  money(text.value).gt(0);

/**
 * The figure shown, cited with the 元 table that prints the narrative's value too: the reader finds
 * it on the page as printed there ("3415.00万元（表中列为34150000元）").
 */
export function shownWithTwin(b: DraftBuilder, shown: Fact, facts: Fact[], label: string): Segment {
  const twin = shown.table
    ? undefined
    : facts.find((f) => !!f.table && f.printed?.unit === "元" && f.value === shown.value);
  return twin ? b.sameFigure([shown, twin], label) : b.fact(shown, label);
}

/** "X为 A（表09）；情况说明写为 B" — every distinct value is shown, the preferred first. */
export function stateValue(
  b: DraftBuilder,
  facts: Fact[],
  label: string,
  /** Notes about a part of the answer's figure say which part they are about. */
  ofPart = false,
  /** The unit has money besides the general budget (hasOtherFunds): tables of two scopes may differ. */
  otherFunds = false,
): { headline: Segment[]; notes: Segment[][] } {
  const shown = shownValues(facts);
  // The narrative's figure first when the table row before it itemises basic spending only: the
  // narrative's is the whole expense.
  const whole = shown.find((f) => basicTableBelowText(shown[0], f));
  const values = whole ? [whole, ...shown.filter((f) => f !== whole)] : shown;
  const headline: Segment[] = [shownWithTwin(b, values[0], facts, label)];
  // (A count beside an amount, "团组数（个）" in the 三公 table's row, is no other value of it.)
  const notes = values
    .slice(1)
    .filter((f) => f.measure === values[0].measure && !echoesOtherTable(f, values[0], values))
    .map((f) => otherValueNote(b, values[0], f, label, ofPart, otherFunds));
  return { headline, notes };
}

/** The table of income by subject (02): its rows are income, every other table's spending. */
const INCOME_TABLE = "02";
const sideWord = (fact: Fact) => (fact.table === INCOME_TABLE ? "收入" : "支出");
const sidesDiffer = (a: Fact, b: Fact) => !!a.table && !!b.table && sideWord(a) !== sideWord(b);

/**
 * "<某处>所列…数为 B，<how it stands to the figure shown>": another source's value of a figure, said
 * beside the one shown (口径不同, a scope of other money, a basic-spending table, a rounding, or the
 * document at odds with itself).
 */
function otherValueNote(
  b: DraftBuilder,
  shown: Fact,
  f: Fact,
  label: string,
  ofPart: boolean,
  otherFunds: boolean,
): Segment[] {
  const where = sourcePlace;
  // A count or a score has no budget basis: "所列数", not "所列决算数".
  const basis = /元$/.test(f.measure) ? basisWord(f) : "";
  return [
    `${ofPart ? `${label}：` : ""}${where(f)}所列${basis}数为 `,
    b.fact(f, label),
    !sameBasis(shown, f)
      ? `，与${sourceLabel(shown)}的${basisWord(shown)}数口径不同。`
      : (scopeNote(shown, f, otherFunds) ??
        // A row's income (收入表) beside its spending (支出表): carry-overs set them apart.
        (sidesDiffer(shown, f)
          ? `，是${sideWord(f)}数，与${where(shown)}的${sideWord(shown)}数不是同一口径。`
          : undefined) ??
        // A basic-spending table's row, below the narrative's figure: the rest is project spending.
        (basicTableBelowText(f, shown)
          ? `，低于${where(shown)}：该表只列基本支出，由项目支出安排的同类开支不在表中。`
          : undefined) ??
        // 1234.57 in the text is the table's 12,345,678.90 元 rounded: the same figure, not a second one.
        (!disagrees(shown, f)
          ? `，是${where(shown)}同一数字的四舍五入。`
          : `，与${where(shown)}的数字不一致（文件前后不一致，请以原文核对）。`)),
  ];
}

/**
 * The narrative restating a figure rounded ("17192万元" for the table's 171,915,169元): the notes
 * that name it as the same figure (none when nothing restates it).
 */
export function roundedRestatements(b: DraftBuilder, fact: Fact, facts: Fact[], label: string): Segment[][] {
  const restated = facts.filter((f) => f !== fact && !f.table && sameWhenRounded(f, fact));
  return restated.length ? stateValue(b, [fact, ...restated], label).notes : [];
}
