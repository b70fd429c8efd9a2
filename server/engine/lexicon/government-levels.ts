/**
 * Levels of government in everyday words ("区里的<某局>", "市级的"): which of two bodies of one name
 * is meant. A unit's level is the last level its name states (上海市普陀区财政局: 区).
 */
export const LEVELS_ASKED: readonly { says: RegExp; level: string }[] = [
  { says: /区里|区级|区上|区属|区一级/, level: "区" },
  { says: /市里|市级|市本级|市上|市属|市一级/, level: "市" },
  { says: /县里|县级|县属|县一级/, level: "县" },
  { says: /省里|省级|省属|省一级/, level: "省" },
  { says: /街道里|街道级|街道一级|街道上/, level: "街道" },
];

/** The levels a unit's name states, the last one its own. */
const LEVEL_IN_NAME = /街道|[省市区县镇乡]/g;

export function levelOf(unit: string): string | undefined {
  return unit.match(LEVEL_IN_NAME)?.at(-1);
}

/** The level the question asks for, if it says one. */
export function levelAsked(question: string): string | undefined {
  return LEVELS_ASKED.find((entry) => entry.says.test(question))?.level;
}
