import { basename } from "node:path";
import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import { chunkCitation, McpCitation, sourcesMarkdown } from "./mcp-citations.js";
import { knowledgeOf, resolveUnits, type EngineSource } from "./resolve-scope.js";
import { READ_ONLY, toolResult, type ToolRunner } from "./tool-result.js";

const Kind = z.enum(["决算", "预算"]).describe("决算 (final accounts) or 预算 (budget)");
const Unit = z
  .string()
  .min(1)
  .max(100)
  .describe("A unit's full name, an alias such as 驻京办, or part of a name");
const Year = z.number().int().min(1990).max(2100).describe("The document year, e.g. 2024");

const DocumentRow = z.object({
  docId: z.string(),
  title: z.string(),
  unit: z.string(),
  year: z.number().int(),
  kind: z.enum(["决算", "预算"]),
  edition: z.enum(["部门", "单位"]).optional(),
  file: z.string(),
  amountUnit: z.string(),
  covers: z.array(z.string()),
  tables: z.number().int(),
  facts: z.number().int(),
  /** Share of the ingest's arithmetic checks that hold (0..1), null when nothing could be checked. */
  checksPassRate: z.number().nullable(),
});

const SearchHit = z.object({
  n: z.number().int(),
  id: z.string(),
  type: z.enum(["section", "table"]),
  title: z.string(),
  score: z.number(),
  text: z.string(),
});

const HIT_CHARS = 1200;

export function registerDocumentTools(server: McpServer, source: EngineSource, run: ToolRunner): void {
  server.registerTool(
    "list_documents",
    {
      title: "List the disclosures",
      description:
        "Lists the budget (预算) and final-account (决算) disclosures in the index: unit, year, kind, " +
        "file, how many tables and figures were read, and how many ingest checks hold. Filter by unit, year or kind.",
      inputSchema: { unit: Unit.optional(), year: Year.optional(), kind: Kind.optional() },
      outputSchema: {
        documents: z.array(DocumentRow),
        units: z.array(
          z.object({ name: z.string(), parent: z.string().optional(), aliases: z.array(z.string()) }),
        ),
      },
      annotations: READ_ONLY,
    },
    ({ unit, year, kind }) =>
      run(async () => {
        const k = knowledgeOf(source);
        const units = resolveUnits(k, unit);
        const documents = (await k.store.documentInfos())
          .filter(
            (d) =>
              (!units || units.includes(d.unit)) && (!year || d.year === year) && (!kind || d.kind === kind),
          )
          .map((d) => ({
            docId: d.docId,
            title: d.title,
            unit: d.unit,
            year: d.year,
            kind: d.kind,
            ...(d.edition ? { edition: d.edition } : {}),
            file: basename(d.file),
            amountUnit: d.amountUnit,
            covers: d.covers,
            tables: d.counts.tables,
            facts: d.counts.facts,
            checksPassRate: d.report?.passRate ?? null,
          }));
        const unitRows = k.units
          .filter((u) => !units || units.includes(u.name))
          .map((u) => ({
            name: u.name,
            ...(u.parent ? { parent: u.parent } : {}),
            aliases: u.aliases.slice(0, 8),
          }));
        const lines = documents.map(
          (d) =>
            `- ${d.unit} ${d.year}年度${d.kind}${d.edition ? `（${d.edition}）` : ""}：${d.title}` +
            `（${d.file}，表格 ${d.tables} 张，数据 ${d.facts} 条` +
            `${d.checksPassRate === null ? "" : `，校验通过 ${(d.checksPassRate * 100).toFixed(1)}%`}）`,
        );
        const text = documents.length
          ? `共 ${documents.length} 份文件：\n\n${lines.join("\n")}`
          : "没有符合条件的文件。";
        return toolResult(text, { documents, units: unitRows });
      }),
  );

  server.registerTool(
    "search_documents",
    {
      title: "Search the disclosures' text",
      description:
        "Full-text search (BM25 over Chinese words) of the disclosures' sections and tables. Returns the " +
        "best passages with their place in the document, numbered as citations.",
      inputSchema: {
        query: z.string().min(1).max(200).describe("Words to look for, e.g. 公务用车 运行维护费 原因"),
        unit: Unit.optional(),
        year: Year.optional(),
        kind: Kind.optional(),
        type: z.enum(["section", "table"]).optional().describe("Only narrative sections, or only tables"),
        limit: z.number().int().min(1).max(20).default(5),
      },
      outputSchema: { results: z.array(SearchHit), citations: z.array(McpCitation) },
      annotations: READ_ONLY,
    },
    ({ query, unit, year, kind, type, limit }) =>
      run(async () => {
        const k = knowledgeOf(source);
        const units = resolveUnits(k, unit);
        const filter = { units, years: year ? [year] : undefined, kind, type };
        const hits = await k.store.searchText(query, filter, limit);
        const results = hits.map((hit, i) => ({
          n: i + 1,
          id: hit.chunk.id,
          type: hit.chunk.type,
          title: hit.chunk.title,
          score: Math.round(hit.score * 1000) / 1000,
          text: hit.chunk.text.slice(0, HIT_CHARS),
        }));
        const citations = hits.map((hit, i) => chunkCitation(hit.chunk, i + 1));
        const body = results.map(
          (r) =>
            `**[${r.n}] ${r.title}**\n\n${r.text
              .split("\n")
              .slice(0, 12)
              .map((l) => `> ${l}`)
              .join("\n")}`,
        );
        const text = results.length
          ? `${body.join("\n\n")}\n\n${sourcesMarkdown(citations)}`
          : `没有找到与「${query}」相关的内容。`;
        return toolResult(text, { results, citations });
      }),
  );
}
