import type { DocumentInfo } from "../../ingest/schema.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import { clarify, notFound, type Draft } from "./draft.js";
import type { Knowledge } from "./knowledge.js";
import { byEdition, editionAsked, editionsAsked } from "./lexicon/edition-words.js";
import type { QueryPlan } from "./plan-schema.js";

/** A stock asked as of a year's end ("<年>底", "<年>末", "截至<年>"). */
const yearEndOf = (said: string) =>
  new RegExp(`${said}年(?:底|末|12月31日|12月底)|(?:截至|截止|到)\\s*${said}年`);
const YEAR_END_ASKED = yearEndOf(String.raw`(?:20)?\d{2}`);

/** Is a stock asked as of this year's end ("<年>末", "截至<年>底")? */
export function asksYearEnd(question: string, year: number): boolean {
  return yearEndOf(`(?<!\\d)(?:20)?${String(year).slice(2)}`).test(question);
}

/** One unit's document to answer from. `previousYear` reads that year from next year's attachment. */
export interface Scope {
  unit: string;
  year: number;
  doc: DocumentInfo;
  previousYear: boolean;
  /** The year was not given: say which one is used. */
  assumedYear: boolean;
  /** Set when the question compares a body's 部门 and 单位 editions: the one this scope reads. */
  edition?: NonNullable<DocumentInfo["edition"]>;
  /** A subordinate asked about that publishes nothing: this parent's documents are read for what they say of it. */
  standsFor?: string;
}

/** A year as a question writes it ("2025年", "25年"). */
const YEAR_SAID = /(?<!\d)(20\d{2}|\d{2})年/g;

/**
 * "甲2026年和乙2025年的…": each unit with the years said after its name and before the next unit's.
 * Undefined unless every unit named has years of its own so (then every year is each one's).
 */
function yearsByUnit(k: Knowledge, plan: QueryPlan): Map<string, number[]> | undefined {
  if (plan.units.length < 2 || plan.years.length < 2) return undefined;
  const question = matchKey(plan.question);
  const named = plan.units
    .map((unit) => ({
      unit,
      at: Math.min(
        ...k
          .ownNamesOf(unit)
          .map((name) => question.indexOf(name))
          .filter((at) => at >= 0),
      ),
    }))
    .sort((a, b) => a.at - b.at);
  if (named.some((n) => !Number.isFinite(n.at))) return undefined;
  const paired = new Map<string, number[]>();
  named.forEach(({ unit, at }, i) => {
    const said = question.slice(at, named[i + 1]?.at ?? question.length).matchAll(YEAR_SAID);
    const years = [...said].map((m) => (m[1]!.length === 2 ? 2000 + Number(m[1]) : Number(m[1])));
    paired.set(unit, [...new Set(years.filter((year) => plan.years.includes(year)))]);
  });
  return [...paired.values()].every((years) => years.length) ? paired : undefined;
}

function shortList(items: string[]): string {
  return items.join("、");
}

