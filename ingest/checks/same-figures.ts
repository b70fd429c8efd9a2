import type { Fact } from "../schema.js";
import { defined, sameCheck, sumCheck, type CheckOutcome } from "./check-outcome.js";
import { firstStandard, type IndexedTable } from "./indexed-tables.js";
import type { StandardKey } from "./standard-tables.js";

interface CellSelector {
  table: StandardKey;
  /** The first row (in table order) whose name matches. */
  row: RegExp;
  column: RegExp;
}

/**
 * Figures every document of the family prints in two standard tables: the totals of the 总表
 * restated by the detail tables, and the 财政拨款 totals across tables.
 */
export const SAME_FIGURES: { figure: string; cells: [CellSelector, CellSelector] }[] = [
  {
    figure: "本年收入合计",
    cells: [
      { table: "决算01", row: /^本年收入合计$/, column: /^收入/ },
      { table: "决算02", row: /^合计$/, column: /^本年收入合计$/ },
    ],
  },
  {
    figure: "本年支出合计",
    cells: [
      { table: "决算01", row: /^本年支出合计$/, column: /^支出/ },
      { table: "决算03", row: /^合计$/, column: /^本年支出合计$/ },
    ],
  },
  {
    figure: "一般公共预算财政拨款收入",
    cells: [
      { table: "决算01", row: /^一般公共预算财政拨款收入$/, column: /^收入/ },
      { table: "决算04", row: /^一般公共预算财政拨款(收入)?$/, column: /^收入/ },
    ],
  },
  {
    figure: "财政拨款收入",
    cells: [
      { table: "决算02", row: /^合计$/, column: /^财政拨款收入$/ },
      { table: "决算04", row: /^本年收入合计$/, column: /^收入/ },
    ],
  },
  {
    figure: "一般公共预算财政拨款支出",
    cells: [
      { table: "决算04", row: /^本年支出合计$/, column: /一般公共预算/ },
      { table: "决算05", row: /^合计$/, column: /(小计|合计)$/ },
    ],
  },
  {
    figure: "一般公共预算支出",
    cells: [
      { table: "预算04", row: /^(本年支出合计|支出总计)$/, column: /一般公共预算/ },
      { table: "预算05", row: /^合计$/, column: /合计$/ },
    ],
  },
  {
    figure: "一般公共预算基本支出",
    cells: [
      { table: "预算05", row: /^合计$/, column: /基本支出$/ },
      { table: "预算08", row: /^合计$/, column: /合计$/ },
    ],
  },
];

/** 决算06: 人员经费 are these economic classes; 公用经费 every other class. */
export const PERSONNEL_CLASSES = ["301", "303"];
const BASIC_SPENDING = {
  personnel: /^人员经费合计$/,
  publicUse: /^公用经费合计$/,
  /** Table 05's 基本支出 total: table 06 is its detail. */
  basic: { table: "决算05", row: /^合计$/, column: /基本支出$/ } satisfies CellSelector,
};

/** A final account's columns of what was budgeted ("年初预算数 / 合计"), beside those of what was spent. */
const BUDGETED_GROUP = /(?:^|\/\s*)(?:年初|全年|调整(?:后)?)?预算数?\s*\//;

/**
 * The selected cell: the first row that matches, and in a final account's table that prints the
 * budget beside the spending under the same column names, the spending's column.
 */
function find(tables: IndexedTable[], sel: CellSelector): Fact | undefined {
  // (A table printed with its columns across two pages is two pieces: the spending may be on the second.)
  const rows = tables
    .filter((t) => t.standard?.key === sel.table)
    .map((t) => {
      const cells = t.facts.filter((f) => sel.row.test(f.row) && sel.column.test(f.column));
      return cells.filter((f) => f.source.lines[0] === cells[0]?.source.lines[0]);
    })
    .filter((row) => row.length);
  const spent = sel.table.startsWith("决算")
    ? rows.map((row) => row.find((f) => !BUDGETED_GROUP.test(f.column))).find(Boolean)
    : undefined;
  return spent ?? rows[0]?.[0];
}

export function sameFigures(tables: IndexedTable[]): CheckOutcome[] {
  return SAME_FIGURES.map(({ figure, cells: [a, b] }) => {
    const x = find(tables, a);
    const y = find(tables, b);
    return x && y ? sameCheck("cross_table", x, y, `“${figure}”在两张表中`) : undefined;
  }).filter(defined);
}

/** 人员经费合计 = 301 + 303, 公用经费合计 = the other classes, 表05 基本支出 = 人员经费 + 公用经费. */
export function basicSpending(tables: IndexedTable[]): CheckOutcome[] {
  const t06 = firstStandard(tables, "决算06");
  if (!t06) return [];
  const classes = t06.facts.filter((f) => f.rowCode?.length === 3);
  const personnel = t06.facts.find((f) => !f.rowCode && BASIC_SPENDING.personnel.test(f.row));
  const publicUse = t06.facts.find((f) => !f.rowCode && BASIC_SPENDING.publicUse.test(f.row));
  const title = t06.table.title;
  const outcomes: (CheckOutcome | undefined)[] = [];
  if (personnel) {
    const parts = classes.filter((f) => PERSONNEL_CLASSES.includes(f.rowCode!));
    outcomes.push(sumCheck("basic_spending", personnel, parts, `${title}「人员经费合计」`));
  }
  if (publicUse) {
    const parts = classes.filter((f) => !PERSONNEL_CLASSES.includes(f.rowCode!));
    outcomes.push(sumCheck("basic_spending", publicUse, parts, `${title}「公用经费合计」`));
  }
  const basic = find(tables, BASIC_SPENDING.basic);
  if (basic && personnel && publicUse)
    outcomes.push(
      sumCheck(
        "basic_spending",
        basic,
        [personnel, publicUse],
        `${basic.tableTitle}「基本支出」与${title}人员经费、公用经费合计`,
      ),
    );
  return outcomes.filter(defined);
}
