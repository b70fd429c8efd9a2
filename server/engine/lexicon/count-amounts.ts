/**
 * A count's money counterpart: a question that names the cars but asks "花多少钱" wants an amount,
 * so the amount spent on them is meant, not how many there are.
 */
export const COUNT_AMOUNTS: Readonly<Record<string, string>> = {
  车辆数: "公务用车购置及运行维护费",
};

/** The money of things to be bought ("买几辆，预算多少"): what buying them costs, not their upkeep. */
export const BUYING_AMOUNTS: Readonly<Record<string, string>> = {
  车辆数: "公务用车购置费",
};

/** How a question asks for money rather than a number of things. */
export const MONEY_CUES: readonly string[] = [
  "多少钱",
  "预算多少",
  "几多钱",
  "花多少",
  "花了多少",
  "烧多少",
  "烧了多少",
  "花销",
  "开销",
  "费用",
];

/**
 * The money that presumes the thing counted: a document stating none of the things beside such
 * money above zero ("共有车辆0辆" and a car running budget) has the two set side by side.
 */
export const COSTS_OF_COUNTS: Readonly<Record<string, readonly string[]>> = {
  车辆数: ["公务用车运行维护费", "公务用车购置及运行维护费"],
};

/** The money for buying the things counted: set beside how many are to be bought ("购置车辆0辆"). */
export const PURCHASES_OF_COUNTS: Readonly<Record<string, readonly string[]>> = {
  车辆数: ["公务用车购置费"],
};

/** The count a cost goes with (公务用车运行维护费 → 车辆数 held; 公务用车购置费 → 车辆数 to buy). */
const byCost = (table: Readonly<Record<string, readonly string[]>>, toBuy: boolean) =>
  Object.entries(table).flatMap(([count, costs]) => costs.map((cost) => [cost, { count, toBuy }] as const));
export const COUNT_OF_COST: ReadonlyMap<string, { count: string; toBuy: boolean }> = new Map([
  ...byCost(COSTS_OF_COUNTS, false),
  ...byCost(PURCHASES_OF_COUNTS, true),
]);

/** The column of a count of things to be bought, not held. */
export const TO_BUY_COLUMN = /购置/;

/** A count of things to be bought is asked ("准备买几辆", "新增几辆"). */
export const BUYING_ASKED = /买|购置|新增|购车|采购/;
