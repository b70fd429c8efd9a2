/**
 * Which money each standard table counts. A row printed in an all-funds table (收支总表, 收入表,
 * 支出表) and in a one-fund table (一般公共预算 tables) holds two amounts of two scopes whenever
 * the unit has money besides that fund (事业收入, 上年结转): not a contradiction of the document.
 */
export const FundScope = ["all", "appropriation", "general", "government_fund", "state_capital"] as const;
export type FundScope = (typeof FundScope)[number];

export const FUND_SCOPES: Readonly<Record<string, FundScope>> = {
  "01": "all",
  "02": "all",
  "03": "all",
  "04": "appropriation",
  "05": "general",
  "06": "general",
  "07": "government_fund",
  "08": "state_capital",
  "09": "appropriation",
};

/**
 * The columns of an income table by fund (收入总表: 一般公共预算拨款收入, 政府性基金…, 事业收入,
 * 其他收入 …) that a one-fund scope counts; the all-funds scope counts every column.
 */
export const SCOPE_COLUMNS: Readonly<Record<Exclude<FundScope, "all">, RegExp>> = {
  appropriation: /财政拨款|一般公共预算|政府性基金|国有资本经营/,
  general: /一般公共预算/,
  government_fund: /政府性基金/,
  state_capital: /国有资本经营/,
};

/**
 * Funds that are only a part of any wider scope's money (政府性基金, 国有资本经营): their figures and the
 * all-funds or all-appropriation ones always differ, and the wider ones never stand for them.
 */
export const SMALL_FUNDS: ReadonlySet<FundScope> = new Set(["government_fund", "state_capital"]);

/** The standard table that lists each row's income by fund. */
export const INCOME_BY_FUND_TABLE = "02";

/** How the answer names each scope. */
export const FUND_SCOPE_WORDS: Readonly<Record<FundScope, string>> = {
  all: "含全部资金来源",
  appropriation: "只含财政拨款",
  general: "只含一般公共预算财政拨款",
  government_fund: "只含政府性基金预算财政拨款",
  state_capital: "只含国有资本经营预算财政拨款",
};

/** The scopes of two tables when they differ; undefined when either is unknown or they agree. */
export function fundScopesDiffer(
  tableA: string | undefined,
  tableB: string | undefined,
): [FundScope, FundScope] | undefined {
  const a = tableA ? FUND_SCOPES[tableA] : undefined;
  const b = tableB ? FUND_SCOPES[tableB] : undefined;
  return a && b && a !== b ? [a, b] : undefined;
}

/**
 * The words that name one budget fund, as documents and people write them: the one source of the
 * fund patterns of headings, questions ("一般公共预算基本支出") and sentences ("…拨款收入").
 */
export const FUND_NAMES = "一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?";

/** A heading that names one fund scopes the figures stated under it, innermost heading first. */
const HEADING_FUNDS: readonly (readonly [RegExp, FundScope])[] = [
  [/一般公共预算/, "general"],
  [/政府性基金/, "government_fund"],
  [/国有资本经营/, "state_capital"],
  [/财政拨款/, "appropriation"],
];

/**
 * The fund a narrative figure is stated for, when its heading names one ("二、一般公共预算拨款支出
 * 情况"); undefined under a heading that names none (收支总体情况: every fund, or not said).
 */
export function headingFund(section: readonly string[]): FundScope | undefined {
  for (const heading of [...section].reverse()) {
    const named = HEADING_FUNDS.find(([pattern]) => pattern.test(heading));
    if (named) return named[1];
  }
  return undefined;
}

type ScopedFact = { table?: string; column?: string; source: { section: readonly string[] } };

/**
 * The fund a column of a wider table counts ("支出 / 一般公共预算财政拨款" in 财政拨款收入支出总表):
 * its last header names one fund, not a total of several.
 */
function columnFund(column: string | undefined): FundScope | undefined {
  const header = column?.split(" / ").at(-1) ?? "";
  if (/合计|小计|总计/.test(header)) return undefined;
  const named = HEADING_FUNDS.find(([pattern]) => pattern.test(header));
  return named && named[1] !== "appropriation" ? named[1] : undefined;
}

/**
 * The fund a fact counts: a one-fund column's of a wider table, else its table's, or for a
 * narrative figure its heading's (undefined when none is named).
 */
export function factFundScope(fact: ScopedFact): FundScope | undefined {
  if (!fact.table) return headingFund(fact.source.section);
  const table = FUND_SCOPES[fact.table];
  return (table === "all" || table === "appropriation" ? columnFund(fact.column) : undefined) ?? table;
}

/** The funds two facts count, when both are known and differ (tables by number, prose by heading). */
export function factScopesDiffer(a: ScopedFact, b: ScopedFact): [FundScope, FundScope] | undefined {
  const [x, y] = [factFundScope(a), factFundScope(b)];
  return x && y && x !== y ? [x, y] : undefined;
}

/**
 * Can a narrative figure be set against a table cell of one fund? Only when its heading names
 * that fund; under a heading naming none it is of all funds. A cell of an all-funds table (or of
 * no standard table) takes any.
 */
export function sameFundScope(
  narrative: { source: { section: readonly string[] } },
  cell: { table?: string } | undefined,
): boolean {
  const printed = cell?.table ? FUND_SCOPES[cell.table] : undefined;
  if (!printed || printed === "all") return true;
  return (headingFund(narrative.source.section) ?? "all") === printed;
}
