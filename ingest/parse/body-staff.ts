import { BODIES_LIST_TABLE, BODY_NAME, OWN_LEVEL } from "../domain/project-tables.js";
import type { Fact } from "../schema.js";
import type { Paragraph } from "./parse-sections.js";
import type { Placer } from "./place-facts.js";
import type { DocContext } from "./table-facts.js";

/**
 * "<n>．<某管理所>（<单位类别>）：编制<a>名，实有<b>人。", "<n>．<某中心站>（…），核定编制<a>名，
 * 年末实有人数<b>人。": the bodies a department lists one numbered paragraph each, with their own
 * staff. Each body's counts are read as a row of the list (the list is the table the document
 * prints as sentences), so a body's staff is answered from its own row, never the department's.
 */

/** A numbered body and what follows its name: its level or kind in brackets, then a colon or comma. */
const NUMBERED_BODY =
  /^\s*\d{1,2}\s*[.．、]\s*([\u4e00-\u9fa5]{3,40}?)((?:[（(][^（）()]{0,20}[)）]){0,2})\s*[：:，,]/;

/** The counts a body's paragraph states, each under the column a staff table would print it. */
const BODY_COUNTS: readonly { column: string; pattern: RegExp }[] = [
  {
    column: "编制数",
    pattern: /(?:核定)?(?:行政|事业|参公|机关)?编制(?:数|人数)?(?:为|共|共计)?\s*(\d{1,5})\s*[名人个]/,
  },
  {
    column: "退休人数",
    pattern: /(?<!离)退休(?:人员|人数)?(?:为|共|共计)?\s*(\d{1,5})\s*人(?!次)/,
  },
  {
    column: "在职人数",
    pattern: /(?:年末)?(?:实有|在职|在编|现有)(?:在职)?(?:人员|人数)?(?:为|共|共计)?\s*(\d{1,5})\s*人(?!次)/,
  },
];

/** A body's name: what kind of body it is ends it (a design office, "<某>设计室", too). */
const LISTED_BODY_NAME = new RegExp(`${BODY_NAME.source}|室$`);

/**
 * The row a numbered paragraph of the list is: the body it names ("<本部门>（本级）" for the
 * department's own level); undefined when it names no body.
 */
export function listedBody(text: string, unit: string): { row: string; length: number } | undefined {
  const body = NUMBERED_BODY.exec(text);
  if (!body) return undefined;
  const [named, name, brackets] = body;
  // The department's own level listed first ("1．<本部门>（本级）"): its row is named so.
  if (OWN_LEVEL.test(brackets)) return { row: `${name}（本级）`, length: named.length };
  if (!LISTED_BODY_NAME.test(name) || unit.endsWith(name)) return undefined;
  return { row: name, length: named.length };
}

/** "<某中心>：编制<a>人，在职<b>人，退休<c>人；": a body's line of a list of the bodies' staff. */
const COLON_BODY = /^\s*([\u4e00-\u9fa5]{3,40}?)(本级)?[：:]\s*(?=(?:核定)?(?:行政|事业|参公|机关)?编制)/;

/** The row such a line is (its body, or the department's own level), undefined when it names no body. */
function colonBody(text: string, unit: string): { row: string; length: number } | undefined {
  const named = COLON_BODY.exec(text);
  const row = named && bodyRow(named[1]!, !!named[2], unit);
  return named && row ? { row, length: named[0].length } : undefined;
}

/** A named body's row: the department's own level ("…本级"), or a body's name; none for the unit itself. */
function bodyRow(name: string, ownLevel: boolean, unit: string): string | undefined {
  if (ownLevel) return `${name}（本级）`;
  return LISTED_BODY_NAME.test(name) && !unit.endsWith(name) ? name : undefined;
}

/** A head count read from a sentence: in a listed body's paragraph, that body's, not the department's. */
export function isHeadCount(fact: Fact): boolean {
  return fact.measure === "人" && !fact.table;
}

export function bodyStaffFacts(paragraphs: Paragraph[], doc: DocContext, place?: Placer): Fact[] {
  return paragraphs.flatMap((paragraph, index) => {
    const body = listedBody(paragraph.text, doc.unit) ?? colonBody(paragraph.text, doc.unit);
    const clauses = body
      ? [{ row: body.row, start: body.length, text: paragraph.text.slice(body.length) }]
      : listedClauses(paragraph.text, doc.unit);
    return [
      ...clauses.flatMap((clause) => clauseCounts(clause, paragraph, index, doc, place)),
      ...(body ? [] : bracketedCounts(paragraph, index, doc, place)),
    ];
  });
}

