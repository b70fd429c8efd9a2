/**
 * A question asking why, and the words a document's sentence uses to give a reason: a passage
 * answering a "why" question quotes the sentence with the reason, not its neighbours that only
 * restate the figures.
 */
export const WHY_QUESTION = /为什么|为何|为啥|为嘛|原因|理由|怎么回事|怎么会|怎么还|咋/;

/** A why set against what was just said ("为何还要…", "怎么还安排"): a contrast, not a change. */
export const WHY_STILL = /(?:为什么|为何|为啥|怎么|咋)还(?:有|要|安排|列|花|需要|会有)/;

export const REASON_MARKERS = /原因|由于|因为|主要是|是因/;

/** A reason line outranks lines that only share words with the question when a "why" is asked. */
export const REASON_BONUS = 10;
