import { FUNCTION_CLASSES } from "../domain/function-classes.js";
import { toCanonicalAmount } from "../text/amount-unit.js";
import type { Fact } from "../schema.js";
import type { DocContext } from "./table-facts.js";
import { proseFactBase, type ProseWhere } from "./prose-fact.js";

const CODE_OF = new Map(FUNCTION_CLASSES.flatMap((c) => c.names.map((name) => [name, c.code] as const)));

/**
 * "…，其中，<类名>A万元、<类名>B万元", "<类名>（类）A万元，占p%": a class name right before its
 * amount, and the share the sentence states right after it.
 */
/** The classes' printed names, longest first, then the "（类）" a sentence may put after one. */
const CLASS_NAMED = `(${[...CODE_OF.keys()].sort((a, b) => b.length - a.length).join("|")})(?:[（(]类[)）])?(?:为|是)?`;

const CLASS_AMOUNT = new RegExp(
  `${CLASS_NAMED}\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元)(?:[，,]\\s*占(?:比)?\\s*(\\d+(?:\\.\\d+)?)\\s*%)?`,
  "g",
);

/** A class named right before an amount ("…中：社会保障和就业支出137.35万元"): the amount is the class's. */
export const CLASS_RIGHT_BEFORE = new RegExp(`${CLASS_NAMED}\\s*$`);

/** Where a sentence starts listing the classes of its total ("其中", "主要用于以下方面："). */
const CLASSES_FOLLOW = /其中|主要用于(?:以下|如下)?(?:几个)?方面?[:：]/;

/** The totals a sentence may break down by class (not a part of spending such as 财政拨款). */
const CLASS_TOTALS = new Set(["支出合计"]);
/**
 * A part of spending whose class list gives only the shares it states: the amounts are that part's
 * (上海's "一般公共预算财政拨款支出X万元，主要用于以下方面：<类>A万元，占p%…"), not the classes'.
 */
const SHARE_TOTALS = new Set(["财政拨款支出"]);

/**
 * "部门支出预算X万元，其中，一般公共服务支出A万元，社会保障和就业支出B万元…": the spending total
 * by functional class, stated in prose where the document prints no class table. Each class gets
 * the total's column and basis; only a spending total the same sentence states is broken down.
 * The share stated after a class ("，占p%") is kept for it, of spending or of its appropriated part.
 */
export function classAmounts(
  sentence: string,
  made: Fact[],
  doc: DocContext,
  where: ProseWhere,
  idBase: string,
): Fact[] {
  const among = sentence.search(CLASSES_FOLLOW);
  if (among < 0) return [];
  const totalOf = (keys: Set<string>) =>
    made.find((f) => f.metric && keys.has(f.metric) && f.measure === "万元" && !/增减|比/.test(f.column));
  const total = totalOf(CLASS_TOTALS);
  const appropriation = total ? undefined : totalOf(SHARE_TOTALS);
  if (!total && !appropriation) return [];
  const out: Fact[] = [];
  for (const m of sentence.slice(among).matchAll(CLASS_AMOUNT)) {
    const at = among + (m.index ?? 0);
    const base = proseFactBase(at, { row: m[1] }, doc, where, sentence, `${idBase}:c`);
    const of = total ?? appropriation;
    if (of)
      out.push({
        ...base,
        rowCode: CODE_OF.get(m[1]),
        column: of.column,
        ...toCanonicalAmount(m[2].replace(/,/g, ""), m[3]),
        ...(of.basis ? { basis: of.basis } : {}),
      });
    // "，占p%": the class's share of the total, as the sentence states it.
    if (m[4])
      out.push({
        ...base,
        id: `${base.id}:share`,
        rowCode: CODE_OF.get(m[1]),
        column: "占比",
        value: m[4],
        measure: "%",
      });
  }
  return out;
}
