import { extractMeta } from "./document-meta.js";
import { findTables } from "./find-tables.js";
import { narrativeFacts } from "./narrative-facts.js";
import { parseSections } from "./parse-sections.js";
import { parseTable } from "./parse-table.js";
import { tableFacts, type DocContext } from "./table-facts.js";
import { resolveSubjectCodes } from "./resolve-subject-codes.js";
import { buildReport } from "../checks/build-report.js";
import { checkDocument } from "../checks/run-checks.js";
import { extractRelations } from "../units/extract-relations.js";
import { buildChunks } from "../index/build-chunks.js";
import type { ParsedDocument, Section } from "../schema.js";

/** Parse one document's text into sections, tables, facts, checks and chunks. Pure: no I/O. */
export function parseDocument(input: {
  docId: string;
  file: string;
  hash: string;
  text: string;
}): ParsedDocument {
  const lines = input.text.split("\n");
  const meta = extractMeta(input.file, lines);
  const doc: DocContext = { docId: input.docId, unit: meta.unit, year: meta.year, kind: meta.kind };

  const regions = findTables(lines);
  const inTable = new Uint8Array(lines.length);
  for (const r of regions) inTable.fill(1, r.start, r.end);
  const { sections, paragraphs } = parseSections(input.docId, lines, (i) => inTable[i] === 1);

  const tables = regions.map((region, i) =>
    parseTable(region, {
      docId: input.docId,
      id: `${input.docId}:${region.number ? `t${region.number}` : `a${i}`}`,
      section: sectionAt(sections, region.start + 1),
      amountUnit: meta.amountUnit,
    }),
  );
  const facts = [...tables.flatMap((t) => tableFacts(t, doc)), ...narrativeFacts(paragraphs, doc)];
  const unresolved = resolveSubjectCodes(facts, tables);
  const checked = checkDocument(facts, tables);
  const warnings = [...checked.warnings, ...unresolved];
  const { relations, covers } = extractRelations(paragraphs, tables, meta.unit, lines);
  const chunks = buildChunks({ doc, sections, tables, amountUnit: meta.amountUnit });

  return {
    info: {
      docId: input.docId,
      file: input.file,
      hash: input.hash,
      title: meta.title,
      unit: meta.unit,
      year: meta.year,
      kind: meta.kind,
      amountUnit: meta.amountUnit,
      covers,
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

/** The innermost section whose span holds a line (1-based). */
function sectionAt(sections: Section[], line: number): string[] {
  let best: Section | undefined;
  for (const s of sections)
    if (s.lines[0] <= line && line <= s.lines[1] && (!best || s.level >= best.level)) best = s;
  return best?.path ?? [];
}
