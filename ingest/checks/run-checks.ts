import { decimalsOf, money, percentOf, sum } from "../../lib/money.js";
import { METRICS } from "../domain/metrics.js";
import { canonicalPlaces } from "../text/amount-unit.js";
import { squeezeNumber } from "../text/parse-amount.js";
import type { Fact, ParsedTable, Warning } from "../schema.js";

/**
 * Consistency checks at ingest. Nothing is dropped or corrected: every disagreement becomes a
 * warning on the document, naming the facts involved, so answers can say which source says what.
 */
export function runChecks(facts: Fact[], tables: ParsedTable[]): Warning[] {
  const printed = printedDecimals(tables);
  return [
    ...codeHierarchy(facts, printed),
    ...columnTotals(facts, tables, printed),
    ...basicSpendingTotals(facts, printed),
    ...textConflicts(facts),
    ...tableVsText(facts),
    ...statedRates(facts),
  ];
}

/** Differences no larger than the last printed digit times the number of addends are rounding. */
function classify(
  total: string,
  parts: string[],
  diff: ReturnType<typeof money>,
  places = Math.min(decimalsOf(total), ...parts.map(decimalsOf)),
): Warning["code"] {
  const unit = money(1).div(money(10).pow(places));
  return diff.abs().lte(unit.times(Math.max(1, parts.length))) ? "rounding" : "sum_mismatch";
}

type Printed = Map<string, number>;

/** Decimal places of each table cell as printed: fact values drop trailing zeros ("8.40" → "8.4"), cells keep them. */
function printedDecimals(tables: ParsedTable[]): Printed {
  const out: Printed = new Map();
  for (const t of tables)
    t.rows.forEach((row, r) =>
      row.cells.forEach((raw, c) =>
        out.set(`${t.id}:r${r}:c${c}`, /\.(\d+)/.exec(squeezeNumber(raw))?.[1].length ?? 0),
      ),
    );
  return out;
}

/** Places in the facts' measure: a cell printed in 元 with cents is exact to 0.000001 万元, not to 0.01. */
function placesOf(facts: Fact[], printed: Printed): number {
  return Math.min(
    ...facts.map((f) => {
      const places = printed.get(f.id);
      return places === undefined ? decimalsOf(f.value) : canonicalPlaces(places, f.printed?.unit ?? "");
    }),
  );
}

function cellsByTable(facts: Fact[]): Map<string, Fact[]> {
  const out = new Map<string, Fact[]>();
  for (const f of facts)
    if (f.table) out.set(`${f.docId}|${f.table}`, [...(out.get(`${f.docId}|${f.table}`) ?? []), f]);
  return out;
}

/** 类 = Σ款, 款 = Σ项 (功能分类 3/5/7 digits; 经济分类 3/5 digits), 合计 = Σ top-level rows. */
function codeHierarchy(facts: Fact[], printed: Printed): Warning[] {
  const warnings: Warning[] = [];
  for (const [, cells] of cellsByTable(facts)) {
    const byColumn = new Map<string, Fact[]>();
    for (const f of cells) byColumn.set(f.column, [...(byColumn.get(f.column) ?? []), f]);
    for (const [column, col] of byColumn) {
      const coded = col.filter((f) => f.rowCode);
      for (const parent of coded) {
        const code = parent.rowCode ?? "";
        const children = coded.filter(
          (c) => c.rowCode?.startsWith(code) && c.rowCode.length === code.length + 2,
        );
        if (!children.length) continue;
        check(warnings, parent, children, `${parent.tableTitle}「${code} ${parent.row}」${column}`, printed);
      }
      const total = col.find((f) => !f.rowCode && /^合计$/.test(f.row));
      const shortest = Math.min(...coded.map((f) => f.rowCode?.length ?? 99));
      const top = coded.filter((f) => f.rowCode?.length === shortest);
      if (total && top.length && shortest <= 7 && !/^(30|31|39)/.test(top[0].rowCode ?? ""))
        check(warnings, total, top, `${total.tableTitle}「合计」${column}`, printed);
    }
  }
  return warnings;
}

