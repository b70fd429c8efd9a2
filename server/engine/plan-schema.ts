import { z } from "zod";

/**
 * The query plan: what the question asks, resolved against the index. Both planners (rules
 * and LLM) produce it; the executor turns it into figures. Amounts never appear in a plan.
 */
export const Operation = z.enum([
  "value",
  "breakdown",
  "compare_budget_actual",
  "yoy",
  "share",
  "sum",
  "difference",
  "rank",
  "trend",
  "explain_variance",
  "text_lookup",
  /** An amount divided by a disclosed count ("人均", "每辆"). */
  "per_capita",
]);
export type Operation = z.infer<typeof Operation>;

/** What became of one optional LLM stage for one question. */
export const StageOutcome = z.enum([
  /** The stage was not configured or not needed. */
  "not_run",
  /** The model's output was used. */
  "used",
  /** The model answered, but the deterministic result was as good or better (plans). */
  "kept_rules",
  /** The model answered with something unusable (schema, numbers, markup): deterministic result kept. */
  "rejected",
  /** The call failed (HTTP error, refusal, unparsable output). */
  "failed",
  /** The question's time budget ran out first. */
  "timeout",
  /** The circuit breaker is open, or too little budget was left to try. */
  "skipped",
]);
export type StageOutcome = z.infer<typeof StageOutcome>;

export const MetricRef = z.discriminatedUnion("type", [
  /** A figure from the domain lexicon (三公经费, 人员经费, 政府采购货物支出, 车辆数 …). */
  z.object({ type: z.literal("metric"), key: z.string() }),
  /** A 功能分类/经济分类 subject by code and/or name (a 7-digit 项 code, 30211 差旅费). */
  z.object({
    type: z.literal("subject"),
    code: z.string().optional(),
    name: z.string().optional(),
    /** One column of the subject's row (人员经费, 基本支出 …: lexicon/cell-columns.ts), not its total. */
    column: z.string().optional(),
  }),
  /** A named project (as a document's narrative or attachment lists it). */
  z.object({ type: z.literal("project"), name: z.string() }),
]);
export type MetricRef = z.infer<typeof MetricRef>;

/** One string per metric reference: references compared, or kept in a set, by their content. */
export const refKey = (ref: MetricRef | undefined): string => JSON.stringify(ref);

export const QueryPlan = z.object({
  /** Full unit names as in the index. */
  units: z.array(z.string()),
  /** Units the question names that no document covers (answered as not found). */
  unknownUnits: z.array(z.string()).default([]),
  /** Empty: the latest year available for each unit. */
  years: z.array(z.number().int()),
  yearSource: z.enum(["explicit", "relative", "latest", "history"]).default("latest"),
  kind: z.enum(["决算", "预算"]).optional(),
  /** The edition (部门 consolidated / 单位 own) named in the question or earlier in the conversation. */
  edition: z.enum(["部门", "单位"]).optional(),
  /** Both editions compared: named together, or one after the other in a conversation. */
  bothEditions: z.boolean().optional(),
  basis: z.enum(["年初预算", "全年预算", "预算", "决算"]).optional(),
  metrics: z.array(MetricRef),
  operation: Operation,
  /** The question asks how many (团组, 人次, 辆) rather than how much money. */
  counts: z.boolean().default(false),
  /** The question as normalised (for answer wording and checks). */
  question: z.string().default(""),
  /** Words to search the narrative with, for text questions and as context. */
  textQuery: z.string().optional(),
  followUp: z.boolean().default(false),
  /** Set when the question cannot be resolved without asking (several units match "办公室"). */
  clarify: z.string().optional(),
  /** The units a short name may mean, when `clarify` asks which (each one's figure is shown). */
  candidates: z.array(z.string()).optional(),
  /** For rank: highest first unless false. */
  descending: z.boolean().default(true),
  /** Attributes asked beyond the figure (person, period, vendor …: keys of SCOPE_ATTRIBUTES). */
  attributes: z.array(z.string()).default([]),
  /** "人均", "每辆": the PER_UNITS key of the count to divide by. */
  perUnit: z.string().optional(),
  /** Places the question names that no unit is in (a trip's destination, a country). */
  places: z.array(z.string()).default([]),
  /** Words of the question that name nothing in the index's vocabulary. */
  qualifiers: z.array(z.string()).default([]),
  /**
   * The fund the turn before asked of, whose carry-over this follow-up asks without naming it
   * ("<某基金>支出多少？<某时>还剩多少"): read as if the question named it.
   */
  fundSaid: z.string().optional(),
  /** How the question's words were read (a typo in a unit name, an everyday word for a row). */
  readings: z.array(z.string()).default([]),
  /** How sure the planner is that the figures it found are the ones asked (0–1). */
  confidence: z.number().min(0).max(1).default(1),
});
export type QueryPlan = z.infer<typeof QueryPlan>;

export const ChatMessage = z.object({
  role: z.enum(["user", "assistant"]),
  content: z.string().min(1).max(4000),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const AnswerFact = z.object({
  label: z.string(),
  value: z.string(),
  measure: z.string(),
  formula: z.string().optional(),
  sourceIds: z.array(z.string()),
});
export type AnswerFact = z.infer<typeof AnswerFact>;

export const Citation = z.object({
  id: z.string(),
  docId: z.string(),
  unit: z.string(),
  year: z.number().int(),
  kind: z.enum(["决算", "预算"]),
  table: z.string().optional(),
  tableTitle: z.string().optional(),
  /** The table's label as printed ("公开09表", "表一"); 上海 tables have none. */
  tableLabel: z.string().optional(),
  section: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  lines: z.tuple([z.number().int(), z.number().int()]).optional(),
  excerpt: z.string(),
  /** PDF sources: the 1-based page, and the cell's or line's box in points from the top-left corner. */
  page: z.number().int().optional(),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
});
export type Citation = z.infer<typeof Citation>;

export const Chart = z.object({
  type: z.enum(["bar", "line"]),
  title: z.string(),
  measure: z.string(),
  points: z.array(z.object({ label: z.string(), value: z.string() })),
});
export type Chart = z.infer<typeof Chart>;

export const AnswerResult = z.object({
  answer: z.string(),
  status: z.enum(["answered", "not_found", "clarify"]),
  facts: z.array(AnswerFact),
  citations: z.array(Citation),
  chart: Chart.optional(),
  plan: QueryPlan,
  mode: z.enum(["rules", "llm"]).default("rules"),
  /** LLM phrasing: whether the numeric guard accepted the text, and the numbers it rejected. */
  guard: z.object({ passed: z.boolean(), unsupported: z.array(z.string()) }).optional(),
  /** What the optional LLM stages did for this answer (absent offline). */
  llm: z
    .object({
      plan: StageOutcome,
      agent: StageOutcome,
      phrase: StageOutcome,
      /** Which plan the answer executed, and why. */
      planSource: z.enum(["rules", "llm"]),
      reason: z.string().optional(),
      /** Calls made to the model for this question. */
      calls: z.number().int(),
      ms: z.number(),
      /** Failures, timeouts and rejections, in words (the answer stands without them). */
      warnings: z.array(z.string()),
    })
    .optional(),
});
export type AnswerResult = z.infer<typeof AnswerResult>;
