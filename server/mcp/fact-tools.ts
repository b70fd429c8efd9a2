import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { FactQuery } from "../../ingest/store/store.js";
import { AppError } from "../../lib/app-error.js";
import { formatValue } from "../engine/calculator.js";
import { calculate, CalcOperation } from "./calculate.js";
import { factCitation, McpCitation, sourcesMarkdown } from "./mcp-citations.js";
import { knowledgeOf, METRIC_KEYS, resolveMetric, resolveUnits, type EngineSource } from "./resolve-scope.js";
import { READ_ONLY, toolResult, type ToolRunner } from "./tool-result.js";

const FactRow = z.object({
  n: z.number().int(),
  id: z.string(),
  unit: z.string(),
  year: z.number().int(),
  kind: z.enum(["决算", "预算"]),
  table: z.string().optional(),
  tableTitle: z.string().optional(),
  metric: z.string().optional(),
  row: z.string(),
  rowCode: z.string().optional(),
  column: z.string(),
  /** Exact decimal string in `measure` (amounts in 万元). */
  value: z.string(),
  measure: z.string(),
  basis: z.string().optional(),
  period: z.number().int().optional(),
});

export function registerFactTools(server: McpServer, source: EngineSource, run: ToolRunner): void {
  server.registerTool(
    "lookup_facts",
    {
      title: "Look up figures",
      description:
        "Figures read from the disclosures' tables and sentences, each with its exact source (table, row, " +
        "column or section and line). Amounts are exact decimal strings in 万元. Filters are AND'd; metric and " +
        `subject_code are OR'd with each other. Known metrics: ${METRIC_KEYS.join("、")}.`,
      inputSchema: {
        unit: z
          .string()
          .min(1)
          .max(100)
          .optional()
          .describe("Full name, alias (驻京办) or part of a unit's name"),
        year: z.number().int().min(1990).max(2100).optional(),
        kind: z.enum(["决算", "预算"]).optional(),
        metric: z
          .string()
          .min(1)
          .max(50)
          .optional()
          .describe("A figure such as 三公经费 or 公务接待费 (synonyms work)"),
        subject_code: z
          .string()
          .regex(/^\d{3,7}$/)
          .optional()
          .describe("A 功能分类 or 经济分类 subject code, e.g. 2010301 or 30217"),
        text: z.string().min(1).max(100).optional().describe("Words in the row, column or table title"),
        table: z.string().max(20).optional().describe("Standard table number, e.g. 09 for the 三公 table"),
        limit: z.number().int().min(1).max(200).default(30),
      },
      outputSchema: { total: z.number().int(), facts: z.array(FactRow), citations: z.array(McpCitation) },
      annotations: READ_ONLY,
    },
    (input) =>
      run(async () => {
        const k = knowledgeOf(source);
        const metric = resolveMetric(input.metric);
        if (input.metric && !metric && input.text)
          throw new AppError("BAD_REQUEST", `未知的指标「${input.metric}」。可用：${METRIC_KEYS.join("、")}`);
        const query: FactQuery = {
          units: resolveUnits(k, input.unit),
          year: input.year,
          kind: input.kind,
          table: input.table,
          metrics: metric ? [metric] : undefined,
          rowCodes: input.subject_code ? [input.subject_code] : undefined,
          // An unknown metric name is looked for in the facts' descriptors instead.
          text: input.text ?? (metric ? undefined : input.metric),
        };
        const [total, found] = await Promise.all([
          k.store.countFacts(query),
          k.store.facts({ ...query, limit: input.limit }),
        ]);
        const facts = found.map((f, i) => ({
          n: i + 1,
          id: f.id,
          unit: f.unit,
          year: f.year,
          kind: f.kind,
          ...(f.table ? { table: f.table } : {}),
          ...(f.tableTitle ? { tableTitle: f.tableTitle } : {}),
          ...(f.metric ? { metric: f.metric } : {}),
          row: f.row,
          ...(f.rowCode ? { rowCode: f.rowCode } : {}),
          column: f.column,
          value: f.value,
          measure: f.measure,
          ...(f.basis ? { basis: f.basis } : {}),
          ...(f.period ? { period: f.period } : {}),
        }));
        const citations = found.map((f, i) => factCitation(f, i + 1));
        const lines = facts.map(
          (f) =>
            `${f.n}. ${f.unit} ${f.year}年度${f.kind}｜${f.rowCode ? `${f.rowCode} ` : ""}${f.row}｜${f.column}：` +
            `**${formatValue(f.value, f.measure)}${f.measure}**[${f.n}]`,
        );
        const shown = total > facts.length ? `共 ${total} 条，显示前 ${facts.length} 条` : `共 ${total} 条`;
        const text = facts.length
          ? `${shown}：\n\n${lines.join("\n")}\n\n${sourcesMarkdown(citations)}`
          : "没有符合条件的数据。";
        return toolResult(text, { total, facts, citations });
      }),
  );

  server.registerTool(
    "calculate",
    {
      title: "Calculate exactly",
      description:
        "Exact decimal arithmetic over amounts or over figures by their fact id (from lookup_facts), so the " +
        "result cites its sources. ratio: a ÷ b in %; times: a ÷ b; difference: a − b; sum: all operands; " +
        "growth: (a − b) ÷ b in % (a current, b previous); points: a − b between two rates, in 个百分点. " +
        "Results are rounded half-up to 2 decimals.",
      inputSchema: {
        operation: CalcOperation,
        operands: z
          .array(z.string().min(1).max(200))
          .min(1)
          .max(100)
          .describe("Decimal numbers (23.3) or fact ids; two for every operation but sum"),
        measure: z
          .string()
          .max(20)
          .optional()
          .describe("The operands' measure when they are plain numbers, e.g. 万元"),
      },
      outputSchema: {
        operation: CalcOperation,
        value: z.string(),
        measure: z.string(),
        formula: z.string(),
        operands: z.array(
          z.object({ value: z.string(), factId: z.string().optional(), n: z.number().int().optional() }),
        ),
        citations: z.array(McpCitation),
      },
      annotations: READ_ONLY,
    },
    ({ operation, operands, measure }) =>
      run(async () => {
        const k = knowledgeOf(source);
        const result = await calculate(k.store, operation, operands, measure);
        const markers = result.citations.map((c) => `[${c.n}]`).join("");
        const text =
          `**${formatValue(result.value, result.measure)}${result.measure}**${markers}（${result.formula}）` +
          (result.citations.length ? `\n\n${sourcesMarkdown(result.citations)}` : "");
        return toolResult(text, { operation, ...result });
      }),
  );
}