function check(warnings: Warning[], total: Fact, parts: Fact[], label: string, printed: Printed): void {
  const computed = sum(parts.map((p) => p.value));
  const diff = money(total.value).minus(computed);
  if (diff.isZero()) return;
  warnings.push({
    code: classify(
      total.value,
      parts.map((p) => p.value),
      diff,
      placesOf([total, ...parts], printed),
    ),
    message: `${label}为${total.value}，其组成部分之和为${computed.toFixed()}（${parts.map((p) => p.value).join(" + ")}），相差${diff.toFixed()}`,
    factIds: [total.id, ...parts.map((p) => p.id)],
  });
}

/** In every row, a 合计/小计 column equals the sum of its sibling columns (基本支出 + 项目支出 = 合计; 三公 parts). */
function columnTotals(facts: Fact[], tables: ParsedTable[], printed: Printed): Warning[] {
  const warnings: Warning[] = [];
  for (const table of tables) {
    const paths = table.columns.filter((c) => c.segment === 0);
    // Facts of this table by row line and column index (ids end in ":r<row>:c<index>").
    const rowFacts = new Map<number, Map<number, Fact>>();
    for (const f of facts) {
      if (!f.id.startsWith(`${table.id}:r`)) continue;
      const m = rowFacts.get(f.source.lines[0]) ?? new Map<number, Fact>();
      m.set(Number(f.id.split(":c").pop()), f);
      rowFacts.set(f.source.lines[0], m);
    }
    for (const group of new Set(paths.map((p) => p.group))) {
      const cols = paths.filter((p) => p.group === group);
      for (const total of cols.filter((c) => /(合计|小计)$/.test(c.path[c.path.length - 1]))) {
        const parent = total.path.slice(0, -1).join(" / ");
        const siblings = cols.filter(
          (c) => c !== total && c.path.slice(0, total.path.length - 1).join(" / ") === parent,
        );
        // A sibling subtree (公务用车购置及运行维护费 → 小计/购置费/运行维护费) counts through its own 小计.
        const addends = new Map<string, (typeof cols)[number]>();
        for (const s of siblings) {
          const head = s.path[total.path.length - 1];
          const deeper = s.path.length > total.path.length;
          if (!deeper) addends.set(head, s);
          else if (/(合计|小计)$/.test(s.path[s.path.length - 1]) && s.path.length === total.path.length + 1)
            addends.set(head, s);
        }
        if (addends.size < 2) continue;
        for (const [, row] of rowFacts) {
          const t = row.get(total.index);
          if (!t) continue;
          const parts = [...addends.values()].map((a) => row.get(a.index)).filter((f): f is Fact => !!f);
          if (!parts.length) continue;
          check(warnings, t, parts, `${table.title}「${t.row}」${t.column}`, printed);
        }
      }
    }
  }
  return warnings;
}

/** 人员经费 = 301 + 303, 公用经费 = 302 + 307 + 310 + 399, 基本支出 = 人员经费 + 公用经费. */
function basicSpendingTotals(facts: Fact[], printed: Printed): Warning[] {
  const warnings: Warning[] = [];
  const t06 = facts.filter((f) => f.table === "06");
  const byCode = (codes: string[]) => t06.filter((f) => f.rowCode && codes.includes(f.rowCode));
  const personnel = t06.find((f) => /人员经费合计/.test(f.row));
  const publicUse = t06.find((f) => /公用经费合计/.test(f.row));
  if (personnel)
    check(warnings, personnel, byCode(["301", "303"]), `${personnel.tableTitle}「人员经费合计」`, printed);
  if (publicUse)
    check(
      warnings,
      publicUse,
      byCode(["302", "307", "310", "399"]),
      `${publicUse.tableTitle}「公用经费合计」`,
      printed,
    );
  const basic = facts.find((f) => f.table === "03" && f.row === "合计" && f.column === "基本支出");
  if (basic && personnel && publicUse)
    check(
      warnings,
      basic,
      [personnel, publicUse],
      "支出决算表「基本支出」与表06人员经费、公用经费合计",
      printed,
    );
  return warnings;
}

function subjectOf(f: Fact): string {
  return f.metric ?? f.rowCode ?? f.row;
}

const COMPARABLE = new Set(["决算数", "预算数", "年初预算数", "全年预算数", "比上年增减额", "比上年增减率"]);

