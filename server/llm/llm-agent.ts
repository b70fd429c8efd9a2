import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { createAgent, tool } from "langchain";
import { z } from "zod";
import { buildAgentPrompt } from "../../prompts/agent-prompt.js";
import { difference, growth, ratio, total, type Computed } from "../engine/calculator.js";
import type { Knowledge } from "../engine/knowledge.js";
import type { AnswerResult, ChatMessage, Citation, QueryPlan } from "../engine/plan-schema.js";
import { retrieve } from "../engine/retrieval.js";
import { planMessage } from "../engine/rule-planner.js";
import { selectFacts } from "../engine/select-facts.js";
import type { Fact } from "../../ingest/schema.js";
import { factCitation } from "../engine/compose.js";
import type { Deadline, LlmGate, StageOutcome } from "./llm-gate.js";
import { checkPhrasing } from "./phrase-guard.js";

export const LookupArgs = z.object({
  unit: z.string().describe("单位全称或简称"),
  metric: z.string().describe("指标名称、科目名称或科目编码"),
  year: z.number().int().optional(),
  basis: z.enum(["决算", "预算", "年初预算", "全年预算"]).optional(),
});
export const CalculateArgs = z.object({
  operation: z.enum(["sum", "difference", "ratio", "growth"]),
  values: z.array(z.string().regex(/^-?\d+(\.\d+)?$/)).min(2),
  measure: z.string().default("万元"),
});
export const SearchArgs = z.object({ query: z.string(), unit: z.string().optional() });

/**
 * Tool-using agent for open questions. The tools read facts and compute; the model writes
 * prose. Its final text passes the numeric guard or the caller keeps the deterministic answer.
 */
export interface AgentOutcome {
  result?: AnswerResult;
  outcome: StageOutcome;
  error?: string;
}

export async function runAgent(
  model: BaseChatModel,
  gate: LlmGate,
  deadline: Deadline,
  k: Knowledge,
  messages: ChatMessage[],
  plan: QueryPlan,
): Promise<AgentOutcome> {
  const facts: Fact[] = [];
  const computed: Computed[] = [];
  const chunks = new Map<string, string>();

  const lookupFacts = tool(
    async (args) => {
      const p = planMessage(k, `${args.unit}${args.year ?? ""}年${args.metric}${args.basis ?? ""}`);
      const out: Fact[] = [];
      const docs = p.units.flatMap((unit) => k.docs(unit, { year: args.year }));
      await k.loadDocuments(docs.map((d) => d.docId));
      for (const doc of docs) {
        for (const ref of p.metrics)
          out.push(...selectFacts(k, doc, ref, /预算/.test(args.basis ?? "") ? "budget" : "actual"));
      }
      facts.push(...out);
      return JSON.stringify(
        out.slice(0, 8).map((f) => ({
          id: f.id,
          unit: f.unit,
          year: f.year,
          item: f.row,
          column: f.column,
          value: f.value,
          measure: f.measure,
          reason: f.reason,
        })),
      );
    },
    {
      name: "lookup_facts",
      description: "按单位、指标、年度查询预决算数据（来自文件的表格和说明）",
      schema: LookupArgs,
    },
  );
  const calculate = tool(
    async (args) => {
      const [a, b] = args.values;
      const result =
        args.operation === "sum"
          ? total(args.values, args.measure)
          : args.operation === "difference"
            ? difference(a, b, args.measure)
            : args.operation === "ratio"
              ? ratio(a, b)
              : growth(a, b);
      if (!result) return JSON.stringify({ error: "除数为零" });
      computed.push(result);
      return JSON.stringify(result);
    },
    {
      name: "calculate",
      description: "精确计算：合计、差额、占比（a÷b）、增长率（(a−b)÷b），四舍五入保留两位小数",
      schema: CalculateArgs,
    },
  );
  const searchDocuments = tool(
    async (args) => {
      const units = args.unit ? planMessage(k, args.unit).units : [];
      const hits = await retrieve(k, args.query, { units }, 3);
      hits.forEach((h) => chunks.set(h.chunk.id, h.chunk.text));
      return JSON.stringify(
        hits.map((h) => ({
          id: h.chunk.id,
          unit: h.chunk.unit,
          section: h.chunk.section.join(" > "),
          text: h.chunk.text.slice(0, 800),
        })),
      );
    },
    { name: "search_documents", description: "在公开文件的文字部分中检索", schema: SearchArgs },
  );

  const agent = createAgent({
    model,
    tools: [lookupFacts, calculate, searchDocuments],
    systemPrompt: buildAgentPrompt(),
  });
  const reply = await gate.call(deadline, (signal) =>
    agent.invoke(
      { messages: messages.map((m) => ({ role: m.role, content: m.content })) },
      { recursionLimit: 12, signal },
    ),
  );
  if (!reply.ok) return { outcome: reply.outcome, error: reply.error };
  const last = reply.value.messages[reply.value.messages.length - 1];
  const text = typeof last?.content === "string" ? last.content.trim() : "";
  if (!text) return { outcome: "rejected", error: "empty reply" };
  // The tools' texts are what the agent may quote; its own sentences may only use their figures.
  const guard = checkPhrasing({
    text,
    draft: [...facts.map((f) => f.source.excerpt), ...chunks.values()].join("\n"),
    figures: [...facts, ...computed],
    citations: 0,
    requireAll: false,
  });
  if (!guard.ok)
    return {
      outcome: "rejected",
      error: [...guard.problems, ...guard.unsupported.map((n) => `unsupported ${n}`)].join("; "),
    };
  const citations: Citation[] = facts.map(factCitation);
  return {
    outcome: "used",
    result: {
      answer: text,
      status: facts.length || chunks.size ? "answered" : "not_found",
      facts: [
        ...facts.map((f) => ({ label: f.row, value: f.value, measure: f.measure, sourceIds: [f.id] })),
        ...computed.map((c) => ({
          label: "计算",
          value: c.value,
          measure: c.measure,
          formula: c.formula,
          sourceIds: [],
        })),
      ],
      citations,
      plan,
      mode: "llm",
    },
  };
}
