import { AppError } from "../../lib/app-error.js";
import { foldVerticalForms } from "./fold-vertical-forms.js";
import { cleanLabel } from "../text/normalize-text.js";
import { extractMeta, type MetaOverrides } from "./document-meta.js";
import { findTables } from "./find-tables.js";
import { columnSplitTablesJoined } from "./column-split-pages.js";
import { formFacts, formTotalsNamedAsWrittenUp, isFormTable } from "./form-facts.js";
import { narrativeFacts } from "./narrative-facts.js";
import { tagStaffTotals } from "./count-totals.js";
import { projectFunds } from "./project-funds.js";
import { innermostSections, parseSections } from "./parse-sections.js";
import { parseTable } from "./parse-table.js";
import { publicationOf } from "./publication-date.js";
import { pagePlacer } from "./place-facts.js";
import { tableFacts, type DocContext } from "./table-facts.js";
import { resolveSubjectCodes } from "./resolve-subject-codes.js";
import { buildReport } from "../checks/build-report.js";
import { repeatedTables } from "../checks/repeated-tables.js";
import { checkDocument } from "../checks/run-checks.js";
import { extractRelations } from "../units/extract-relations.js";
import { bodyStaffFacts } from "./body-staff.js";
import { assignBodyParts, partsByUnit } from "./body-parts.js";
import { buildChunks } from "../index/build-chunks.js";
import type { Fact, ParsedDocument, ParsedTable } from "../schema.js";
import { departmentsOwnRows } from "./other-bodies-figures.js";
import type { LineSource } from "../read/read-document.js";

/** Parse one document's text into sections, tables, facts, checks and chunks. Pure: no I/O. */
export function parseDocument(input: {
  docId: string;
  file: string;
  hash: string;
  text: string;
  /** Paged formats (PDF): where each line of `text` was printed; facts are placed on their page and box. */
  sources?: LineSource[];
  /** Unit, year or kind given by whoever ingests the document; they win over the text. */
  overrides?: MetaOverrides;
  /** What the reader left out (readDocument's warnings). */
  readWarnings?: string[];
}): ParsedDocument {
  // A form printed one cell per line reads as the one-line rows other exports print.
  const lines = foldVerticalForms(input.text.split("\n"));
  const meta = extractMeta(input.file, lines, input.overrides);
  const doc: DocContext = { docId: input.docId, unit: meta.unit, year: meta.year, kind: meta.kind };

  const regions = findTables(lines, { kind: meta.kind });
  const inTable = new Uint8Array(lines.length);
  for (const r of regions) inTable.fill(1, r.start, r.end);
  const { sections, paragraphs } = parseSections(input.docId, lines, (i) => inTable[i] === 1);

  const ids = new Set<string>();
  const sectionOfLine = innermostSections(sections, lines.length);
  const tables = columnSplitTablesJoined(
    regions.map((region, i) =>
      parseTable(region, {
        docId: input.docId,
        id: tableId(input.docId, region.number ? `t${region.number}` : `a${i}`, ids),
        section: sections[sectionOfLine[region.start + 1]]?.path ?? [],
        amountUnit: meta.amountUnit,
      }),
    ),
  );
  const place = input.sources ? pagePlacer(lines, input.sources) : undefined;
  const read = [
    ...tables.flatMap((t) => (isFormTable(t) ? formFacts(t, doc, place, lines) : tableFacts(t, doc, place))),
    ...narrativeFacts(paragraphs, doc, place),
    ...bodyStaffFacts(paragraphs, doc, place),
  ];
  tagStaffTotals(read);
  const facts = formTotalsNamedAsWrittenUp([...read, ...projectFunds(read)]);
  if (isBlankTemplate(lines, tables, facts))
    throw new AppError(
      "NOT_A_DISCLOSURE",
      `${input.file}: a blank disclosure template (placeholder names such as “XX局”, no real amounts); not indexed`,
      { reason: "template" },
    );
  const unresolved = resolveSubjectCodes(facts, tables);
  const chunks = buildChunks({ doc, sections, tables, amountUnit: meta.amountUnit });
  // A subordinate's own part of the document is its figures, checked apart from the unit's.
  const bodies = assignBodyParts(meta.unit, facts, chunks);
  // (A department's own sentences in an account of a level's departments are checked with none.)
  const checkedFacts = facts.filter((fact) => fact.unit === meta.unit || bodies.includes(fact.unit));
  const parts = partsByUnit(meta.unit, bodies, checkedFacts, tables).map((part) =>
    checkDocument(part.facts, part.tables),
  );
  const checked = {
    outcomes: parts.flatMap((part) => part.outcomes),
    warnings: parts.flatMap((part) => part.warnings),
  };
  const unread = (input.readWarnings ?? []).map((message) => ({
    code: "unread_part" as const,
    message,
    factIds: [],
  }));
  const warnings = [
    ...unread,
    ...meta.warnings,
    ...repeatedTables(tables),
    ...checked.warnings,
    ...unresolved,
  ];
  const { relations, covers, shortNames } = extractRelations(paragraphs, tables, meta.unit, lines);
  // (After the checks: a level's departments' rows add up to its totals, then are each one's own.)
  bodies.push(
    ...departmentsOwnRows(
      meta.unit,
      facts,
      relations.map((relation) => relation.child),
    ).filter((body) => !bodies.includes(body)),
  );
  const publication = publicationOf(lines);

  return {
    info: {
      docId: input.docId,
      file: input.file,
      hash: input.hash,
      title: meta.title,
      unit: meta.unit,
      year: meta.year,
      kind: meta.kind,
      ...(meta.edition ? { edition: meta.edition } : {}),
      ...(publication
        ? {
            published: {
              date: publication.date,
              text: publication.text,
              line: publication.line + 1,
              section: sections[sectionOfLine[publication.line + 1]]?.path ?? [],
            },
          }
        : {}),
      amountUnit: meta.amountUnit,
      covers,
      ...(bodies.length ? { bodies } : {}),
      ...(shortNames.length ? { shortNames } : {}),
      relations,
      aliases: meta.selfAliases,
      counts: {
        sections: sections.length,
        tables: tables.length,
        facts: facts.length,
        chunks: chunks.length,
      },
      warnings,
      report: buildReport({ kind: meta.kind, tables, facts, outcomes: checked.outcomes }),
    },
    sections,
    tables,
    facts,
    chunks,
  };
}

/**
 * The published blank a department fills in: the body is "上海市 XX 局" (or ××单位), its amounts
 * are placeholders ("XXX 万元") and its standard tables hold none. It documents the form, not a
 * unit's figures.
 */
function isBlankTemplate(lines: string[], tables: ParsedTable[], facts: Fact[]): boolean {
  const placeholder = (l: string) =>
    /[XＸ×xｘ]{2,}(局|单位|部门|委员会|委|办公室|办|中心|院)/.test(cleanLabel(l));
  if (!lines.slice(0, 20).some(placeholder)) return false;
  const blankAmounts = lines.filter((l) => /[XＸ×]{2,}\s*万?元/.test(l)).length;
  const standard = tables.filter((t) => t.template);
  const tableAmounts = facts.filter((f) => f.table && standard.some((t) => f.id.startsWith(`${t.id}:`)));
  return standard.length > 0 && (tableAmounts.length === 0 || blankAmounts >= 3);
}

/** Table ids are unique in a document: a second table of the same standard number gets a suffix. */
function tableId(docId: string, local: string, taken: Set<string>): string {
  let id = `${docId}:${local}`;
  for (let n = 2; taken.has(id); n++) id = `${docId}:${local}-${n}`;
  taken.add(id);
  return id;
}
