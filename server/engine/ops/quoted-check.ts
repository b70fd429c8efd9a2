import type { Fact } from "../../../ingest/schema.js";
import { matchKey } from "../../../ingest/text/normalize-text.js";
import { decimalsOf, isRoundingOf, money, type Money } from "../../../lib/money.js";
import { DraftBuilder, headlineFigure, type Draft, type Figure } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import { placeWords, sourceLabel } from "./labels.js";
import { quotedAmounts } from "./quoted-figures.js";

/** The asker wants a figure confirmed ("…是<N>万，对吧", "是不是<N>万"). */
const CONFIRM_ASKED = /对吧|对不对|是不是|是吗|没错吧|没错吗|[吧吗][？?]?$/;
/** An amount said roughly ("<N>万多", "大约<N>万"): neither confirmed nor contradicted. */
const ROUGHLY =
  /(?:约|大约|大概|差不多|将近|接近|近|超过)\s*\d|\d(?:\.\d+)?\s*(?:亿元|亿|万元|万|元)?\s*(?:多|左右|出头|上下)/;

/** Words before an amount that make it a change ("比上年减少<N>万元"), not the figure itself. */
const CHANGE_BEFORE = /(?:减少|增加|下降|增长|降低|提高|上升|压减|压缩|多了|少了)了?\s*$/;

/**
 * The asker's amount is the figure, or the figure rounded as the asker wrote it: to two decimals
 * (as answers print a table's 元 in 万元, "7054.05" of 7054.0547), or coarser of a large amount (a
 * narrative's "17192万" of 17191.5169). A rounding of a small amount to whole 万 says too little.
 */
function saysFigure(quoted: string, exact: Money): boolean {
  if (money(quoted).eq(exact)) return true;
  return isRoundingOf(exact, quoted) && (decimalsOf(quoted) >= 2 || exact.abs().gte(LARGE_AMOUNT));
}

/** 万元 from which a whole number of 万 is close enough to be the amount said (under 0.05 %). */
const LARGE_AMOUNT = 1000;

/**
 * "<某项>是<N>万，对吧": the answer's headline figure set against the amount the asker states. The
 * asker's number is not printed (every amount an answer prints is a fact or computed); the answer
 * says whether the document agrees and names its figure.
 */
export function addQuotedCheck(k: Knowledge, plan: QueryPlan, draft: Draft): void {
  if (draft.status !== "answered" || !CONFIRM_ASKED.test(plan.question) || ROUGHLY.test(plan.question))
    return;
  const all = quotedAmounts(plan.question);
  const wan = (f: { value: string; measure: string }) => money(f.value).div(f.measure === "元" ? 10_000 : 1);
  // "比上年减少<N>万元，…一致吗": a change the asker quotes is set against the change the answer prints.
  const changes = all.filter((q) => CHANGE_BEFORE.test(q.before));
  const stated = draft.figures.findIndex(
    (f) =>
      !f.formula && ["万元", "元"].includes(f.measure) && f.facts.some((fact) => /增减/.test(fact.column)),
  );
  if (changes.length && stated >= 0)
    draft.notes.unshift(
      changes.some((q) => money(q.value).eq(wan(draft.figures[stated]).abs()))
        ? ["问题中所说的增减数与文件所列相符。"]
        : ["问题中所说的增减数与文件不符：文件所列为", { fig: stated, change: true }, "，以文件为准。"],
    );
  const quoted = all.filter((q) => !changes.includes(q));
  const { segment, figure } = headlineFigure(draft) ?? {};
  if (!quoted.length || !segment || !figure || !["万元", "元"].includes(figure.measure)) return;
  const agrees = quoted.some((q) => saysFigure(q.value, wan(figure)));
  /** A figure of the answer in 万元 or 元 that is the asker's number. */
  const isQuoted = (f: Figure) =>
    ["万元", "元"].includes(f.measure) && quoted.some((q) => saysFigure(q.value, wan(f)));
  // Several figures asked: the asker's number may be any one's. Said to agree when one of them
  // prints it; when none does, which one it was meant for is unknown, and nothing is said.
  // (One row read under two classifications is one figure.)
  // A headline that works a figure out ("各项相加为…", "<甲>、<乙> 相加为 X，…<整体> Y") set against
  // the asker's number, which is a figure the document prints and the answer cites: that figure
  // is what was quoted.
  const printed = draft.figures.some((f) => !f.formula && isQuoted(f));
  const headlineWorkedOut = draft.headline.some(
    (s) => typeof s !== "string" && !!draft.figures[s.fig]?.formula,
  );
  if (!agrees && headlineWorkedOut && printed) {
    draft.notes.unshift(["问题中所说的数字与文件所列相符。"]);
    return;
  }
  // "<整体>三项加起来是不是N": the asker's number is a sum the answer works out.
  if (!agrees && draft.figures.some((f) => !!f.formula && isQuoted(f))) {
    draft.notes.unshift(["问题中所说的数字与按文件所列数字计算的结果相符。"]);
    return;
  }
  const names = new Set(plan.metrics.map((m) => (m.type === "metric" ? m.key : m.name)));
  if (!agrees && names.size > 1) {
    const someFigure = draft.figures.some(isQuoted);
    if (someFigure) draft.notes.unshift(["问题中所说的数字与文件所列相符。"]);
    return;
  }
  draft.notes.unshift(
    agrees
      ? ["问题中所说的数字与文件所列相符。"]
      : ["问题中所说的数字与文件不符：文件所列为 ", segment, "，以文件为准。"],
  );
  if (!agrees) addStatedElsewhere(k, draft, figure, quoted);
}

/**
 * The asker's number, when the same document's narrative does print it for this line ("说明里写的
 * <N>万元"): the asker read it there. It is cited beside the answer's figure, so the reader sees
 * the document disagree with itself.
 */
function addStatedElsewhere(k: Knowledge, draft: Draft, figure: Figure, quoted: { value: string }[]): void {
  const [answered] = figure.facts;
  if (!answered) return;
  const row = matchKey(answered.row);
  const sameLine = (fact: Fact) => {
    const other = matchKey(fact.row);
    return (
      (!!answered.rowCode && fact.rowCode === answered.rowCode) ||
      (row.length >= 2 && other.length >= 2 && (other.includes(row) || row.includes(other)))
    );
  };
  const stated = k
    .factsOf(answered.docId)
    .find(
      (fact) =>
        !fact.table &&
        fact.measure === "万元" &&
        quoted.some((q) => money(q.value).eq(fact.value)) &&
        sameLine(fact),
    );
  if (!stated) return;
  const b = new DraftBuilder(draft);
  b.d.notes.splice(1, 0, [
    `文件${sourceLabel(stated)}${placeWords(stated.source)}确实写作 `,
    b.fact(stated, `${stated.row}（${sourceLabel(stated)}）`),
    "，与上面所列数字不一致，是文件自身前后不符。",
  ]);
}
