import { z } from "zod";
import type { Chunk, Fact } from "../../ingest/schema.js";
import type { Citation } from "../engine/plan-schema.js";

/**
 * Where a tool's figure or passage comes from, numbered as the `[n]` markers in its text. The
 * MCP contract (structured content of every tool that reads the documents).
 */
export const McpCitation = z.object({
  n: z.number().int().min(1),
  /** A fact id, a chunk id (passages) or a table id: GET /api/sources/:id shows it in context. */
  id: z.string(),
  docId: z.string(),
  unit: z.string(),
  year: z.number().int(),
  kind: z.enum(["决算", "预算"]),
  table: z.string().optional(),
  tableTitle: z.string().optional(),
  /** The table's label as printed ("公开09表", "表一"); 上海 tables have none. */
  tableLabel: z.string().optional(),
  /** Section path, outermost first, joined with " > ". */
  section: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  /** 1-based inclusive line span in the document's text. */
  lines: z.array(z.number().int()).length(2).optional(),
  /** PDF sources: the printed page, and the cell's or line's box in points from the top-left corner. */
  page: z.number().int().optional(),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  excerpt: z.string(),
});
export type McpCitation = z.infer<typeof McpCitation>;

const EXCERPT_CHARS = 300;

export function factCitation(fact: Fact, n: number): McpCitation {
  return {
    n,
    id: fact.id,
    docId: fact.docId,
    unit: fact.unit,
    year: fact.year,
    kind: fact.kind,
    ...(fact.table ? { table: fact.table } : {}),
    ...(fact.tableTitle ? { tableTitle: fact.tableTitle } : {}),
    section: fact.source.section.join(" > "),
    row: fact.rowCode ? `${fact.rowCode} ${fact.row}` : fact.row,
    column: fact.column,
    lines: [...fact.source.lines],
    ...(fact.source.page ? { page: fact.source.page } : {}),
    excerpt: fact.source.excerpt.slice(0, EXCERPT_CHARS),
  };
}

export function chunkCitation(chunk: Chunk, n: number): McpCitation {
  return {
    n,
    id: chunk.id,
    docId: chunk.docId,
    unit: chunk.unit,
    year: chunk.year,
    kind: chunk.kind,
    ...(chunk.table ? { table: chunk.table } : {}),
    ...(chunk.type === "table" ? { tableTitle: chunk.title } : {}),
    section: chunk.section.join(" > "),
    lines: [...chunk.lines],
    excerpt: chunk.text.slice(0, EXCERPT_CHARS),
  };
}

/** The engine's citations, numbered in the order its answer's markers use. */
export function engineCitations(citations: Citation[]): McpCitation[] {
  return citations.map((c, i) => {
    const { lines, ...rest } = c;
    return { n: i + 1, ...rest, ...(lines ? { lines: [...lines] } : {}) };
  });
}

function where(c: McpCitation): string {
  const place = c.table
    ? [c.tableTitle, c.row, c.column].filter(Boolean).join("｜")
    : (c.section ?? "").split(" > ").slice(-2).join(" > ");
  const lines = c.lines ? `｜第${c.lines[0]}${c.lines[1] !== c.lines[0] ? `–${c.lines[1]}` : ""}行` : "";
  const page = c.page ? `｜第${c.page}页` : "";
  return `${c.unit} ${c.year}年度${c.kind}｜${place}${page}${lines}`;
}

/** "**来源**" and one numbered line per citation, as the engine's answers end. */
export function sourcesMarkdown(citations: McpCitation[]): string {
  if (!citations.length) return "";
  return `**来源**\n\n${citations.map((c) => `${c.n}. ${where(c)}`).join("\n")}`;
}
