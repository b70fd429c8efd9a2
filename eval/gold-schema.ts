import { z } from "zod";

/** Gold Q&A: the project's measure of truth. Values are derived by hand from the documents. */
export const GoldCategory = z.enum([
  "lookup", // direct lookup of one figure
  "breakdown", // 三公 parts, 政府采购 types, 基本/项目支出 …
  "computation", // share, difference, sum across units, completion rate
  "budget_vs_actual",
  "yoy_trend", // change on last year, trends from attachment tables with earlier years
  "cross_unit", // comparison and ranking across units
  "variance_draft", // 起草/说明/为什么: paragraph with budget, actual, difference, rate, reason
  "text", // non-amount facts: duties, structure, staffing, vehicles
  "multi_turn", // follow-ups that rely on earlier turns
  "not_found", // units, years, items not published
  "robustness", // abbreviations, no year, traditional characters, full-width digits, typos, extra words
]);
export type GoldCategory = z.infer<typeof GoldCategory>;

export const GoldValue = z.object({
  /** Exact decimal as the document prints it ("23.3", "58.25", "-326.65"). */
  value: z.string().regex(/^-?\d+(\.\d+)?$/),
  /** 万元, 元, %, 个百分点, 辆, 人, 个, 人次 … */
  measure: z.string(),
  note: z.string().optional(),
});

export const GoldEvidence = z.object({
  docId: z.string(),
  /** "01".."09" for standard tables, "附件" for attachment tables; omit for narrative. */
  table: z.string().optional(),
  /** A fragment of the section title for narrative evidence, e.g. "三公" or "政府采购". */
  section: z.string().optional(),
  row: z.string().optional(),
  column: z.string().optional(),
});

export const GoldItem = z.object({
  id: z.string().regex(/^[a-z_]+-\d{3,5}$/),
  category: GoldCategory,
  /** User messages in order; the runner inserts the system's own answers between them. */
  turns: z.array(z.string().min(1)).min(1),
  expect: z.enum(["answered", "not_found", "clarify"]),
  /** Every one of these must appear in the final answer (within half a unit of its last printed decimal). */
  values: z.array(GoldValue).default([]),
  evidence: z.array(GoldEvidence).default([]),
  /** Text that must appear in the answer (a documented reason, a name). Matched after removing spaces. */
  phrases: z.array(z.string()).default([]),
  notes: z.string().optional(),
});
export type GoldItem = z.infer<typeof GoldItem>;
