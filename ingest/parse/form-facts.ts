import { Decimal } from "decimal.js";
import { FORM_TABLE_TITLES } from "../domain/table-templates.js";
import { toCanonicalAmount } from "../text/amount-unit.js";
import { cleanLabel } from "../text/normalize-text.js";
import { parseCell } from "../text/parse-amount.js";
import type { Fact, ParsedTable } from "../schema.js";
import type { Placer } from "./place-facts.js";
import { isProjectGrid } from "./project-grid.js";
import { canonicalRowName, type DocContext } from "./table-facts.js";

const UNIT_IN_LABEL = /[（(](万元|千元|亿元|元)[)）]/;

/** A target form, one per project; a grid of projects under such a title is read as any table. */
export function isFormTable(table: ParsedTable): boolean {
  return !table.template && FORM_TABLE_TITLES.some((re) => re.test(table.title)) && !isProjectGrid(table);
}

/**
 * The amounts of a form: each is the figure of the label just left of it, in the group its row
 * belongs to (the label in the first column, at or above the row); the group's label is the
 * fact's column and may state the amounts' unit.
 */
export function formFacts(table: ParsedTable, doc: DocContext, place?: Placer, lines: string[] = []): Fact[] {
  const facts: Fact[] = [];
  let group = "";
  table.rows.forEach((row, r) => {
    const first = cleanLabel(row.cells[0] ?? "");
    if (first && parseCell(first).kind === "text") group = first;
    row.cells.forEach((raw, c) => {
      const cell = parseCell(raw);
      if (c === 0 || cell.kind !== "number" || !group) return;
      const label = labelLeftOf(row.cells, c);
      if (!label) return;
      const name = canonicalRowName(label);
      const unit = cell.percent ? "%" : (UNIT_IN_LABEL.exec(group)?.[1] ?? table.amountUnit);
      facts.push({
        id: `${table.id}:r${r}:c${c}`,
        docId: doc.docId,
        unit: doc.unit,
        year: doc.year,
        kind: doc.kind,
        table: table.id.split(":").pop(),
        tableTitle: table.title,
        ...(table.label ? { tableLabel: table.label } : {}),
        row: name,
        column: group,
        ...toCanonicalAmount(cell.value, unit),
        source: {
          section: table.section,
          lines: [row.line, row.line],
          excerpt: `${table.title}｜${name}｜${group}：${raw.trim()}`,
          ...place?.cell(row.line, c, raw),
        },
      });
    });
  });
  return [...facts, ...projectTotal(table, facts, doc, lines)];
}

/** A form's line naming the project it is about ("项目名称  某某补贴  项目性质 …"). */
const PROJECT_NAMED = /项目名称[\s|｜:：]+([^\s|｜]{2,40})/;
/** The form's row of the project's whole money. */
const PROJECT_TOTAL_ROW = /^项目资金总额$/;

/**
 * A project target form's total ("项目名称 某某 … 项目资金总额 N") as a figure of the project itself
 * (rowPath 项目 / name), planned in a budget: the form is the only place some projects are priced.
 * The name is read from the form's own lines (its header rows fold into column paths).
 */
function projectTotal(table: ParsedTable, facts: Fact[], doc: DocContext, lines: string[]): Fact[] {
  const [start, end] = table.lines;
  const name = lines
    .slice(Math.max(0, start - 1), end)
    .map((line) => PROJECT_NAMED.exec(line)?.[1])
    .find(Boolean);
  const total = facts.find((f) => PROJECT_TOTAL_ROW.test(f.row));
  if (!name || !total) return [];
  return [
    {
      ...total,
      id: `${total.id}:project`,
      row: name,
      rowPath: ["项目", name],
      column: "项目资金总额",
      basis: doc.kind === "预算" ? "年初预算" : "决算",
    },
  ];
}

/** The nearest text cell left of an amount, the row's group label excepted. */
function labelLeftOf(cells: string[], index: number): string {
  for (let k = index - 1; k > 0; k--) {
    const text = cleanLabel(cells[k] ?? "");
    if (!text) continue;
    return parseCell(text).kind === "text" ? text : "";
  }
  return "";
}

/**
 * A target form names its project in its own words ("新建<某>中心"); the project's write-up may call
 * it otherwise ("<某>中心新建工程") and state only its parts. A form total equal to the sum of one
 * written-up project's parts is that project's total, under the write-up's name.
 */
export function formTotalsNamedAsWrittenUp(facts: Fact[]): Fact[] {
  const parts = new Map<string, Decimal>();
  for (const f of facts)
    if (f.rowPath?.length === 3 && f.rowPath[0] === "项目" && !f.table)
      parts.set(f.rowPath[1], (parts.get(f.rowPath[1]) ?? new Decimal(0)).plus(f.value));
  return facts.map((f) => {
    if (f.column !== "项目资金总额" || f.rowPath?.length !== 2 || parts.has(f.row)) return f;
    const same = [...parts].filter(([, total]) => total.eq(f.value)).map(([name]) => name);
    return same.length === 1 ? { ...f, row: same[0], rowPath: ["项目", same[0]] } : f;
  });
}
