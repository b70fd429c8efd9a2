import { expect } from "vitest";
import { printedNumbers, sameNumber } from "../../eval/score.js";
import type { AnswerResult } from "./plan-schema.js";

/** Test support (not a test): what the engine's end-to-end tests assert about an answer. */

/** Numbers the answer prints as figures: no citation markers, years, dates, line or table numbers, codes, source list. */
export function figureNumbers(answer: string): string[] {
  const body = answer
    .split("**来源**")[0]
    .replace(/\[\d+\]/g, "")
    .replace(/20\d{2}年/g, "年")
    // A date a stock is stated as of ("截至<年><月>月<日>日") is no figure.
    .replace(/\d{1,2}月(?:\d{1,2}日|底)/g, "月")
    .replace(/第\d+(?:–\d+)?[行页]/g, "")
    .replace(/公开\d+表/g, "")
    // A table's own number in its title ("表1.项目资金支出情况") names it, no figure.
    .replace(/表\d+(?=[.．、])/g, "表")
    .replace(/（\d{3,7}）/g, "")
    // A number inside a body's name ("市人民政府12345市长热线办公室") names it, no figure.
    .replace(
      /(?<=[\u4e00-\u9fa5])\d{4,}(?=[\u4e00-\u9fa5])(?![万亿元人个次件卷页辆台套批余多年月日户名位项家条天份篇间张床场期平米])/g,
      "",
    );
  return printedNumbers(body, false).map((p) => p.text);
}

/** Every figure printed outside quoted passages is a fact value or an operand of a fact's formula. */
export function expectGrounded(r: AnswerResult): void {
  const allowed = [
    ...r.facts.map((f) => f.value),
    ...r.facts.flatMap((f) => f.formula?.match(/\d+(?:\.\d+)?/g) ?? []),
  ];
  const printed = figureNumbers(r.answer);
  expect(
    printed.filter((n) => !allowed.some((v) => sameNumber(n, v))),
    r.answer,
  ).toEqual([]);
}

/** Facts with these values and measures: "12.6万元 31.50% 7辆". */
export function expectFacts(r: AnswerResult, spec: string): void {
  for (const [, value, measure] of spec.matchAll(/(-?[\d.]+)(\S+)/g)) {
    const found = r.facts.some((f) => money(f.value) === money(value) && f.measure === measure);
    expect(found, `${value}${measure} in ${JSON.stringify(r.facts)}`).toBe(true);
  }
}
const money = (v: string) => Number(v).toFixed(4);

/** A citation of the document line (and table, when given). */
export function expectCited(r: AnswerResult, docId: string, line: number, table?: string): void {
  const hit = r.citations.some(
    (c) =>
      c.docId === docId &&
      !!c.lines &&
      c.lines[0] <= line &&
      line <= c.lines[1] &&
      (!table || c.table === table),
  );
  expect(
    hit,
    `${docId} line ${line}${table ? ` table ${table}` : ""} in ${JSON.stringify(r.citations.map((c) => [c.docId, c.table, c.lines]))}`,
  ).toBe(true);
}
