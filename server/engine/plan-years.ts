// The years a question is planned for beyond the ones it names (question-cues.findYears): spans
// counted back, a base year kept for added figures, a follow-up's two years.
import type { Context } from "./conversation.js";
import type { Knowledge } from "./knowledge.js";
import type { Operation } from "./plan-schema.js";
import { findYears, YEARS_ADDED, yearsSpanned } from "./question-cues.js";

/**
 * "两年的…加起来", "近三年平均": the years counted back from the units' latest, added or averaged
 * (undefined unless both a span and an adding word are said, with no year named).
 */
export function addedYears(
  q: string,
  k: Knowledge,
  units: string[],
): ReturnType<typeof findYears> | undefined {
  const span = yearsSpanned(q);
  const latest = Math.max(0, ...units.map((unit) => k.latestYear(unit) ?? 0));
  if (!span || !latest || !YEARS_ADDED.test(q) || /\d{2}年/.test(q)) return undefined;
  const years = Array.from({ length: span }, (_, i) => latest - span + 1 + i);
  return { years, source: "explicit", trend: true };
}

/**
 * "甲加乙合计多少？比<某年>变了多少": figures added, then compared with a base year: the base year is
 * added too, so each year's total can be compared (so too each year's share, for a share compared).
 */
export function withBaseYear(q: string, addsFigures: boolean, years: number[]): number[] {
  const year = addsFigures && years.length === 1 ? comparedYear(q) : undefined;
  if (!year) return years;
  return year < years[0] ? [year, ...years] : years;
}

/**
 * "<年乙>的<某项>多少？→ 和<年甲>比呢": the year named is what the conversation's year is compared with;
 * both are read. Other years are kept as they are.
 */
export function withConversationYear(q: string, years: number[], conversationYears: number[]): number[] {
  const compared = comparedYear(q);
  if (years.length !== 1 || compared !== years[0] || conversationYears.length !== 1) return years;
  const [now] = conversationYears;
  return now === compared ? years : [compared, now].sort((a, b) => a - b);
}

/** The year a figure is compared with ("比<某年>", "较<某年>", "跟<某年>比", "和<某年>执行数比"). */
function comparedYear(q: string): number | undefined {
  const base =
    /(?:比|较)\s*((?:20)?\d{2})\s*年|(?:跟|和|与|同)\s*((?:20)?\d{2})\s*年度?的?(?:(?:预算)?执行数?|决算数?|实际数?|预算数?)?(?:相)?比/.exec(
      q,
    );
  if (!base) return undefined;
  const year = base[1] ?? base[2];
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

/**
 * Of several units, those with a document for every year the question names ([] when none named);
 * when none has, those whose next year's documents print it as last year's ("比<某年>" names only
 * the year compared with).
 */
export function publishingInYearsAsked(k: Knowledge, q: string, units: string[]): string[] {
  const found = findYears(q, k, []);
  const compared = comparedYear(q);
  const years = found.source === "explicit" ? found.years : compared ? [compared] : [];
  if (!years.length) return [];
  const covering = (offsets: number[]) =>
    units.filter((unit) =>
      years.every((year) => offsets.some((offset) => k.docs(unit, { year: year + offset }).length > 0)),
    );
  const publishing = covering([0]);
  return publishing.length ? publishing : covering([0, 1]);
}

/**
 * A follow-up's years: the conversation's; a change asked after moving from one year to another
 * ("<年甲>多少？→ 那<年乙>呢？→ 减少了多少？") compares the two, and so does a comparison of two units
 * asked each in its own year.
 */
export function yearsOfFollowUp(ctx: Context, operation: Operation, unitCount = 1): number[] {
  const [now, before] = [ctx.years, ctx.previousYears];
  // "甲<年甲>？→ 乙<年乙>呢？→ 哪个多": each unit in its own year, both years kept.
  const unitsEachInAYear = operation === "difference" && unitCount > 1;
  if (
    !(operation === "yoy" || unitsEachInAYear) ||
    now.length !== 1 ||
    before.length !== 1 ||
    now[0] === before[0]
  )
    return ctx.years;
  return [...before, ...now].sort((a, b) => a - b);
}

/** "这几年怎么变的" of one unit, no year named: every year it publishes (none when only one). */
export function yearsPublished(k: Knowledge, units: string[]): number[] {
  if (units.length !== 1) return [];
  const years = [...new Set(k.docs(units[0]).map((d) => d.year))].sort((a, b) => a - b);
  return years.length > 1 ? years : [];
}
