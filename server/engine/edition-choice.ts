import { DraftBuilder, type Draft } from "./draft.js";
import type { Knowledge } from "./knowledge.js";
import {
  CONSOLIDATED_ASKED,
  EDITION_COVERS,
  EDITION_TOTALS,
  editionAsked,
  OTHER_BODIES_NAMED,
  OWN_LEVEL_FIGURES,
} from "./lexicon/edition-words.js";
import { lookup, wantOf } from "./ops/lookup.js";
import { metricLabel, scopeLabel } from "./ops/labels.js";
import type { QueryPlan } from "./plan-schema.js";
import type { Scope } from "./scope.js";

/**
 * An overall total of a body that publishes a 部门 and a 单位 edition for the year, asked without
 * naming either: when the editions' totals differ, both are given, each cited, and the asker is
 * asked which one is meant (undefined when they agree or only one edition exists).
 */
export function editionChoice(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft | undefined {
  const ref = plan.metrics[0];
  if (plan.operation !== "value" || plan.metrics.length !== 1 || scopes.length !== 1) return undefined;
  if (ref.type !== "metric" || !EDITION_TOTALS.includes(ref.key)) return undefined;
  if (plan.edition || editionAsked(plan.question)) return undefined;
  const [scope] = scopes;
  const docs = k.docs(scope.unit, { year: scope.year, kind: scope.doc.kind }).filter((d) => d.edition);
  const found = docs.flatMap((doc) => {
    const f = lookup(k, { ...scope, doc }, ref, wantOf(plan, { ...scope, doc }))[0];
    return f && doc.edition ? [{ edition: doc.edition, f }] : [];
  });
  if (found.length < 2 || new Set(found.map((x) => x.f.value)).size < 2) return undefined;
  const b = new DraftBuilder();
  const label = metricLabel(ref, k);
  b.d.status = "clarify";
  const kind = scope.doc.kind;
  b.d.headline = [`${scopeLabel(scope)}有部门${kind}和单位${kind}两个版本，${label}不同：`];
  for (const { edition, f } of found) {
    const name = `${edition}${kind}${EDITION_COVERS[edition]}`;
    b.d.bullets.push([`${name}：`, b.fact(f, `${label}（${name}）`)]);
  }
  b.d.notes.push([`请问您指哪一个版本？部门${kind}含所属单位，单位${kind}只含本级。`]);
  return b.build();
}

/**
 * Any other figure asked without naming an edition is answered from the 部门 edition (the whole
 * department); a note gives the other edition's figure when it differs.
 */
export function addOtherEditionFigure(k: Knowledge, plan: QueryPlan, scopes: Scope[], draft: Draft): void {
  if (draft.status !== "answered" || plan.operation !== "value" || plan.metrics.length !== 1) return;
  if (scopes.length !== 1 || plan.edition || editionAsked(plan.question)) return;
  const [scope] = scopes;
  const [ref] = plan.metrics;
  const answered = lookup(k, scope, ref, wantOf(plan, scope))[0];
  if (!answered) return;
  const b = new DraftBuilder(draft);
  const kind = scope.doc.kind;
  for (const doc of k.docs(scope.unit, { year: scope.year, kind })) {
    if (doc.docId === scope.doc.docId || !doc.edition) continue;
    const other = lookup(k, { ...scope, doc }, ref, wantOf(plan, { ...scope, doc }))[0];
    if (!other || other.value === answered.value || other.measure !== answered.measure) continue;
    const name = `${doc.edition}${kind}${EDITION_COVERS[doc.edition]}`;
    b.d.notes.push([`${name}所列为 `, b.fact(other, `${metricLabel(ref, k)}（${name}）`), "。"]);
  }
}

/**
 * An edition asked that the body does not publish for the year (a 部门 budget of a body that
 * publishes only its 单位 one): the answer says which edition its figures are from. Asked in so
 * many words for the body with its subordinate units ("含下属单位"), or for its own level ("本级")
 * when the edition read includes subordinate units, the figure is not disclosed: refused, the
 * edition's own figure named as the closest.
 */
export function noteEditionNotPublished(k: Knowledge, plan: QueryPlan, scopes: Scope[], draft: Draft): void {
  const asked = editionAsked(plan.question);
  if (draft.status !== "answered" || scopes.length !== 1 || !asked) return;
  const [scope] = scopes;
  const read = scope.doc.edition;
  if (!read || read === asked) return;
  const kind = scope.doc.kind;
  const published = k.docs(scope.unit, { year: scope.year, kind }).some((doc) => doc.edition === asked);
  if (published) return;
  const what = `收录的${scope.unit}${scope.year}年度只有${read}${kind}${EDITION_COVERS[read]}，没有${asked}${kind}${EDITION_COVERS[asked]}`;
  // The body's own level asked of a department whose consolidated figures include subordinate units
  // (none named beside it): those figures are not its own level's, except one only the offices have
  // (机关运行经费) read as it is, not divided by everyone's head count.
  const ownLevelFigure =
    plan.operation !== "per_capita" &&
    plan.metrics.every((ref) => ref.type === "metric" && OWN_LEVEL_FIGURES.has(ref.key));
  const withSubordinates =
    asked === "单位" &&
    !ownLevelFigure &&
    plan.units.length <= 1 &&
    plan.operation !== "breakdown" &&
    !OTHER_BODIES_NAMED.test(plan.question) &&
    (scope.doc.covers.length > 0 ||
      (scope.doc.bodies?.length ?? 0) > 0 ||
      k.units.some((unit) => unit.parent === scope.unit));
  if ((asked === "部门" && CONSOLIDATED_ASKED.test(plan.question)) || withSubordinates) {
    draft.status = "not_found";
    draft.headline = [
      `${what}，所问的${asked === "部门" ? "含所属单位" : "本级"}的数字没有公开。最接近的公开数字是${read}${kind}所列：`,
      ...draft.headline,
    ];
    return;
  }
  draft.notes.unshift([`${what}；以下是${read}${kind}的数字。`]);
}
