/**
 * What an asker takes for granted about a figure ("为什么涨了这么多", "超支的原因"): the direction a
 * question states, checked against the documents' figures. A question naming both directions
 * ("增加还是减少", "增减") states none.
 */
export const StatedDirection = ["up", "down"] as const;
export type StatedDirection = (typeof StatedDirection)[number];

/** A change on another year, said as a rise or a fall. */
export const CHANGE_DIRECTIONS: readonly { direction: StatedDirection; words: RegExp }[] = [
  { direction: "up", words: /涨|增加|增长|上升|提高|多了|多花|翻倍|翻番|翻了/ },
  { direction: "down", words: /(?<!增)降|减少|下滑|压减|缩减|少了|少花/ },
];

/** Actual against budget, said as over or under ("超支了", "省下了"). */
export const BUDGET_GAP_DIRECTIONS: readonly { direction: StatedDirection; words: RegExp }[] = [
  { direction: "up", words: /超支|超预算|超出预算|超过预算|花超|超了/ },
  { direction: "down", words: /节约|节省|省下|省了|没花完|没用完|少花|结余/ },
];

/** The figures' direction in words, per kind of comparison. */
export const DIRECTION_WORDS: Readonly<Record<"change" | "budgetGap", Record<StatedDirection, string>>> = {
  change: { up: "增加", down: "减少" },
  budgetGap: { up: "超出预算", down: "少于预算" },
};
