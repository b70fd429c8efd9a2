import type { Fact } from "../../../ingest/schema.js";
import { decimalsOf, money } from "../../../lib/money.js";
import { inTenThousands } from "../calculator.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { CONVERSION_CHECKED, TOTAL_ROW } from "../lexicon/precision-asked.js";
import type { QueryPlan } from "../plan-schema.js";
import { metricLabel, scopeLabel, sourcePlace } from "./labels.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { factsOfValue, quotedAmounts } from "./quoted-figures.js";

/** The cells of these documents printing an amount as written in 元 (their `printed`). */
function printedInYuan(k: Knowledge, docIds: string[], number: string): Fact[] {
  return docIds.flatMap((docId) =>
    k.factsOf(docId).filter((fact) => fact.printed?.unit === "元" && money(fact.printed.value).eq(number)),
  );
}

/** Amounts the asker writes in 元 or 万 (not 亿, not a bare decimal). */
const WRITTEN_UNITS = new Set(["元", "万", "万元"]);

/** Of the cells printing the amount, the one in the sentence's own row, else a total's, else the first. */
function preferredCell(cells: Fact[], stated: Fact | undefined): Fact | undefined {
  return (
    cells.find((cell) => stated && cell.row === stated.row) ??
    cells.find((cell) => TOTAL_ROW.test(cell.row)) ??
    cells[0]
  );
}

/**
 * "说<某项>涉及<甲>万元，跟<某数>一样吗": the one figure the question names, as a table of the same
 * document prints it, when the question writes no 元 amount.
 */
function namedCell(k: Knowledge, plan: QueryPlan, scope: Scope, stated: Fact): Fact | undefined {
  if (plan.metrics.length !== 1) return undefined;
  const doc = k.docs(scope.unit, { year: scope.year }).find((d) => d.docId === stated.docId);
  if (!doc) return undefined;
  const facts = lookup(k, { ...scope, doc }, plan.metrics[0], wantOf(plan, scope));
  // The amount written is the named figure's own ("会议费2.22万，三个会加起来对得上吗"): no other figure.
  if (facts.some((fact) => fact.id === stated.id || fact.value === stated.value)) return undefined;
  return facts.find((fact) => !!fact.table && fact.printed?.unit === "元");
}

/**
 * "说预算<甲>万，表里<乙>元，换算一致吗": the amount in 元 converted to 万元 (two decimals, and as the
 * other was written when that is coarser), set against the 万元 amount; both read from the
 * documents and cited. Undefined unless the question writes one amount in 元 and one in 万 and the
 * documents print both. With no 元 amount written, the figure the question names is the table's.
 */
export async function conversionCheckOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  if (!CONVERSION_CHECKED.test(plan.question) || !scopes.length) return undefined;
  const written = quotedAmounts(plan.question).filter((q) => WRITTEN_UNITS.has(q.written.unit ?? ""));
  const yuan = written.find((q) => q.written.unit === "元");
  const wan = written.find((q) => q.written.unit !== "元");
  if (!wan) return undefined;
  const docIds = scopes.flatMap((scope) => k.docs(scope.unit, { year: scope.year }).map((doc) => doc.docId));
  await k.loadDocuments(docIds);
  const inYuanCells = yuan && printedInYuan(k, docIds, yuan.written.number);
  const [inWan] = factsOfValue(k, scopes, wan).filter((fact) => !fact.table);
  if (!inWan) return undefined;
  const inYuan = inYuanCells
    ? preferredCell(inYuanCells, inWan)
    : written.length === 1
      ? namedCell(k, plan, scopes[0], inWan)
      : undefined;
  if (!inYuan?.printed) return undefined;
  const row = yuan ? inYuan.row : metricLabel(plan.metrics[0], k);
  const b = new DraftBuilder();
  const yuanPrinted = inYuan.printed.value;
  const converted = inTenThousands(yuanPrinted);
  const places = decimalsOf(inWan.value);
  const asWritten = places < 2 ? inTenThousands(yuanPrinted, places) : converted;
  const agrees = money(asWritten.value).eq(inWan.value);
  b.d.headline = [
    `${scopeLabel(scopes[0])}${sourcePlace(inYuan)}「${row}」所列 `,
    b.fact(inYuan, row),
    "，换算为 ",
    b.computed(converted, `${row}（换算为万元）`, [inYuan]),
    "；",
    `${sourcePlace(inWan)}写的${inWan.row}是 `,
    b.fact(inWan, inWan.row),
    "。",
  ];
  if (asWritten !== converted)
    b.d.bullets.push([
      `按后者的写法（${places ? `保留${places}位小数` : "取整到万元"}）为 `,
      b.computed(asWritten, `${row}（取整到所写的位数）`, [inYuan]),
      agrees ? "，两者一致，差别只是四舍五入。" : "，两者仍不一致（请以原文核对）。",
    ]);
  else b.d.bullets.push([agrees ? "两者一致。" : "两者不一致（请以原文核对）。"]);
  return b.build();
}
