import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference, total } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { PARTS_JOINED, SUM_CHECKED } from "../lexicon/sum-check.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { factsOfValue, quotedAmounts, type Quoted } from "./quoted-figures.js";
import { metricLabel, scopeLabel } from "./labels.js";
import { isFactOf } from "../select-facts.js";

/** The words just before a quoted amount that name it ("公务接待2.71万" → 公务接待). */
const NAME_BEFORE = /[\u4e00-\u9fa5]{2,}$/;

/** "万加商务接待" → 商务接待: the words after the amount before it and its joining word. */
const nameBefore = (quoted: Quoted) =>
  NAME_BEFORE.exec(
    quoted.before
      .replace(/^.*(?:亿元|万元|亿|万|元)/, "")
      .replace(/^[加和与及跟同、，,\s]+/, "")
      .replace(/[为是]$/, ""),
  )?.[0];

/** Of the facts of a quoted amount, the one whose wording names it as the asker does, else the first. */
function factOf(same: Fact[], quoted: Quoted): Fact | undefined {
  const name = nameBefore(quoted);
  const named = name ? same.find((f) => f.source.excerpt.includes(name) || f.row.includes(name)) : undefined;
  return named ?? same[0];
}

/**
 * "<甲>X万加<乙>Y万，等于<丙>Z万吗": the asker's own amounts, each found in the scope's document, added
 * against the whole they name (a whole the document states twice over is noted by the document
 * conflicts). Undefined unless every amount is a figure of the document.
 */
export function quotedSumCheck(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  // The asker's words without the unit's name: what stands before each amount names it.
  const words = plan.textQuery ?? plan.question;
  const at = words.search(SUM_CHECKED);
  if (scopes.length !== 1 || at < 0 || !PARTS_JOINED.test(words.slice(0, at))) return undefined;
  const parts = quotedAmounts(words.slice(0, at));
  const wholes = quotedAmounts(words.slice(at));
  if (parts.length < 2 || wholes.length !== 1) return undefined;
  const [scope] = scopes;
  const ofValue = (q: Quoted) => factsOfValue(k, [scope], q).filter((f) => f.docId === scope.doc.docId);
  const partFacts = parts.map((q) => factOf(ofValue(q), q));
  // The whole as a figure asked about states it, in a sentence before a table (where the document's
  // checks find it contradicting itself, the answer says so).
  const ofWhole = ofValue(wholes[0]);
  const ofAsked = ofWhole
    .filter((f) => plan.metrics.some((m) => isFactOf(k, f, m)))
    .sort((a, c) => Number(!!a.table) - Number(!!c.table));
  const wholeFact = factOf(ofAsked, wholes[0]) ?? factOf(ofWhole, wholes[0]);
  if (!wholeFact || !partFacts.every((f): f is Fact => !!f)) return undefined;
  const added = total(
    partFacts.map((f) => f.value),
    "万元",
  );
  const b = new DraftBuilder();
  const label = wholeFact.metric ? metricLabel({ type: "metric", key: wholeFact.metric }, k) : wholeFact.row;
  const line: Segment[] = [`${scopeLabel(scope)}文件所列 `];
  partFacts.forEach((f, i) => {
    const name = nameBefore(parts[i]) ?? f.row;
    line.push(i ? " 加 " : "", `${name} `, b.fact(f, name));
  });
  line.push(" 为 ", b.computed(added, "所列各数之和", partFacts));
  const same = money(added.value).eq(wholeFact.value);
  line.push(same ? `，与${label} ` : `，不等于${label} `, b.fact(wholeFact, label));
  if (!same)
    line.push(
      "，相差 ",
      b.computed(difference(wholeFact.value, added.value, "万元"), `${label}与所列各数之和的差`, [
        wholeFact,
        ...partFacts,
      ]),
    );
  b.d.headline = [...line, same ? " 相等。" : "。"];
  return b;
}
