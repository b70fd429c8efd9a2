import type { Chunk, Fact, ParsedTable } from "../schema.js";

/**
 * The heading of a document's part that prints its subordinate bodies' own budgets or accounts
 * ("第五部分 所属单位2025年单位预算", "下属单位决算公开"), each body under a numbered heading of its name.
 */
const BODIES_PART =
  /(?:所属|下属|直属|二级)(?:预算|决算)?单位.{0,12}(?:预算|决算)|^.{0,8}单位(?:预算|决算)(?:公开)?$/;

/** A numbered heading of one body ("二、<某某>监测站"): its name. */
const BODY_HEADING = /^[一二三四五六七八九十]{1,3}\s*[、.．]\s*(\S{4,40})$/;

/** What a body's name ends with: the kinds of public bodies. */
const BODY_KIND =
  /(?:中心|站|所|院|馆|队|局|处|办公室|办|室|委员会|学校|中学|小学|幼儿园|医院|卫生院|大队|支队|公司|社|场|台|园)$/;

/** The body whose own part of the document this section path is in, when it is another than the unit. */
export function bodyOfSection(section: readonly string[], unit: string): string | undefined {
  const part = section.findIndex((title) => BODIES_PART.test(title));
  if (part < 0) return undefined;
  const name = BODY_HEADING.exec(section[part + 1] ?? "")?.[1];
  return name && BODY_KIND.test(name) && name !== unit ? name : undefined;
}

/**
 * Facts and passages of a subordinate body's own part are the body's: their unit is the body's
 * name. Returns the bodies found, in document order.
 */
export function assignBodyParts(unit: string, facts: Fact[], chunks: Chunk[]): string[] {
  const bodies = new Set<string>();
  for (const fact of facts) {
    const body = bodyOfSection(fact.source.section, unit);
    if (body) bodies.add((fact.unit = body));
  }
  for (const chunk of chunks) {
    const body = bodyOfSection(chunk.section, unit);
    if (body) bodies.add((chunk.unit = body));
  }
  return [...bodies];
}

/**
 * The document cut by whose figures they are: the unit's own, then each body's part (its tables
 * are those under the body's heading). Identities and repeated figures are checked within a part.
 */
export function partsByUnit(
  unit: string,
  /** The bodies assignBodyParts found. */
  bodies: string[],
  facts: Fact[],
  tables: ParsedTable[],
): { unit: string; facts: Fact[]; tables: ParsedTable[] }[] {
  // (A document printing no body's part is one part, as parsed.)
  if (!bodies.length) return [{ unit, facts, tables }];
  return [unit, ...bodies].map((own) => ({
    unit: own,
    facts: facts.filter((fact) => fact.unit === own),
    tables: tables.filter((table) => (bodyOfSection(table.section, unit) ?? unit) === own),
  }));
}
