/**
 * Figures printed beside a total that are not in it. A 收支总表's carry-overs are added to this
 * year's income and spending to give the 总计 row: "除去<结转>，本年收入多少" asks for a total that
 * already leaves them out, so nothing is taken off (taking them off again would be a wrong figure).
 * `total` is the row that holds both.
 */
export const OUTSIDE_OF: Readonly<Record<string, { parts: readonly string[]; total: string }>> = {
  收入合计: { parts: ["年初结转和结余", "年初财政拨款结转和结余"], total: "收支总计" },
  支出合计: { parts: ["年末结转和结余", "年末财政拨款结转和结余"], total: "收支总计" },
  财政拨款收入: { parts: ["年初财政拨款结转和结余"], total: "财政拨款收支总计" },
  财政拨款支出: { parts: ["年末财政拨款结转和结余"], total: "财政拨款收支总计" },
};

/** The total holding both when the part is printed beside the whole, not within it. */
export function totalBeside(whole: string, part: string): string | undefined {
  const entry = OUTSIDE_OF[whole];
  return entry?.parts.includes(part) ? entry.total : undefined;
}

/**
 * A 收支总表 row left blank (株洲's exports leave zero carry-overs empty): its side's 总计 less that
 * side's 本年合计 is what the blank rows hold together; when that is nothing, the blank is 0.
 */
export const CARRY_IDENTITIES: readonly { part: string; total: string; thisYear: string }[] = [
  { part: "年初结转和结余", total: "收支总计", thisYear: "收入合计" },
  { part: "年末结转和结余", total: "收支总计", thisYear: "支出合计" },
];
