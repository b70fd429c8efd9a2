import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";

/** Where a figure is printed in its sentence, by value ("1,234.5" and "1234.50" alike). */
function printedAt(fact: Fact): { at: number; length: number; excerpt: string } | undefined {
  const excerpt = fact.source.excerpt ?? "";
  const printed = [...excerpt.matchAll(/\d[\d,]*(?:\.\d+)?/g)].find((number) =>
    money(number[0].replace(/,/g, "")).eq(fact.value),
  );
  return printed ? { at: printed.index ?? 0, length: printed[0].length, excerpt } : undefined;
}

/** "预计全年执行…", "预计执行数": the words a budget's sentence puts before an expected spending. */
const PROJECTED_BEFORE = /预计/;

/** Do the words right before the printed figure say it is expected (预计)? */
const saysProjected = ({ at, excerpt }: { at: number; excerpt: string }) =>
  PROJECTED_BEFORE.test(excerpt.slice(Math.max(0, at - 12), at));

/** Last year's spending as a budget states it before that year closed ("全年预计执行X万元"): a projection. */
export function isProjected(fact: Fact): boolean {
  const printed = printedAt(fact);
  return !!printed && saysProjected(printed);
}

/**
 * How the budget's sentence names last year's spending: "预计执行数" when it says 预计, else
 * "执行数"; and the aside printed right after it ("（含<某项>）"), which says what it includes.
 */
export function spendingWords(actual: Fact): { actualWord: string; actualAside?: string } {
  const printed = printedAt(actual);
  if (!printed) return { actualWord: "预计执行数" };
  const actualWord = saysProjected(printed) ? "预计执行数" : "执行数";
  const { at, length, excerpt } = printed;
  const aside = /^\s*万?元?[（(](含[^（()）]{1,30})[)）]/.exec(excerpt.slice(at + length));
  return aside ? { actualWord, actualAside: aside[1] } : { actualWord };
}
