import { isRoundingOf, money } from "../../../lib/money.js";
import { functionClassCode } from "../../../ingest/domain/function-classes.js";
import { factRatio } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { Fact } from "../../../ingest/schema.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { closestFigure } from "./closest.js";
import type { Draft } from "../draft.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { namedClasses } from "../class-question.js";
import { CELL_COLUMNS } from "../lexicon/cell-columns.js";
import { FUNCTION_LEVELS } from "../lexicon/amount-bounds.js";
import { unitRows } from "./rank-parts.js";
import { addClassesAddedUp } from "./classes-added-up.js";

/** A functional class's code length (类: 201); 款 and 项 are longer. */
const CLASS_DIGITS = 3;

/** Each class's share asked beside its amount ("各占多少", "比重"). */
export const SHARE_ASKED = /占|比例|比重|百分/;

/**
 * The unit's functional classes: 3-digit codes, or the class rows of tables 01/04 (no code).
 */
function classesOf(k: Knowledge, unit: string): (MetricRef & { type: "subject" })[] {
  const seen = new Set<string>();
  return k.subjects
    .filter((s) => s.scheme === "function" && (!s.code || s.code.length === 3) && s.units.includes(unit))
    .sort((x, y) => Number(!x.code) - Number(!y.code))
    .filter((s) => !seen.has(s.name) && !!seen.add(s.name))
    .map((s) => ({ type: "subject" as const, ...(s.code ? { code: s.code } : {}), name: s.name }));
}

/**
 * One row per class: a class printed under its current and its older name (卫生健康 /
 * 医疗卫生与计划生育) in two tables is one class, read from the first (coded) row found.
 */
function onePerClass(): (row: { ref: MetricRef & { type: "subject" } }) => boolean {
  const seen = new Set<string>();
  return ({ ref }) => {
    const key = ref.code ?? functionClassCode(ref.name ?? "") ?? ref.name ?? "";
    return !seen.has(key) && !!seen.add(key);
  };
}

/** A class row's figure that is a part's own column (基本支出 / 项目支出), not the class's total. */
const partColumn = (fact: Fact) => /基本支出|项目支出/.test(fact.column);

/**
 * Which class-row figures belong to each total a question may break down by class. The 财政拨款
 * tables (04, 05) hold the appropriation's share only; a part is its own column. Any other figure
 * (人员经费, 三公经费) has no class rows, and the question is refused rather than given the totals.
 */
const APPROPRIATION_TABLES = new Set(["04", "05"]);
/** A fund's own function table (07 政府性基金, 08 国有资本经营): its rows are that fund's spending. */
const fundTable = (table: string) => (fact: Fact) => fact.table === table && !partColumn(fact);
const CLASS_FIGURES: Readonly<Record<string, (fact: Fact) => boolean>> = {
  支出合计: (fact) => !APPROPRIATION_TABLES.has(fact.table ?? "") && !partColumn(fact),
  财政拨款支出: (fact) => APPROPRIATION_TABLES.has(fact.table ?? "") && !partColumn(fact),
  政府性基金预算财政拨款支出: fundTable("07"),
  国有资本经营预算财政拨款支出: fundTable("08"),
  基本支出: (fact) => fact.table !== "05" && fact.column.includes("基本支出"),
  项目支出: (fact) => fact.table !== "05" && fact.column.includes("项目支出"),
};

/** A part that is a column of the subject tables (项目支出): the class row's cell in it, when printed. */
function columnCell(
  k: Knowledge,
  scope: Scope,
  row: MetricRef & { type: "subject" },
  total: MetricRef,
  want: ReturnType<typeof wantOf>,
): Fact | undefined {
  if (total.type !== "metric" || !(CELL_COLUMNS as readonly string[]).includes(total.key)) return undefined;
  return lookup(k, scope, { ...row, column: total.key }, want).find((f) => f.table !== "05");
}

/** Is the class row's figure the one of the total broken down? */
function ofTotal(fact: Fact, total: MetricRef): boolean {
  return total.type === "metric" && !!CLASS_FIGURES[total.key]?.(fact);
}

/**
 * The narrative's rounding of a table figure ("科目N万元" for the table's exact 元): a text figure of the
 * same row whose value is the table's rounded to its own decimals, said beside it.
 */
function restatedInText(found: Fact[], fact: Fact): Fact | undefined {
  return found.find((f) => {
    if (f.table || f.measure !== fact.measure || money(f.value).eq(fact.value)) return false;
    return isRoundingOf(fact.value, f.value);
  });
}

type ClassRow = { ref: MetricRef & { type: "subject" }; fact: Fact; restated: Fact | undefined };

/** Of these subject rows, those printing a figure of the total broken down, with their figure. */
function rowsOfTotal(
  k: Knowledge,
  scope: Scope,
  refs: (MetricRef & { type: "subject" })[],
  total: MetricRef,
  want: ReturnType<typeof wantOf>,
): ClassRow[] {
  return refs.flatMap((ref) => {
    // A table named ("总表里各类…"): its rows print the class without its code; read them there.
    const uncoded =
      k.tablesNamed.length && ref.code ? lookup(k, scope, { type: "subject", name: ref.name }, want) : [];
    const found = uncoded.length ? uncoded : lookup(k, scope, ref, want);
    const fact = columnCell(k, scope, ref, total, want) ?? found.find((f) => ofTotal(f, total));
    return fact ? [{ ref, fact, restated: restatedInText(found, fact) }] : [];
  });
}

