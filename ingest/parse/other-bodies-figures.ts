import { BODIES_LIST_TABLE } from "../domain/project-tables.js";
import type { Fact } from "../schema.js";
import { sentenceOffset } from "./prose-fact.js";

/**
 * "<某县某局>A万元", "<某县某局>决算A万元，上年B万元，增加C万元", "<某市某站>支出A万元": a body other than the unit named
 * right before its figure, with its level or place first (as a finance bureau's account of all its
 * departments writes them). The clause up to its "；" or "。" states that body's figures.
 */
const BODY_THEN_AMOUNT =
  /((?:[县市区]|[\u4e00-\u9fa5]{2,6}?[省市县区])[\u4e00-\u9fa5]{2,20}?(?:局|办公室|委员会|中心|法院|检察院|馆|站|支队|大队)(?:[（(][^（）()]{1,12}[)）])?)(?:20\d{2}年度?)?(?:本年)?(?:支出|收入)?(?:决算|预算)?数?为?(?=\d)/g;

/** Where a clause ends: its "；", or the sentence's end. */
const CLAUSE_END = /[；;。]/g;

/** A level's departments together ("<某县>本级部门"), whose document states each department's figures. */
export const LEVEL_DEPARTMENTS_UNIT = /本级部门$/;

/** A clause of a sentence that states another body's figures: the body's name and where it runs. */
export interface BodyClause {
  name: string;
  start: number;
  end: number;
}

/** The clauses of a sentence that open on another body's name and its figure. */
export function bodyClauses(sentence: string, unit: string): BodyClause[] {
  const out: BodyClause[] = [];
  for (const hit of sentence.matchAll(BODY_THEN_AMOUNT)) {
    const name = hit[1]!;
    if (unit.endsWith(name) || name.endsWith(unit) || unit.includes(name.replace(/^[县市区]/, ""))) continue;
    CLAUSE_END.lastIndex = hit.index;
    out.push({ name, start: hit.index, end: CLAUSE_END.exec(sentence)?.index ?? sentence.length });
  }
  return out;
}

/**
 * Figures the sentence states of another body by name are not the unit's: left out of the unit's
 * (the body's row of a table by body answers for it; in an account of a level's departments each
 * clause is read again as that department's, see narrative-facts.ts).
 */
export function otherBodiesFigures(made: Fact[], clauses: BodyClause[]): void {
  for (const { start, end } of clauses)
    for (let i = made.length - 1; i >= 0; i--) {
      const at = sentenceOffset(made[i]!);
      if (at >= start && at < end) made.splice(i, 1);
    }
}

/**
 * An account of a level's departments together: each department's table rows are its own figures
 * (their unit its name), as its sentences are. Returns the departments that have figures of their own.
 * Done after the document's checks, which add the departments' rows up to the table's totals.
 */
export function departmentsOwnRows(unit: string, facts: Fact[], departments: string[]): string[] {
  if (!LEVEL_DEPARTMENTS_UNIT.test(unit)) return [];
  const named = new Set(departments);
  for (const fact of facts) if (fact.table && named.has(fact.row)) fact.unit = fact.row;
  return [...new Set(facts.filter((fact) => fact.unit !== unit).map((fact) => fact.unit))];
}

/**
 * "其中：<某中心>支出A万元；<某站>支出B万元": a department's narrative stating its bodies' figures one
 * clause each (two or more). Each clause's figure is a cell of that body's row of the list of
 * bodies (read as a table the document prints as a sentence), never the department's own figure.
 */
export function bodyRowsOfClauses(facts: Fact[], unit: string, clauses: BodyClause[]): Fact[] {
  if (clauses.length < 2) return [];
  return facts.flatMap((fact): Fact[] =>
    fact.metric && /元$/.test(fact.measure)
      ? [
          {
            ...fact,
            unit,
            table: BODIES_LIST_TABLE,
            tableTitle: fact.source.section.at(-1) ?? "单位构成",
            row: fact.unit,
            column: fact.metric,
          },
        ]
      : [],
  );
}