/** Which document answers for each unit and year, or why none does. */
export function resolveScopes(
  k: Knowledge,
  plan: QueryPlan,
): { scopes: Scope[]; unpublished: string[] } | { draft: Draft; parents?: Scope[] } {
  if (plan.clarify) return { draft: clarify(plan.clarify) };
  if (!plan.units.length) {
    if (plan.unknownUnits.length) return { draft: unknownUnits(k, plan.unknownUnits) };
    const units = k.publishingUnits;
    // "三公经费是指什么": definitions are the same in every document; search them all.
    if (units.length === 1 || plan.operation === "text_lookup") plan.units = units;
    else return { draft: clarify(`请问您想了解哪个单位？目前收录的单位有：${shortList(units)}。`) };
  }
  const scopes: Scope[] = [];
  const missing: string[] = [];
  /** The parents' documents of subordinates asked that publish nothing of their own. */
  const parents: Scope[] = [];
  const edition = editionAsked(plan.question) ?? plan.edition;
  const paired = yearsByUnit(k, plan);
  for (const unit of plan.units) {
    const docs = k.docs(unit);
    if (!docs.length) {
      // "<部门>的<下属单位>…": the subordinate is what is asked; its parent's totals are not its figures.
      const parent = k.unit(unit)?.parent;
      if (parent && plan.units.includes(parent))
        return {
          draft: notFound(`${describeUnpublished(k, unit)}，文件没有单列它的数字。`),
          parents: [parentScope(k, unit, plan, false)].filter((s): s is Scope => !!s),
        };
      // What a subordinate did is told in its parent's prose ("某馆的某项目做了什么"), its projects
      // too: read there. Its money in the parent's tables is the parent's, and stays refused.
      // A question naming no figure ("下面有几个站", "设了哪些股室") is answered by the prose alone.
      const aboutWork =
        plan.operation === "text_lookup" ||
        !plan.metrics.length ||
        plan.metrics.every((ref) => ref.type === "project");
      const told = aboutWork ? parentScope(k, unit, plan) : undefined;
      if (told) {
        scopes.push({ ...told, standsFor: unit });
        missing.push(`${describeUnpublished(k, unit)}；以上摘自${told.unit}${told.year}年度${told.doc.kind}`);
        continue;
      }
      missing.push(describeUnpublished(k, unit));
      const parentAnswers = parentScope(k, unit, plan, false);
      if (parentAnswers) parents.push(parentAnswers);
      continue;
    }
    // Comparisons read the final accounts; a 年初预算 question may read the 部门预算.
    const comparing = [
      "compare_budget_actual",
      "explain_variance",
      "yoy",
      "trend",
      "rank",
      "sum",
      "difference",
    ].includes(plan.operation);
    // A budget compared with last year's budget: the 部门预算 states it.
    const budgetYoy = plan.operation === "yoy" && (plan.basis === "预算" || plan.basis === "年初预算");
    // Two figures of one budget added, subtracted or ranked: both from the budget document.
    // …and units ranked by their budgets ("<年>三公经费预算：甲、乙、丙排个序"): each one's budget document.
    const budgetFigures =
      (["sum", "difference", "rank"].includes(plan.operation) &&
        plan.units.length === 1 &&
        plan.years.length <= 1) ||
      (plan.operation === "rank" && plan.years.length <= 1);
    const wantsBudgetDoc =
      (budgetYoy ||
        ((!comparing || budgetFigures) && (plan.basis === "年初预算" || plan.basis === "预算"))) &&
      k.docs(unit, { kind: "预算" }).length > 0;
    const kind = plan.kind ?? (wantsBudgetDoc ? "预算" : undefined);
    const years =
      paired?.get(unit) ??
      (plan.years.length ? plan.years : [k.latestYear(unit, kind) ?? k.latestYear(unit)!]);
    for (const year of years) {
      const pick = (ofKind?: DocumentInfo["kind"], ofYear = year) =>
        byEdition(k.docs(unit, { year: ofYear, kind: ofKind }), edition)[0];
      // Next year's document of the edition asked states this year's figures too.
      const pickNext = (ofKind?: DocumentInfo["kind"]) => pick(ofKind, year + 1);
      const both = bothEditions(k, unit, year, kind, plan);
      if (both.length) {
        scopes.push(
          ...both.map((d) => ({
            unit,
            year,
            doc: d,
            previousYear: false,
            assumedYear: !plan.years.length,
            edition: d.edition,
          })),
        );
        continue;
      }
      // An actual asked of a year with a budget only: next year's budget states it (预算执行数).
      const nextStates =
        plan.basis === "决算" && !pick("决算") && !!pick("预算") && plan.operation === "value"
          ? pickNext("预算")
          : undefined;
      if (nextStates) {
        scopes.push({ unit, year, doc: nextStates, previousYear: true, assumedYear: false });
        continue;
      }
      const doc = (kind ? pick(kind) : undefined) ?? pick("决算") ?? pick("预算");
      if (doc) {
        scopes.push({ unit, year, doc, previousYear: false, assumedYear: !plan.years.length });
        continue;
      }
      // Last year's actuals are printed in next year's attachment (基础数据表).
      // A budget asked: next year's 部门预算 states its change on this year's budget.
      const budgetAsked = kind === "预算" || (!!plan.basis && plan.basis !== "决算");
      const nextBudget = budgetAsked ? pickNext("预算") : undefined;
      // Else a budget's narrative states last year's 执行数 ("<年>当年预算执行数为…").
      const next = nextBudget ?? pickNext("决算") ?? pickNext();
      // A text question about a year's end ("<年>底的房屋面积"): next year's document states the stock then.
      if (next && (plan.operation !== "text_lookup" || YEAR_END_ASKED.test(plan.question))) {
        scopes.push({ unit, year, doc: next, previousYear: true, assumedYear: false });
        continue;
      }
      const have = [...new Set(docs.map((d) => `${d.year}年度${d.kind}`))].join("、");
      missing.push(`未找到${unit}${year}年度的公开文件（已收录：${have}）`);
    }
  }
  if (!scopes.length) {
    const unknown = plan.unknownUnits.length ? [`未收录${shortList(plan.unknownUnits)}的公开文件`] : [];
    return {
      draft: notFound(`${[...unknown, ...missing].join("；")}。文件中没有的数字我不会推测。`),
      parents,
    };
  }
  // Units asked beside others but not published: said, never dropped silently.
  return { scopes, unpublished: missing };
}

