import { findMetrics } from "./find-metrics.js";
import type { Knowledge } from "./knowledge.js";

/** "<甲><乙>这些<某类>": examples before the kind of figure they belong to. */
const EXAMPLES_BEFORE =
  /[\u4e00-\u9fa5、和及与]{2,12}?(?:这些|这类|这种|之类的?|这样的)(?=的?[\u4e00-\u9fa5])/;

/**
 * The question with examples of a figure masked ("水电物业这些公用经费"): the figure named after
 * them is asked, not each example. Kept when no figure follows ("水电物业这些钱": the examples are it).
 */
export function examplesMasked(k: Knowledge, rest: string, units: string[]): string {
  const found = EXAMPLES_BEFORE.exec(rest);
  if (!found) return rest;
  const end = found.index + found[0].length;
  if (!findMetrics(k, rest.slice(end), units).refs.length) return rest;
  return rest.slice(0, found.index) + "〇".repeat(found[0].length) + rest.slice(end);
}
