import { money } from "../../../lib/money.js";
import type { Fact } from "../../../ingest/schema.js";
import { METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import { lessAll, ratio, total } from "../calculator.js";
import { SHARE_ASKED } from "./class-breakdown.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { CELL_COLUMNS } from "../lexicon/cell-columns.js";
import { totalBeside } from "../lexicon/outside-parts.js";
import { INCOME_TOTAL_KEY } from "../lexicon/total-kin.js";
import { refKey, type MetricRef, type QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { rowTotalOf } from "./row-total.js";
import { listedParts } from "./listed-sum.js";
import { lookup, oneRefPerName, wantOf } from "./lookup.js";
import { metricLabel, parentOf, partsOf, scopeLabel, sourceLabel, tableName } from "./labels.js";

const same = (a: MetricRef | undefined, b: MetricRef) => refKey(a) === refKey(b);

/** One name matched as a coded row and as one printed without a code: the coded row is read. */
const codedFirst = (a: MetricRef, b: MetricRef) => uncoded(a) - uncoded(b);
const uncoded = (ref: MetricRef) => (ref.type === "subject" && ref.code ? 0 : 1);

/** What is taken off the whole: one figure, or the part's own parts that the whole's table lists. */
interface Removed {
  label: string;
  facts: Fact[];
  note?: string;
  /** The figure those parts stand for, when the document does not print it: their sum is shown. */
  sumOf?: string;
}

/**
 * "<某类>扣掉项目支出": a column of the subject tables taken off a row is that row's cell in it, not
 * the unit's whole column.
 */
function cellOfRow(
  k: Knowledge,
  scope: Scope,
  whole: MetricRef,
  part: MetricRef,
  want: ReturnType<typeof wantOf>,
) {
  if (whole.type !== "subject" || part.type !== "metric") return undefined;
  if (!(CELL_COLUMNS as readonly string[]).includes(part.key)) return undefined;
  return lookup(k, scope, { ...whole, column: part.key }, want)[0];
}

/**
 * "公用经费不算三公": a part that is not itself a row of the whole's table (三公经费 in the 基本支出
 * 经济分类 table) is taken off as its own parts the table lists (公务接待费, 公务用车运行维护费); the
 * rest of it is paid from elsewhere and was never in the whole.
 */
function partsInTable(
  k: Knowledge,
  scope: Scope,
  whole: Fact,
  part: MetricRef,
  want: ReturnType<typeof wantOf>,
): Removed | undefined {
  if (!whole.table) return undefined;
  const inTable = (ref: MetricRef) => lookup(k, scope, ref, want).find((f) => f.table === whole.table);
  if (inTable(part)) return undefined;
  // A lexicon figure is read in that table by its own 经济分类 row.
  const rowOf = (ref: MetricRef): MetricRef => {
    const code = ref.type === "metric" ? METRIC_BY_KEY.get(ref.key)?.economicCode : undefined;
    const row = code ? k.subjects.find((s) => s.scheme === "economic" && s.code === code) : undefined;
    return row ? { type: "subject", code: row.code, name: row.name } : ref;
  };
  const leaves = partsOf(part).flatMap((ref) => (partsOf(ref).length ? partsOf(ref) : [ref]));
  const listed = leaves.flatMap((ref) => {
    const fact = inTable(ref) ?? inTable(rowOf(ref));
    return fact ? [{ ref, fact }] : [];
  });
  if (!listed.length) return undefined;
  const names = listed.map(({ ref }) => metricLabel(ref, k));
  const absent = leaves
    .filter((ref) => !listed.some((l) => same(l.ref, ref)))
    .map((ref) => metricLabel(ref, k));
  const table = tableName(whole) || sourceLabel(whole);
  return {
    label: names.join("、"),
    facts: listed.map(({ fact }) => fact),
    note: `${metricLabel(part, k)}中列在「${table}」里的只有${names.join("、")}${absent.length ? `；${absent.join("、")}不在此表，未扣除` : ""}。`,
    // (All of its parts, or those its own figure elsewhere adds up to: their sum is the figure removed.)
    ...(listed.length > 1 &&
    (!absent.length ||
      addsUpTo(
        listed.map(({ fact }) => fact),
        lookup(k, scope, part, want)[0],
      ))
      ? { sumOf: metricLabel(part, k) }
      : {}),
  };
}

/** Parts whose amounts add up to a figure printed elsewhere. */
const addsUpTo = (parts: Fact[], whole: Fact | undefined) =>
  !!whole &&
  parts.every((part) => part.measure === whole.measure) &&
  total(
    parts.map((part) => part.value),
    whole.measure,
  ).value === money(whole.value).toFixed();

/**
 * One unit's figure less a part of it: the whole is the metric the other is a part of, else the
 * larger. Undefined when the two figures are not both found.
 */
export function excludeOp(k: Knowledge, plan: QueryPlan, scope: Scope): DraftBuilder | undefined {
  const refs = oneRefPerName([...plan.metrics].sort(codedFirst));
  if (refs.length !== 2) return undefined;
  const [m0, m1] = refs;
  const want = wantOf(plan, scope);
  const firstCell = cellOfRow(k, scope, m0, m1, want);
  // "<某项>里不是财政拨款的": the row's total read in the table whose column is taken off (收入决算表
  // 合计 beside its 财政拨款收入), not the row of a table that holds the 财政拨款 alone.
  const f0 = (firstCell && rowTotalOf(k, firstCell)) || lookup(k, scope, m0, want)[0];
  const f1 = lookup(k, scope, m1, want)[0];
  // "除了财政拨款…": a figure the document prints only as its listed parts (each fund's) is those.
  const listed = !f1 && f0 ? listedInstead(k, scope, m1, f0, want) : undefined;
  if (listed) return lessRemoved(k, scope, { ref: m0, fact: f0 }, m1, listed, plan.question);
  if (!f0 || !f1 || f0.measure !== f1.measure) return undefined;
  const firstIsWhole =
    same(parentOf(m1), m0) ||
    !!firstCell ||
    (!same(parentOf(m0), m1) && Number(f0.value) >= Number(f1.value));
  const [whole, part] = firstIsWhole
    ? [
        { ref: m0, fact: f0 },
        { ref: m1, fact: f1 },
      ]
    : [
        { ref: m1, fact: f1 },
        { ref: m0, fact: f0 },
      ];
  const wl = metricLabel(whole.ref, k);
  const pl = metricLabel(part.ref, k);
  const beside =
    whole.ref.type === "metric" && part.ref.type === "metric" && totalBeside(whole.ref.key, part.ref.key);
  if (beside) {
    const total = lookup(k, scope, { type: "metric", key: beside }, want)[0];
    return alreadyWithout(scope, { whole: whole.fact, part: part.fact, total }, wl, pl, beside);
  }
  const cell = firstIsWhole ? firstCell : cellOfRow(k, scope, m1, m0, want);
  const removed: Removed = cell
    ? { label: `${wl}中的${pl}`, facts: [cell] }
    : (partsInTable(k, scope, whole.fact, part.ref, want) ?? { label: pl, facts: [part.fact] });
  return lessRemoved(k, scope, whole, part.ref, removed, plan.question);
}

/**
 * A figure the document does not print as such but as its listed parts (LISTED_PARTS: each fund's
 * appropriation, and no 财政拨款收入 row), those parts of the whole's document.
 */
function listedInstead(
  k: Knowledge,
  scope: Scope,
  ref: MetricRef,
  whole: Fact,
  want: ReturnType<typeof wantOf>,
): Removed | undefined {
  const found = listedParts(k, scope, ref, want, (f) => f.docId === whole.docId).filter(
    ({ fact }) => fact.measure === whole.measure,
  );
  if (!found.length) return undefined;
  const names = found.map(({ name }) => name);
  return {
    label: names.join("、"),
    facts: found.map(({ fact }) => fact),
    note: `文件未单列${metricLabel(ref, k)}合计，按其所列${names.join("、")}扣除。`,
    ...(found.length > 1 ? { sumOf: metricLabel(ref, k) } : {}),
  };
}

/** The whole less what is removed, with the formula, each figure cited. */
function lessRemoved(
  k: Knowledge,
  scope: Scope,
  whole: { ref: MetricRef; fact: Fact },
  partRef: MetricRef,
  removed: Removed,
  question: string,
): DraftBuilder | undefined {
  const wl = metricLabel(whole.ref, k);
  const pl = metricLabel(partRef, k);
  if (removed.facts.some((f) => f.measure !== whole.fact.measure)) return undefined;
  const rest = lessAll(
    whole.fact.value,
    removed.facts.map((f) => f.value),
    whole.fact.measure,
  );
  if (money(rest.value).isNegative()) return undefined;
  const b = new DraftBuilder();
  b.d.headline = [
    `${scopeLabel(scope)}${wl}扣除${pl}后为 `,
    b.computed(rest, `${wl}扣除${pl}`, [whole.fact, ...removed.facts]),
    "。",
  ];
  // "不是<甲>的钱占多大比例": what is left, over the whole.
  const share = SHARE_ASKED.test(question) ? ratio(rest.value, whole.fact.value) : undefined;
  if (share)
    b.d.headline.splice(
      -1,
      1,
      "，占",
      wl,
      "的 ",
      b.computed(share, `${wl}扣除${pl}后的占比`, [whole.fact, ...removed.facts]),
      "。",
    );
  const names = removed.facts.length === 1 ? [removed.label] : removed.label.split("、");
  b.d.bullets.push([
    `${wl} `,
    b.fact(whole.fact, wl),
    ...removed.facts.flatMap((fact, i) => [`，${names[i]} `, b.fact(fact, names[i])]),
    "。",
  ]);
  if (removed.sumOf) {
    const sum = total(
      removed.facts.map((f) => f.value),
      whole.fact.measure,
    );
    b.d.bullets.push([`${removed.sumOf}合计 `, b.computed(sum, removed.sumOf, removed.facts), "。"]);
  }
  if (removed.note) b.d.notes.push([removed.note]);
  // The year's income holds no carry-in from last year: said, with its figure, when the document prints one.
  const carried =
    refKey(whole.ref) === refKey(INCOME_TOTAL)
      ? lookup(k, scope, CARRIED_IN, "budget").find(
          (f) => f.docId === whole.fact.docId && f.measure === whole.fact.measure && money(f.value).gt(0),
        )
      : undefined;
  if (carried)
    b.d.notes.push([`${wl}不含年初结转和结余 `, b.fact(carried, "年初结转和结余"), "，上面未计入。"]);
  return b;
}

/** The year's income, and the carry-in from last year printed beside it (not part of it). */
const INCOME_TOTAL: MetricRef = { type: "metric", key: INCOME_TOTAL_KEY };
const CARRIED_IN: MetricRef = { type: "metric", key: "年初结转和结余" };

/** "除去<结转>，本年收入多少": the total asked never held the part; it is the answer as printed. */
function alreadyWithout(
  scope: Scope,
  facts: { whole: Fact; part: Fact; total?: Fact },
  wholeLabel: string,
  partLabel: string,
  totalLabel: string,
): DraftBuilder {
  const b = new DraftBuilder();
  b.d.headline = [`${scopeLabel(scope)}${wholeLabel}为 `, b.fact(facts.whole, wholeLabel), "。"];
  b.d.bullets.push([
    `${partLabel} `,
    b.fact(facts.part, partLabel),
    `列在${wholeLabel}之外，不含在其中，无需再扣除。`,
  ]);
  if (facts.total)
    b.d.bullets.push([`${totalLabel}（含${partLabel}） `, b.fact(facts.total, totalLabel), "。"]);
  return b;
}