/**
 * "<部门预算>和<单位预算>…": the body's two editions of the year, 部门 first, when the question
 * names both (or compares them after naming one and then the other) and both are published.
 */
function bothEditions(
  k: Knowledge,
  unit: string,
  year: number,
  kind: DocumentInfo["kind"] | undefined,
  plan: QueryPlan,
): DocumentInfo[] {
  if (!plan.bothEditions && editionsAsked(plan.question).length < 2) return [];
  const docs = k.docs(unit, { year, kind });
  const of = (e: NonNullable<DocumentInfo["edition"]>) => docs.find((d) => d.edition === e);
  const pair = [of("部门"), of("单位")];
  return pair.every(Boolean) && pair[0]!.kind === pair[1]!.kind ? (pair as DocumentInfo[]) : [];
}

function unknownUnits(k: Knowledge, names: string[]): Draft {
  return notFound(
    `未找到${shortList(names)}的部门预算或决算公开文件。目前收录的单位有：${shortList(k.publishingUnits)}。`,
  );
}

/**
 * The parent's document of the year asked (the latest when none) for a subordinate with none of
 * its own; the question's words then search it for the subordinate by its own name (unless only
 * the parent's own figure is wanted, as the closest one disclosed).
 */
function parentScope(k: Knowledge, unit: string, plan: QueryPlan, searchOwnName = true): Scope | undefined {
  const parent = k.unit(unit)?.parent;
  if (!parent) return undefined;
  const year = plan.years[0] ?? k.latestYear(parent);
  // A budget asked reads the parent's budget document when there is one.
  const kind =
    plan.basis && plan.basis !== "决算" && k.docs(parent, { year, kind: "预算" }).length ? "预算" : undefined;
  const docs = year ? k.docs(parent, { year, kind }) : [];
  const doc = docs.find((d) => d.covers.includes(unit)) ?? docs[0];
  if (!doc || !year) return undefined;
  // "<某市某区>某馆" → "某馆": its own name, without the place, is what the parent's prose says.
  const ownName = unit.replace(/^.*[省市区县]/, "");
  if (searchOwnName && ownName.length >= 2 && !(plan.textQuery ?? "").includes(ownName))
    plan.textQuery = `${ownName} ${plan.textQuery ?? ""}`.trim();
  return { unit: parent, year, doc, previousYear: false, assumedYear: !plan.years.length };
}

/** The same document's other edition (部门 or 单位) of the body, as a scope, when it publishes both. */
export function otherEditionScope(k: Knowledge, scope: Scope): Scope | undefined {
  if (!scope.doc.edition) return undefined;
  const doc = k
    .docs(scope.unit, { year: scope.doc.year, kind: scope.doc.kind })
    .find((d) => d.docId !== scope.doc.docId && d.edition && d.edition !== scope.doc.edition);
  return doc?.edition ? { ...scope, doc, edition: doc.edition } : undefined;
}

/** A unit the documents mention but that publishes nothing of its own. */
function describeUnpublished(k: Knowledge, unit: string): string {
  const info = k.unit(unit);
  const parentDocs = info?.parent ? k.docs(info.parent) : [];
  const covering = parentDocs.find((d) => d.covers.includes(unit));
  if (covering)
    return `${unit}没有单独公开的文件，它是${info!.parent}的下属单位，其收支汇总在${covering.unit}${covering.year}年度${covering.kind}中`;
  if (info?.parent) return `${unit}（${info.parent}的下属单位）没有单独公开的文件`;
  return `未找到${unit}的公开文件`;
}
