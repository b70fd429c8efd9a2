import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  COSTS_OF_COUNTS,
  COUNT_OF_COST,
  PURCHASES_OF_COUNTS,
  TO_BUY_COLUMN,
} from "../lexicon/count-amounts.js";
import { WHY_QUESTION } from "../lexicon/reason-words.js";
import { NO_REASON } from "./why-figures.js";

const answeredFacts = (draft: Draft): Fact[] => draft.figures.flatMap((figure) => figure.facts);

/** The answer's facts of zero whose metric is one of these. */
const zerosAmong = (facts: Fact[], metrics: (metric: string) => boolean): Fact[] =>
  facts.filter((f) => !!f.metric && metrics(f.metric) && money(f.value).isZero());

/**
 * "共有车辆0辆" answered while the same document plans or spends money on what it has none of (a
 * car running cost): the two are set side by side, since the reader will ask how both can be.
 */
export function addCostWithoutCount(k: Knowledge, draft: Draft, question = ""): void {
  if (draft.status !== "answered") return;
  const facts = answeredFacts(draft);
  // Things none of which are to be bought ("购置车辆0辆") are no count of those held.
  const zeros = zerosAmong(facts, (metric) => !!COSTS_OF_COUNTS[metric]).filter(
    (zero) => !TO_BUY_COLUMN.test(zero.column ?? ""),
  );
  const b = new DraftBuilder(draft);
  const seen = new Set<string>();
  for (const zero of zeros) {
    // A kind of which there are none ("其他用车 0辆") beside a count of some is no count of none.
    if (facts.some((f) => f.docId === zero.docId && f.metric === zero.metric && !money(f.value).isZero()))
      continue;
    const costs = COSTS_OF_COUNTS[zero.metric!]!;
    const cost = k
      .factsOf(zero.docId)
      .find(
        (f: Fact) => !!f.metric && costs.includes(f.metric) && f.measure === "万元" && money(f.value).gt(0),
      );
    if (!cost || seen.has(cost.id)) continue;
    seen.add(cost.id);
    draft.notes.push([
      `文件所列${zero.row}为 0，但同一文件列有${cost.metric} `,
      b.fact(cost, cost.metric!),
      "（文件未说明二者的关系）。",
    ]);
    // "车辆为零，运行费为何仍有": the reason asked is not stated; said first, as for any such why.
    if (WHY_QUESTION.test(question) && !draft.headline.some((segment) => segment === NO_REASON)) {
      draft.bullets.unshift(draft.headline);
      draft.headline = [NO_REASON];
    }
  }
}

/**
 * A cost of nothing ("公务用车运行维护费 0") answered: the count of the things it would be spent on,
 * when the same document states one, is set beside it ("共有车辆0辆" says why; "3辆" asks how).
 */
export async function addCountBesideZeroCost(k: Knowledge, draft: Draft): Promise<void> {
  if (draft.status !== "answered") return;
  const answered = new Set(answeredFacts(draft).map((f) => f.metric));
  // A table cell has no metric of its own: the figure's label names it ("公务用车购置费").
  const zeros = draft.figures.flatMap((figure) => {
    const fact = figure.facts[0];
    const cost = COUNT_OF_COST.get(fact?.metric ?? figure.label);
    return fact && cost && money(figure.value).isZero() ? [{ fact, ...cost }] : [];
  });
  // The counts are stated in the narrative, which a figure's question may not have loaded.
  if (zeros.length) await k.loadDocuments(zeros.map((zero) => zero.fact.docId));
  const b = new DraftBuilder(draft);
  const seen = new Set<string>();
  for (const { fact, count: countKey, toBuy } of zeros) {
    if (answered.has(countKey)) continue;
    const count = k
      .factsOf(fact.docId)
      .find(
        (f: Fact) =>
          f.metric === countKey && f.measure !== "万元" && TO_BUY_COLUMN.test(f.column ?? "") === toBuy,
      );
    if (!count || seen.has(count.id)) continue;
    seen.add(count.id);
    const said = toBuy ? `安排购置的${count.row}` : count.row;
    draft.notes.push([`同一文件所列${said}为 `, b.fact(count, said), "。"]);
  }
}

/**
 * Things to be bought answered ("安排购置车辆1辆"): the money budgeted for buying them, when the same
 * document states it, is set beside the count with the reason it gives.
 */
export async function addPurchaseBesideToBuy(k: Knowledge, draft: Draft): Promise<void> {
  if (draft.status !== "answered") return;
  const facts = answeredFacts(draft);
  const toBuy = facts.filter(
    (f) =>
      !!f.metric &&
      !!PURCHASES_OF_COUNTS[f.metric] &&
      TO_BUY_COLUMN.test(f.column ?? "") &&
      money(f.value).gt(0),
  );
  if (!toBuy.length) return;
  await k.loadDocuments([...new Set(toBuy.map((f) => f.docId))]);
  const b = new DraftBuilder(draft);
  const seen = new Set<string>();
  for (const count of toBuy) {
    const costs = PURCHASES_OF_COUNTS[count.metric!]!;
    const cost = k
      .factsOf(count.docId)
      .find(
        (f) =>
          !!f.metric && costs.includes(f.metric) && /元$/.test(f.measure) && !f.column.startsWith("比上年"),
      );
    if (!cost || seen.has(cost.id) || facts.some((f) => f.id === cost.id)) continue;
    seen.add(cost.id);
    draft.notes.push([
      `同一文件所列${cost.metric}为 `,
      b.fact(cost, cost.metric!),
      cost.reason ? `（文件说明：${cost.reason}）。` : "。",
    ]);
  }
}
