import { METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import type { Fact } from "../../../ingest/schema.js";
import type { DraftBuilder } from "../draft.js";
import type { MetricRef } from "../plan-schema.js";

/** A metric counted in 分 (a self-evaluation score). */
export const isScore = (ref: MetricRef): boolean =>
  ref.type === "metric" && METRIC_BY_KEY.get(ref.key)?.measure === "分";

/** A stated grade carried in a score fact's column: "得分（评价等级“<等级>”）". */
const GRADE = /（(评价等级“[^”]+”)）/;

/**
 * A figure read from prose (a self-evaluation score) is quoted with the sentence that states it:
 * the sentence also says what was evaluated (how many projects, which funds) and the grade.
 */
export function quoteStatingSentence(b: DraftBuilder, fact: Fact): void {
  if (fact.table || !fact.source.excerpt) return;
  const grade = GRADE.exec(fact.column);
  if (grade) b.d.notes.push([`文件同时写明${grade[1]}。`]);
  // (A sentence stating several figures is quoted once.)
  if (b.d.passages.some((p) => p.chunk.id === fact.id || p.text === fact.source.excerpt)) return;
  const title = fact.source.section.join(" > ");
  b.d.passages.push({
    chunk: {
      id: fact.id,
      docId: fact.docId,
      unit: fact.unit,
      year: fact.year,
      kind: fact.kind,
      type: "section",
      title,
      section: fact.source.section,
      lines: fact.source.lines,
      text: fact.source.excerpt,
    },
    title,
    text: fact.source.excerpt,
  });
}
