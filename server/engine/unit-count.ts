import { clarify, type Draft } from "./draft.js";
import type { Knowledge } from "./knowledge.js";
import type { QueryPlan } from "./plan-schema.js";
import type { Scope } from "./scope.js";
import { NUMERALS } from "./lexicon/numerals.js";
import { BY_BODY_ASKED } from "./lexicon/body-rows.js";

/** "三个单位", "两家部门": how many units the question says it is about. */
const NAMED_COUNT = /([两二三四五六七八九十]|\d+)\s*(?:个|家)(?:单位|部门)/;

/** Units said to be inside a department's documents ("包含的6家单位", "下属3个单位"). */
const BODIES_COVERED =
  /(?:包含|包括|纳入|涵盖|所属|下属|下面|二级)[^，,。？?]{0,10}([两二三四五六七八九十]|\d+)\s*(?:个|家)单位/;

/**
 * A question about "三个单位" that names none of them reads every unit the index holds; when that
 * is not the number the question says, which ones are meant is asked, the units listed, rather
 * than totalling or ranking units the asker did not mean.
 */
export function unitCountMismatch(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft | undefined {
  const named = NAMED_COUNT.exec(plan.question);
  if (!named || plan.units.length !== k.publishingUnits.length) return undefined;
  // "部门预算包含的6家单位各自…": the bodies one department's documents cover, not departments.
  if (BODIES_COVERED.test(plan.question) || BY_BODY_ASKED.test(plan.question)) return undefined;
  const expected = NUMERALS[named[1]] ?? Number(named[1]);
  const units = [...new Set(scopes.map((scope) => scope.unit))];
  if (units.length === expected) return undefined;
  const years = [...new Set(scopes.map((scope) => scope.year))].sort();
  return clarify(
    `问题说“${named[0]}”，收录的${years.join("、")}年度文件有这些单位：${units.join("、")}。请问是哪几个？`,
  );
}

/**
 * Two units compared with no year said, whose documents share no year ("<甲单位>和<乙单位>谁的…更多"):
 * each unit's latest year is compared, and a note says the years differ and which each has.
 */
export function addYearsApartNote(k: Knowledge, plan: QueryPlan, scopes: Scope[], draft: Draft): void {
  if (draft.status !== "answered" || plan.yearSource !== "latest" || plan.operation !== "difference") return;
  if (plan.units.length !== 2 || new Set(scopes.map((scope) => scope.year)).size < 2) return;
  const yearsOf = (unit: string) => [...new Set(k.docs(unit).map((doc) => doc.year))].sort();
  const [first, second] = plan.units.map(yearsOf);
  if (first.some((year) => second.includes(year))) return;
  const listed = plan.units.map((unit, i) => `${unit}${[first, second][i].join("、")}年度`);
  draft.notes.push([`两个单位的公开文件没有相同年度（${listed.join("，")}），比较的是各自最新年度的数字。`]);
}

/**
 * Two units' figures set apart, no basis asked, when one unit's document is a final account and the
 * other's a budget ("<甲>和<乙>谁的钱多"): a note says which is which, as the two are not alike.
 */
export function addKindsApartNote(plan: QueryPlan, scopes: Scope[], draft: Draft): void {
  if (draft.status !== "answered" || plan.operation !== "difference" || plan.units.length !== 2) return;
  // (A basis asked reads the same kind of figure from both: a final account states its budget too.)
  if (plan.basis) return;
  const kinds = new Map(scopes.map((scope) => [scope.unit, scope.doc.kind]));
  if (kinds.size !== 2 || new Set(kinds.values()).size < 2) return;
  const listed = [...kinds].map(([unit, kind]) => `${unit}为${kind}数`);
  draft.notes.push([`比较的两个数字${listed.join("，")}，一个是实际支出，一个是计划安排，口径不同。`]);
}