/** One body's clause of a paragraph: its row, where its counts start, and their text. */
interface BodyClause {
  row: string;
  start: number;
  text: string;
}

/** "<某单位>事业编制<a>名，实有<b>人": a clause opening with a body's name right before its staff. */
const CLAUSE_BODY = /^\s*([\u4e00-\u9fa5]{3,40}?)(本级)?(?=(?:核定)?(?:行政|事业|参公|机关)?编制)/;

/**
 * "分单位情况：<本部门>本级行政编制<a>名，实有<b>人；<甲>事业编制<c>名，实有<d>人；…": the bodies
 * listed one clause each in one paragraph, at least two of them.
 */
function listedClauses(text: string, unit: string): BodyClause[] {
  const clauses: BodyClause[] = [];
  let start = 0;
  for (const part of text.split(/(?<=[；;。])/)) {
    const opening = Math.max(part.lastIndexOf("："), part.lastIndexOf(":")) + 1;
    const named = CLAUSE_BODY.exec(part.slice(opening));
    const row = named && bodyRow(named[1]!, !!named[2], unit);
    if (named && row)
      clauses.push({
        row,
        start: start + opening + named[0].length,
        text: part.slice(opening + named[0].length),
      });
    start += part.length;
  }
  return clauses.length >= 2 ? clauses : [];
}

/** The staff counts a body's clause states, as cells of its row of the list. */
function clauseCounts(
  clause: BodyClause,
  paragraph: Paragraph,
  index: number,
  doc: DocContext,
  place: Placer | undefined,
): Fact[] {
  return BODY_COUNTS.flatMap(({ column, pattern }): Fact[] => {
    const count = pattern.exec(clause.text);
    if (!count) return [];
    const offset = clause.start + count.index + count[0].indexOf(count[1]);
    return [staffCell({ row: clause.row, column, value: count[1], offset }, paragraph, index, doc, place)];
  });
}

/** "实有在职人员<n>人（<甲>及<乙><a>人，<某处><b>人）": a count split by body in brackets after it. */
const BRACKETED_SPLIT = /(编制|实有|在职)[^（(，,。；;]{0,8}?\d{1,5}\s*[名人]\s*[（(]([^（）()]{4,80})[)）]/g;
/** One body's part of such a split: its name right before its count. */
const SPLIT_PART = /^(?:其中[：:]?)?([\u4e00-\u9fa5]{2,20}?)(\d{1,5})\s*[名人]$/;

/** The bodies' counts a paragraph splits in brackets, each body's as a cell of its row. */
function bracketedCounts(paragraph: Paragraph, index: number, doc: DocContext, place?: Placer): Fact[] {
  const facts: Fact[] = [];
  for (const split of paragraph.text.matchAll(BRACKETED_SPLIT)) {
    const column = split[1] === "编制" ? "编制数" : "在职人数";
    let offset = split.index + split[0].length - split[2].length - 1;
    for (const part of split[2].split(/([，,、；;])/)) {
      const named = SPLIT_PART.exec(part);
      // (A part naming two bodies at once, "<局机关>及<某所>", is no one body's row.)
      const row = named && !/[及和与、]/.test(named[1]) ? bodyRow(named[1], false, doc.unit) : undefined;
      if (named && row)
        facts.push(
          staffCell(
            { row, column, value: named[2], offset: offset + part.lastIndexOf(named[2]) },
            paragraph,
            index,
            doc,
            place,
          ),
        );
      offset += part.length;
    }
  }
  return facts;
}

/** One count of a body's row of the list. */
function staffCell(
  cell: { row: string; column: string; value: string; offset: number },
  paragraph: Paragraph,
  index: number,
  doc: DocContext,
  place: Placer | undefined,
): Fact {
  return {
    id: `${doc.docId}:bodies:p${index}:${cell.offset}`,
    docId: doc.docId,
    unit: doc.unit,
    year: doc.year,
    kind: doc.kind,
    table: BODIES_LIST_TABLE,
    tableTitle: paragraph.section.at(-1) ?? "单位构成",
    row: cell.row,
    column: cell.column,
    value: cell.value,
    measure: "人",
    source: {
      section: paragraph.section,
      lines: paragraph.lines,
      excerpt: paragraph.text.trim(),
      ...place?.text(paragraph, cell.offset),
    },
  };
}
