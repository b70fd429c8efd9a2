import { FUNCTION_CLASSES } from "../domain/function-classes.js";
import { toCanonicalAmount } from "../text/amount-unit.js";
import type { Fact } from "../schema.js";
import type { DocContext } from "./table-facts.js";
import { proseFactBase, type ProseWhere } from "./prose-fact.js";

const CODE_OF = new Map(FUNCTION_CLASSES.flatMap((c) => c.names.map((name) => [name, c.code] as const)));

/** "…，其中，<类名>A万元、<类名>B万元": a class name right before its amount. */
const CLASS_AMOUNT = new RegExp(
  `(${[...CODE_OF.keys()].sort((a, b) => b.length - a.length).join("|")})(?:为|是)?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元)`,
  "g",
);

/** The totals a sentence may break down by class (not a part of spending such as 财政拨款). */
const CLASS_TOTALS = new Set(["支出合计"]);

/**
 * "部门支出预算X万元，其中，一般公共服务支出A万元，社会保障和就业支出B万元…": the spending total
 * by functional class, stated in prose where the document prints no class table. Each class gets
 * the total's column and basis; only a spending total the same sentence states is broken down.
 */
export function classAmounts(
  sentence: string,
  made: Fact[],
  doc: DocContext,
  where: ProseWhere,
  idBase: string,
): Fact[] {
  const among = sentence.search(/其中/);
  if (among < 0) return [];
  const total = made.find(
    (f) => f.metric && CLASS_TOTALS.has(f.metric) && f.measure === "万元" && !/增减|比/.test(f.column),
  );
  if (!total) return [];
  const out: Fact[] = [];
  for (const m of sentence.slice(among).matchAll(CLASS_AMOUNT)) {
    const at = among + (m.index ?? 0);
    out.push({
      ...proseFactBase(at, { row: m[1] }, doc, where, sentence, `${idBase}:c`),
      rowCode: CODE_OF.get(m[1]),
      column: total.column,
      ...toCanonicalAmount(m[2].replace(/,/g, ""), m[3]),
      ...(total.basis ? { basis: total.basis } : {}),
    });
  }
  return out;
}
