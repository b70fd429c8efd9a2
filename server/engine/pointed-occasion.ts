import { metricLabel } from "./ops/labels.js";
import type { AskedScope } from "./asked-scope.js";
import type { Knowledge } from "./knowledge.js";
import { QUALIFIER_DOUBT, type Subject } from "./read-subject.js";

/** "那个<…>", "这次<…>": the asker points at one thing they have in mind. */
const POINTED = /(?:那个|这个|那次|这次|那场|这场|那期|这期)([^，,。？?!！]{2,16})/;

/** The generic end of a figure's name, left off where people name it ("培训费" said 培训). */
const FIGURE_TAIL = /(?:经费|费用|费|支出|资金)$/;

/**
 * "那个<某地>的<某事>培训": words pointing at one occasion of the figure named. A known word said
 * there that is no part of the figure's name (another body's project, say) narrows the figure to that
 * occasion, which the unit's total cannot answer: it is a qualifier, and the figure is in doubt.
 */
export function pointedOccasion(k: Knowledge, question: string, asked: AskedScope, subject: Subject): void {
  const pointed = POINTED.exec(question)?.[1];
  if (!pointed || !subject.refs.length) return;
  const names = subject.refs.map((ref) => metricLabel(ref, k));
  // The pointed words end with the figure's own ("…培训" of 培训费): the rest narrows it.
  const figureAt = Math.max(...names.map((name) => pointed.indexOf(name.replace(FIGURE_TAIL, ""))));
  if (figureAt <= 0) return;
  const narrowing = asked.known.filter(
    (word) =>
      pointed.slice(0, figureAt).includes(word) &&
      !names.some((name) => name.includes(word) || word.includes(name)),
  );
  for (const word of narrowing) {
    subject.qualifiers.push(word);
    subject.confidence *= QUALIFIER_DOUBT;
  }
}
