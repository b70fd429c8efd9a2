import { FORM_TABLE_TITLES } from "../domain/table-templates.js";
import { toCanonicalAmount } from "../text/amount-unit.js";
import { cleanLabel } from "../text/normalize-text.js";
import { parseCell } from "../text/parse-amount.js";
import type { Fact, ParsedTable } from "../schema.js";
import type { Placer } from "./place-facts.js";
import { canonicalRowName, type DocContext } from "./table-facts.js";

const UNIT_IN_LABEL = /[（(](万元|千元|亿元|元)[)）]/;

export function isFormTable(table: ParsedTable): boolean {
  return !table.template && FORM_TABLE_TITLES.some((re) => re.test(table.title));
}

/**
 * The amounts of a form: each is the figure of the label just left of it, in the group its row
 * belongs to (the label in the first column, at or above the row); the group's label is the
 * fact's column and may state the amounts' unit.
 */
export function formFacts(table: ParsedTable, doc: DocContext, place?: Placer): Fact[] {
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
  return facts;
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
