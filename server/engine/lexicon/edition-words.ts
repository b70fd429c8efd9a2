import type { DocumentInfo } from "../../../ingest/schema.js";

type Edition = NonNullable<DocumentInfo["edition"]>;

/**
 * How a question names the edition of a disclosure when a body publishes both: the 部门 edition
 * consolidates the department with its subordinate units, the 单位 edition covers the body itself.
 */
/** "部门与单位两种口径", "部门和单位两本": both editions named as such. */
/** "<某局>部门和单位的<某费>": a body's two editions, not "各部门和单位" (every body). */
/** "部门三公和单位三公": one figure named after each edition. */
const BOTH_EDITIONS =
  "(?:部门(?:和|与|跟|及|、)单位|单位(?:和|与|跟|及|、)部门)(?:(?:两个|两种|的)?(?:版本|口径)|两本|两份|两套)|(?<![各有些个级])(?:部门(?:和|与|跟|及|、)单位|单位(?:和|与|跟|及|、)部门)(?=的|之间|相比)|(?<![各有些个级])部门[\u4e00-\u9fa5]{1,6}?(?:和|与|跟|比)单位|(?<![各有些个级])单位[\u4e00-\u9fa5]{1,6}?(?:和|与|跟|比)部门";

export const EDITION_WORDS: readonly { edition: Edition; pattern: RegExp }[] = [
  {
    edition: "单位",
    pattern: new RegExp(
      `单位(?:预算|决算)|单位(?:和|与|跟|及|、)部门(?:预算|决算)|(?<![预决]算)单位(?:口径|版本|版)|[（(]单位[)）]|本级|不含下属|不包括下属|机关本部|(?<=局|委|院|办|处|所|中心)本部|单独(?:的)?(?:预算|决算)|${BOTH_EDITIONS}`,
    ),
  },
  {
    edition: "部门",
    pattern: new RegExp(
      `部门(?:预算|决算)|部门(?:和|与|跟|及|、)单位(?:预算|决算)|部门(?:口径|版本|版)|[（(]部门[)）]|(?:含|包括|包含|连同)(?:下属|所属)(?:预算)?单位|汇总|整个部门|全部门|${BOTH_EDITIONS}`,
    ),
  },
];

/** The consolidated figure asked in so many words: the body with its subordinate units. */
export const CONSOLIDATED_ASKED = /[含包括连同]{1,2}(?:下属|所属)|汇总|整个部门|全部门/;

/** Every edition a question names ("<部门预算>和<单位预算>…": both, to be compared). */
export function editionsAsked(question: string): Edition[] {
  return EDITION_WORDS.filter((e) => e.pattern.test(question)).map((e) => e.edition);
}

/** The edition a question names, if any. */
export function editionAsked(question: string): Edition | undefined {
  return EDITION_WORDS.find((e) => e.pattern.test(question))?.edition;
}

/**
 * Of one unit's documents for a year and kind, the edition asked first; without a cue the
 * consolidated 部门 edition (the department's whole budget), then the others in index order.
 */
export function byEdition<T extends Pick<DocumentInfo, "edition">>(docs: T[], asked?: Edition): T[] {
  const want = asked ?? "部门";
  return [...docs].sort((a, b) => Number(b.edition === want) - Number(a.edition === want));
}

/**
 * Overall totals that differ between the two editions by the subordinate units' money: asked
 * without naming an edition, both are given and the asker chooses.
 */
export const EDITION_TOTALS: readonly string[] = ["收入合计", "支出合计", "收支总计", "财政拨款收支总计"];

/** What each edition covers, as an answer says it after "部门预算" / "单位决算". */
export const EDITION_COVERS: Readonly<Record<Edition, string>> = {
  部门: "（含所属单位）",
  单位: "（本级）",
};

/**
 * Subordinate bodies named beside the body's own level ("本级和各下属单位各多少"; not "不含下属单位"): no
 * question of the own level alone.
 */
export const OTHER_BODIES_NAMED =
  /(?<!不含|不包括|不算|除了|除去|扣除)(?:下属|所属)|二级单位|各单位|各个单位|其他单位/;

/** Figures only a department's offices have (机关运行经费 is the administrative bodies' running cost): its own level's too. */
export const OWN_LEVEL_FIGURES: ReadonlySet<string> = new Set(["机关运行经费"]);
