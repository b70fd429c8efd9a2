import { money } from "../../../lib/money.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  PRICE_CLASS_ASKED,
  PRICE_CLASS_QUERY,
  PRICE_CLASS_STATED,
  PRICE_OF_ITEMS,
} from "../lexicon/price-classes.js";
import type { QueryPlan } from "../plan-schema.js";
import { ASKED_KINDS } from "../lexicon/asked-kinds.js";
import { retrieve } from "../retrieval.js";
import type { Scope } from "../scope.js";
import { scopeLabel } from "./labels.js";

/**
 * "单价N万元以上的设备有吗", "单位价值N万元以上的车辆几辆": the sentence of the unit's documents that
 * counts assets of that price class, quoted. A sentence about another threshold is named as the
 * closest, never given as the answer. Undefined when no price class is asked or none is stated.
 */
export async function priceClassOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  const said = PRICE_CLASS_ASKED.exec(plan.question);
  const asked = said?.[1] ?? said?.[2];
  // One question only: "<另一问>？单价…几台" is answered clause by clause elsewhere.
  const clauses = plan.question.split(/[？?。；;]/).filter((clause) => clause.trim());
  if (!asked || scopes.length !== 1 || clauses.length > 1) return undefined;
  // "那几台设备是啥、值多少": what they are or cost, which the count does not say.
  if (ASKED_KINDS.some((kind) => kind.asks.test(plan.question)) || PRICE_OF_ITEMS.test(plan.question))
    return undefined;
  const [scope] = scopes;
  const hits = await retrieve(k, PRICE_CLASS_QUERY, { units: [scope.unit], type: "section" }, 8);
  const stated = hits.flatMap((hit) =>
    [...hit.chunk.text.replace(/\n/g, "").matchAll(PRICE_CLASS_STATED)].map((m) => ({
      hit,
      sentence: m[0],
      threshold: m[1],
    })),
  );
  // The asked year's document first, then the others of the unit.
  stated.sort((a, b) => Number(b.hit.chunk.year === scope.year) - Number(a.hit.chunk.year === scope.year));
  if (!stated.length) return undefined;
  // Sentences of the first document holding any, with the asked threshold.
  const first = stated.filter((s) => s.hit.chunk.docId === stated[0].hit.chunk.docId);
  const same = first.filter((s) => money(s.threshold).eq(asked));
  const shown = same.length ? same : first;
  const b = new DraftBuilder();
  if (same.length) b.d.headline = [`${scopeLabel(scope)}文件原文写明：`];
  else {
    b.d.status = "not_found";
    // Thresholds are said in words here: every amount an answer prints is a figure it cites.
    b.d.headline = [
      "文件没有所问单价档次的资产个数；最接近的是文件所列另一单价档次的个数（见下面的原文，档次不同，不能当作所问的数字）。",
    ];
  }
  const { chunk } = shown[0].hit;
  const text = [...new Set(shown.map((s) => s.sentence))].join("；");
  b.d.passages.push({ chunk, title: chunk.section.join(" > "), text });
  b.d.notes.push(["数字为文件原文所写，未经计算。"]);
  return b.build();
}