/** The same figure stated twice in the narrative with different values (公务接待费 3.6 and 3.61). */
function textConflicts(facts: Fact[]): Warning[] {
  const warnings: Warning[] = [];
  const seen = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.table || !COMPARABLE.has(f.column)) continue;
    const key = `${subjectOf(f)}|${f.column}|${f.period ?? ""}|${f.measure}`;
    seen.set(key, [...(seen.get(key) ?? []), f]);
  }
  for (const group of seen.values()) {
    const values = [...new Set(group.map((f) => money(f.value).toFixed()))];
    if (values.length < 2) continue;
    const f = group[0];
    warnings.push({
      code: "text_conflict",
      message: `说明中“${subjectOf(f)}”的${f.column}前后不一致：${group.map((g) => `${g.value}${g.measure}（第${g.source.lines[0]}行）`).join("、")}`,
      factIds: group.map((g) => g.id),
    });
  }
  return warnings;
}

/** Narrative figures against the table cells that hold the same metric. */
function tableVsText(facts: Fact[]): Warning[] {
  const warnings: Warning[] = [];
  const reported = new Set<string>();
  for (const f of facts) {
    if (f.table || !f.metric || f.period || !/^(决算数|预算数|年初预算数)$/.test(f.column)) continue;
    const def = METRICS.find((m) => m.key === f.metric);
    for (const sel of def?.tables ?? []) {
      const cells = facts.filter(
        (c) =>
          c.docId === f.docId &&
          c.table === sel.table &&
          (!sel.row || sel.row.test(c.row)) &&
          (!sel.code || c.rowCode === sel.code) &&
          sel.column.test(c.column) &&
          !c.period,
      );
      const wantBudget = f.column !== "决算数";
      const cell =
        cells.find((c) => /预算/.test(c.column) === wantBudget) ?? (wantBudget ? undefined : cells[0]);
      if (!cell || money(cell.value).eq(money(f.value))) continue;
      const key = `${f.metric}|${f.column}|${f.value}|${cell.id}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const diff = money(f.value).minus(cell.value);
      // Table 06 lists basic spending only; a narrative total may include project spending.
      const scopeDiffers = cell.table === "06" && !!sel.code && !wantBudget;
      const basisDiffers = (wantBudget && cell.basis !== f.basis) || scopeDiffers;
      warnings.push({
        code: basisDiffers ? "basis_differs" : classify(cell.value, [f.value], diff),
        message: scopeDiffers
          ? `“${f.metric}”表06（仅基本支出）为${cell.value}${cell.measure}，说明为${f.value}${f.measure}（第${f.source.lines[0]}行，可能含项目支出）`
          : basisDiffers
            ? `“${f.metric}”预算口径不同：表${cell.table}为${cell.basis ?? "预算"}数${cell.value}${cell.measure}，说明为${f.basis === "预算" ? "预算" : f.basis}数${f.value}${f.measure}`
            : `“${f.metric}”表${cell.table}为${cell.value}${cell.measure}，说明为${f.value}${f.measure}（第${f.source.lines[0]}行）`,
        factIds: [cell.id, f.id],
      });
    }
  }
  return warnings;
}

/** A stated completion rate against actual ÷ budget from the same sentence. */
function statedRates(facts: Fact[]): Warning[] {
  const warnings: Warning[] = [];
  for (const rate of facts) {
    if (rate.table || !/预算完成率$/.test(rate.column)) continue;
    const same = facts.filter(
      (f) =>
        f.source.excerpt === rate.source.excerpt &&
        subjectOf(f) === subjectOf(rate) &&
        f.source.lines[0] === rate.source.lines[0],
    );
    const actual = same.find((f) => f.column === "决算数");
    const budget = same.find((f) => /预算数$/.test(f.column));
    if (!actual || !budget) continue;
    const computed = percentOf(actual.value, budget.value, decimalsOf(rate.value));
    if (!computed || computed.eq(money(rate.value))) continue;
    const shown = percentOf(actual.value, budget.value, Math.max(2, decimalsOf(rate.value)));
    warnings.push({
      code: "text_conflict",
      message: `“${subjectOf(rate)}”说明称完成预算的${rate.value}%，但${actual.value} ÷ ${budget.value} = ${shown?.toFixed() ?? computed.toFixed()}%`,
      factIds: [rate.id, actual.id, budget.id],
    });
  }
  return warnings;
}
