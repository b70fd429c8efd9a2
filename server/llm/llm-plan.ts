import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";
import { z } from "zod";
import { METRICS } from "../../ingest/domain/metrics.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import { buildPlanPrompt } from "../../prompts/plan-prompt.js";
import type { Knowledge } from "../engine/knowledge.js";
import { Operation, QueryPlan, type ChatMessage, type MetricRef } from "../engine/plan-schema.js";

/** What the LLM returns: names as it read them; the engine resolves them against the index. */
export const LlmPlan = z.object({
  units: z.array(z.string()).default([]),
  unknownUnits: z.array(z.string()).default([]),
  years: z.array(z.number().int().min(1990).max(2100)).default([]),
  basis: z.enum(["年初预算", "全年预算", "预算", "决算"]).optional(),
  metrics: z.array(z.string()).default([]),
  operation: Operation,
  followUp: z.boolean().default(false),
});
export type LlmPlan = z.infer<typeof LlmPlan>;

function resolveUnit(k: Knowledge, name: string): string | undefined {
  const key = matchKey(name);
  const exact = k.units.find((u) => matchKey(u.name) === key);
  if (exact) return exact.name;
  const alias = k.aliases.find((a) => a.key === key);
  return alias && alias.units.length === 1 ? alias.units[0] : undefined;
}

function resolveMetric(k: Knowledge, name: string): MetricRef | undefined {
  const def = METRICS.find((m) => m.key === name || m.synonyms.includes(name) || m.pattern.test(name));
  if (def) return { type: "metric", key: def.key };
  const code = /^\d{3}(\d{2}){0,2}$/.test(name) ? k.subjects.find((s) => s.code === name) : undefined;
  if (code) return { type: "subject", code: code.code, name: code.name };
  const subject = k.subjects.find((s) => matchKey(s.name) === matchKey(name));
  if (subject) return { type: "subject", code: subject.code, name: subject.name };
  const project = k.projects.find((p) => matchKey(p) === matchKey(name));
  return project ? { type: "project", name: project } : undefined;
}

/**
 * Turn the LLM's reading into a query plan. Anything it names that the index does not know
 * makes the plan invalid, and the caller keeps the rule-based plan.
 */
export function resolveLlmPlan(k: Knowledge, raw: unknown, fallback: QueryPlan): QueryPlan | undefined {
  const parsed = LlmPlan.safeParse(raw);
  if (!parsed.success) return undefined;
  const p = parsed.data;
  const units = p.units.map((u) => resolveUnit(k, u));
  const metrics = p.metrics.map((m) => resolveMetric(k, m));
  if (units.some((u) => !u) || metrics.some((m) => !m)) return undefined;
  const plan = QueryPlan.safeParse({
    ...fallback,
    units: p.followUp && !units.length ? fallback.units : units,
    unknownUnits: p.unknownUnits,
    years: p.years.length ? p.years : p.followUp ? fallback.years : [],
    yearSource: p.years.length ? "explicit" : fallback.yearSource,
    basis: p.basis,
    metrics: p.followUp && !metrics.length ? fallback.metrics : metrics,
    operation: p.operation,
    followUp: p.followUp,
    clarify: undefined,
  });
  return plan.success ? plan.data : undefined;
}

export async function llmPlan(
  model: BaseChatModel,
  k: Knowledge,
  messages: ChatMessage[],
  fallback: QueryPlan,
): Promise<QueryPlan> {
  const system = buildPlanPrompt({
    units: k.units.filter((u) => u.docIds.length).map((u) => ({ name: u.name, aliases: u.aliases })),
    metrics: METRICS.map((m) => m.key),
    years: [...new Set(k.documents.map((d) => d.year))].sort(),
  });
  const history = messages
    .slice(-8)
    .map((m) => (m.role === "user" ? new HumanMessage(m.content) : new AIMessage(m.content)));
  try {
    const structured = model.withStructuredOutput(LlmPlan, { name: "query_plan" });
    const raw = await structured.invoke([new SystemMessage(system), ...history]);
    return resolveLlmPlan(k, raw, fallback) ?? fallback;
  } catch {
    // Network errors, refusals and malformed output all fall back to the rule-based plan.
    return fallback;
  }
}
