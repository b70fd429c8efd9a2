import { z } from "zod";
import type { Fact } from "../../ingest/schema.js";
import type { IndexStore } from "../../ingest/store/store.js";
import { AppError } from "../../lib/app-error.js";
import {
  difference,
  growth,
  pointsBetween,
  ratio,
  times,
  total,
  type Computed,
} from "../engine/calculator.js";
import { factCitation, type McpCitation } from "./mcp-citations.js";

export const CalcOperation = z.enum(["ratio", "times", "difference", "sum", "growth", "points"]);
export type CalcOperation = z.infer<typeof CalcOperation>;

/** "12.6", "-210.40", "1,234.56" (thousands separators are dropped). */
const NUMBER = /^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/;

interface Operand {
  value: string;
  fact?: Fact;
}

/** What the tool returns of a computation: the value, its measure and its formula. */
export interface Calculation extends Pick<Computed, "value" | "measure" | "formula"> {
  operands: { value: string; factId?: string; n?: number }[];
  citations: McpCitation[];
}

/** Numbers stay numbers; anything else is a fact id, read from the store (unknown ids are an error). */
async function resolveOperands(store: IndexStore, operands: string[]): Promise<Operand[]> {
  const ids = [...new Set(operands.filter((o) => !NUMBER.test(o.trim())))];
  const facts = new Map((ids.length ? await store.factsByIds(ids) : []).map((f) => [f.id, f]));
  const missing = ids.filter((id) => !facts.has(id));
  if (missing.length)
    throw new AppError("NOT_FOUND", `Neither a number nor a known fact id: ${missing.join(", ")}`, {
      field: "operands",
    });
  return operands.map((o) => {
    const fact = facts.get(o);
    return fact ? { value: fact.value, fact } : { value: o.trim().replace(/,/g, "") };
  });
}

/** Every fact operand in one measure (万元 with 万元, % with %); that measure, or the caller's. */
function measureOf(operands: Operand[], given: string | undefined): string {
  const measures = [...new Set(operands.flatMap((o) => (o.fact ? [o.fact.measure] : [])))];
  if (measures.length > 1)
    throw new AppError("BAD_REQUEST", `The operands are in different measures: ${measures.join(", ")}`, {
      field: "operands",
    });
  return measures[0] ?? given ?? "";
}

function compute(operation: CalcOperation, values: string[], measure: string): Computed | undefined {
  if (operation === "sum") return total(values, measure);
  if (values.length !== 2)
    throw new AppError("BAD_REQUEST", `${operation} takes exactly two operands`, { field: "operands" });
  const [a, b] = values as [string, string];
  switch (operation) {
    case "ratio":
      return ratio(a, b);
    case "times":
      return times(a, b);
    case "difference":
      return difference(a, b, measure);
    case "growth":
      return growth(a, b);
    case "points":
      return pointsBetween(a, b);
  }
}

/**
 * The project's calculator (exact decimals, half-up rounding, the formula as text) over numbers
 * or cited facts; each distinct fact becomes a numbered citation.
 */
export async function calculate(
  store: IndexStore,
  operation: CalcOperation,
  operands: string[],
  measure?: string,
): Promise<Calculation> {
  const resolved = await resolveOperands(store, operands);
  const computed = compute(
    operation,
    resolved.map((o) => o.value),
    measureOf(resolved, measure),
  );
  if (!computed) throw new AppError("BAD_REQUEST", "Division by zero", { field: "operands" });
  const numbers = new Map<string, number>();
  const citations: McpCitation[] = [];
  for (const { fact } of resolved) {
    if (!fact || numbers.has(fact.id)) continue;
    numbers.set(fact.id, citations.length + 1);
    citations.push(factCitation(fact, citations.length + 1));
  }
  return {
    value: computed.value,
    measure: computed.measure,
    formula: computed.formula,
    operands: resolved.map((o) =>
      o.fact ? { value: o.value, factId: o.fact.id, n: numbers.get(o.fact.id)! } : { value: o.value },
    ),
    citations,
  };
}
