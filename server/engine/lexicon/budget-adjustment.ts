/**
 * The adjusted (全年) budget set against the year-start one, with no actual asked ("全年预算为什么比年初少",
 * "年中调减了多少", "调整后预算和年初预算差多少"): the adjustment during the year.
 */
export const ADJUSTMENT_ASKED =
  /(?:全年|调整后的?)预算[^，,。？?]{0,4}(?:比|较|与|和|跟)年初|年初(?:预算)?[^，,。？?]{0,4}(?:比|较|与|和|跟)(?:全年|调整后的?)预算|(?:年中|预算)[^，,。？?]{0,6}?(?:调减|调增|调整)了?/;

/** An actual asked beside it: the budget set against the actual instead. */
export const ACTUAL_BESIDE = /决算|实际|执行|完成|花了|用了/;

/** Where a gap between two figures came from asked ("差额从哪来", "怎么弥补的"). */
export const GAP_SOURCE_ASKED = /哪来|哪里来|从哪|怎么来|来源|弥补|补上|为什么|原因|怎么回事/;
