import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { factRatio, type Computed } from "../calculator.js";
import { DraftBuilder, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel } from "./labels.js";
import { PLACES } from "./rank-figures.js";
import { partAndWhole } from "./share-across.js";
import { shareOfSentenceAmount } from "./stated-share-note.js";

/** The question ranks a share ("哪个单位的项目支出占比最高"), not the amounts themselves. */
export const RANKS_SHARE = /占比|比重|比例|所占|占.{0,12}(?:最高|最低|最多|最少|最大|最小)/;

interface Share {
  scope: Scope;
  share: Computed;
  facts: [Fact, Fact];
}

/** One scope's part over its whole, both read from its document; undefined when either is missing. */
function shareOf(k: Knowledge, plan: QueryPlan, scope: Scope): Share | undefined {
  const { part, whole } = partAndWhole(plan.metrics);
  if (!whole) return undefined;
  const want = wantOf(plan, scope);
  const [pf, wf] = [lookup(k, scope, part, want)[0], lookup(k, scope, whole, want)[0]];
  const share = pf && wf ? factRatio(pf, wf) : undefined;
  return share && { scope, share, facts: [pf, wf] };
}

/**
 * Units ranked by a share each computed from its own document (part ÷ whole, formula shown);
 * undefined when fewer than two units state both figures.
 */
export function rankShareOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): DraftBuilder | undefined {
  const shares = scopes.map((scope) => shareOf(k, plan, scope)).filter((s): s is Share => !!s);
  if (shares.length < 2) return undefined;
  const { part, whole } = partAndWhole(plan.metrics);
  const [pl, wl] = [metricLabel(part, k), metricLabel(whole!, k)];
  const sorted = shares.sort(
    (a, b) => (plan.descending ? -1 : 1) * money(a.share.value).comparedTo(money(b.share.value)),
  );
  const b = new DraftBuilder();
  const figure = (s: Share) =>
    b.computed(s.share, `${s.scope.unit}（${s.scope.year}年）${pl}占${wl}`, s.facts);
  const top = sorted[0];
  b.d.headline = [
    `${pl}占${wl}比重${plan.descending ? "最高" : "最低"}的是${top.scope.unit}（${top.scope.year}年），为 `,
    figure(top),
    "。",
  ];
  sorted.slice(0, PLACES.length).forEach((s, i) => {
    b.d.bullets.push([
      `第${PLACES[i]}位 ${s.scope.unit}：`,
      figure(s),
      `（${pl} `,
      b.fact(s.facts[0], pl),
      `，${wl} `,
      b.fact(s.facts[1], wl),
      "）",
      ...statedBeside(k, b, part, s, wl),
    ]);
  });
  const missing = scopes.filter((s) => !shares.some((x) => x.scope === s)).map((s) => s.unit);
  if (missing.length) b.d.notes.push([`未参与排序（文件中缺少其中一个数字）：${missing.join("、")}。`]);
  return b;
}

/** The share the unit's document states of the same whole ("占基本支出的86.3%"), when it differs. */
function statedBeside(k: Knowledge, b: DraftBuilder, part: MetricRef, s: Share, wholeLabel: string) {
  const stated = lookup(k, s.scope, part, "share").find((f) =>
    (f.source.excerpt ?? "").includes(`占${wholeLabel}`),
  );
  if (!stated || money(stated.value).eq(s.share.value)) return [];
  const said: Segment[] = ["（文件所列为 ", b.fact(stated, `${s.scope.unit}占${wholeLabel}比重（文件所列）`)];
  // …worked out from the part's amount as the sentence stating the share prints it, when that gives it.
  const [partFact, wholeFact] = s.facts;
  const found = shareOfSentenceAmount(k, stated, partFact, wholeFact);
  if (found)
    said.push(
      "，按说明同一句所列 ",
      b.fact(found.part, `${s.scope.unit}（说明）`),
      " 算得 ",
      b.computed(found.share, `${s.scope.unit}（说明）占比`, [found.part, wholeFact]),
    );
  return [...said, "）"];
}