/**
 * The rows below a lone class at the first level (款, then 项) where the total has several, with
 * that level's name; undefined when every level below has one row or none.
 */
function rowsBelow(
  k: Knowledge,
  scope: Scope,
  lone: MetricRef & { type: "subject" },
  total: MetricRef,
  want: ReturnType<typeof wantOf>,
): { rows: ClassRow[]; level: string } | undefined {
  let prefix = lone.code ?? functionClassCode(lone.name ?? "");
  for (const { digits, level } of FUNCTION_LEVELS.filter((l) => l.digits > CLASS_DIGITS)) {
    if (!prefix) return undefined;
    const under = prefix;
    const refs = unitRows(k, scope.unit, "function", digits, (code) => code.startsWith(under));
    const rows = rowsOfTotal(k, scope, refs, total, want);
    if (rows.length > 1) return { rows, level };
    prefix = rows[0]?.ref.code;
  }
  return undefined;
}

/**
 * A total by functional class, largest first, each cited. A unit whose documents list no class
 * rows for the asked figure gets a refusal naming the total, never the total as the answer.
 */
export function classBreakdownOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft {
  const b = new DraftBuilder();
  const label = metricLabel(plan.metrics[0], k);
  // The question without the unit's name: "<某>交通运输局" names no class (textQuery leaves it out).
  const named = namedClasses(plan.textQuery ?? plan.question);
  // "项级科目里哪个最大": the rows of the level named (类 when none is).
  const level = FUNCTION_LEVELS.find((l) => l.words.test(plan.question) && l.digits > CLASS_DIGITS);
  const levelName = level?.level ?? "类";
  for (const scope of scopes) {
    const want = wantOf(plan, scope);
    const listed = level ? unitRows(k, scope.unit, "function", level.digits) : classesOf(k, scope.unit);
    const asked = named.length ? listed.filter((ref) => named.includes(ref.name ?? "")) : listed;
    const classRows = rowsOfTotal(k, scope, asked, plan.metrics[0], want).filter(onePerClass());
    // A fund spent under one class only (政府性基金: 207 alone): the first level below it with several rows.
    const deeper =
      !named.length && !level && classRows.length === 1
        ? rowsBelow(k, scope, classRows[0].ref, plan.metrics[0], want)
        : undefined;
    const rows = deeper?.rows ?? classRows;
    if (!rows.length) continue;
    rows.sort((x, y) => money(y.fact.value).comparedTo(x.fact.value));
    const line = [`${scopeLabel(scope)}${label}按功能分类（${deeper?.level ?? levelName}）：`];
    if (!b.d.headline.length) b.d.headline = line;
    else b.d.bullets.push(line);
    // "各占多少": each class's share of the total, computed.
    const total = SHARE_ASKED.test(plan.question) ? lookup(k, scope, plan.metrics[0], want)[0] : undefined;
    for (const { ref, fact, restated } of rows) {
      const name = metricLabel(ref, k);
      const share = total && factRatio(fact, total);
      // The share the narrative's class list prints beside this amount ("…674.75万元，占80.3%"), when
      // none is computed (a computed one gets the printed one beside it from addPrintedShares).
      const stated = share
        ? undefined
        : lookup(k, scope, ref, "share").find((f) =>
            f.source.excerpt.replace(/,/g, "").includes(money(fact.value).toFixed()),
          );
      b.d.bullets.push([
        `${name}：`,
        b.fact(fact, name),
        ...(restated ? ["（说明中写为 ", b.fact(restated, `${name}（说明）`), "）"] : []),
        ...(total && share ? ["，占 ", b.computed(share, `${name}占${label}比重`, [fact, total])] : []),
        ...(stated ? ["（文件所列占比 ", b.asPrinted(stated, `${name}占比（文件所列）`), "）"] : []),
      ]);
    }
    // Every class listed: their sum set against the total; some named: the total beside their shares.
    const whole = total ?? lookup(k, scope, plan.metrics[0], want)[0];
    const facts = rows.map((r) => r.fact);
    if (!named.length && !level) addClassesAddedUp(b, label, facts, whole, `${label}各功能分类合计`);
    else if (total) b.d.bullets.push([`${label}合计 `, b.fact(total, label), "。"]);
    const absent = named.filter((name) => !rows.some((r) => r.ref.name === name));
    if (absent.length) b.d.notes.push([`${scopeLabel(scope)}的表中未列示${absent.join("、")}这一类。`]);
    if (rows.length > 1 && /最多|最大|最高/.test(plan.question))
      b.d.notes.push([`最多的一${levelName}是${metricLabel(rows[0].ref, k)}。`]);
  }
  if (b.d.headline.length) return b.build();
  return closestFigure(k, plan, scopes, { lacking: `${label}按功能分类（${levelName}）的明细` });
}
