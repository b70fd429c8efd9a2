/**
 * How documents state that something does not exist or was not spent ("本单位无<某项>",
 * "没有<某项>收入", "不再列支<某项>"): a zero figure is quoted with such a sentence when the
 * document has one. `reach` is how many characters may stand between the word and the item.
 */
export const ABSENCE_WORDS = ["无", "没有", "未发生", "未安排", "未列支", "不再列支", "不再安排"] as const;

export const ABSENCE_REACH = 12;

/** The item said to be zero after its name ("政府性基金拨款支出预算为0；"), within the reach. */
export const ZERO_STATED = /为\s*(?:0|零)(?:\.0+)?\s*(?:万元|元)?(?![\d.])/;
