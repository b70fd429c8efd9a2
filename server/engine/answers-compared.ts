import { money } from "../../lib/money.js";
import { difference } from "./calculator.js";
import { DraftBuilder, headlineFigure, type Draft, type Figure } from "./draft.js";
import { TWO_ANSWERS_COMPARED } from "./lexicon/follow-up-cues.js";
import type { ChatMessage } from "./plan-schema.js";

/** The two answers a comparison sets against each other: as many user turns before the last. */
const ANSWERS_COMPARED = 2;

/**
 * "…？→ …？→ 两边对得上吗": the conversations that end the two turns before the last, when the
 * last asks their answers set against each other; undefined otherwise.
 */
export function conversationsCompared(messages: ChatMessage[]): ChatMessage[][] | undefined {
  const users = messages.flatMap((message, at) => (message.role === "user" ? [at] : []));
  const last = messages[users.at(-1) ?? -1];
  if (!last || users.length <= ANSWERS_COMPARED || !TWO_ANSWERS_COMPARED.test(last.content)) return undefined;
  return users.slice(-1 - ANSWERS_COMPARED, -1).map((at) => messages.slice(0, at + 1));
}

/** What a figure is, with the unit, year and document it was read from when it is one cell. */
function described(figure: Figure): string {
  const [fact] = figure.facts;
  if (figure.facts.length !== 1 || !fact || figure.label.includes(fact.unit)) return figure.label;
  return `${fact.unit}${fact.year}年度${fact.kind}${figure.label}`;
}

/**
 * The first figures of two earlier answers, set against each other: their gap, or that they agree.
 * Undefined when either answer gave none, their measures differ, or the answer made for the last
 * turn already gives both.
 */
export function answersCompared(earlier: Draft, later: Draft, current: Draft): Draft | undefined {
  const [first, second] = [earlier, later].map((draft) =>
    draft.status === "answered" ? headlineFigure(draft) : undefined,
  );
  if (!first || !second || first.figure.measure !== second.figure.measure) return undefined;
  const gives = (figure: Figure) =>
    current.figures.some((x) => x.measure === figure.measure && money(x.value).eq(figure.value));
  if (current.status === "answered" && gives(first.figure) && gives(second.figure)) return undefined;
  const b = new DraftBuilder();
  const [a, c] = [b.adopt([first.segment], earlier), b.adopt([second.segment], later)];
  const [x, y] = [first.figure, second.figure];
  const [larger, smaller] = money(x.value).gte(y.value) ? [x, y] : [y, x];
  const facts = [...larger.facts, ...smaller.facts];
  b.d.headline = money(x.value).eq(y.value)
    ? ["前两问的两个数一致。"]
    : [
        "前两问的两个数对不上，相差 ",
        b.computed(difference(larger.value, smaller.value, x.measure), "两数之差", facts),
        "。",
      ];
  b.d.bullets.push([`${described(x)}：`, ...a], [`${described(y)}：`, ...c]);
  const sources = new Set(facts.map((fact) => `${fact.docId}|${fact.kind}`));
  if (sources.size > 1)
    b.d.notes.push([
      "两个数出自不同的文件或口径（预算与决算、所含单位可能不同），差额不一定是错误，请以原文核对。",
    ]);
  return b.build();
}
