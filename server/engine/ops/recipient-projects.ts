import type { Fact } from "../../../ingest/schema.js";
import { matchKey } from "../../../ingest/text/normalize-text.js";
import { ratio, total } from "../calculator.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { PROJECT_SPENDING_KEY } from "../lexicon/project-list.js";
import { lookup, wantOf } from "./lookup.js";

/** Words before a unit's name that make it the one the money is for ("预算里给<乙>的"). */
const FOR_CUE = /(?:给|拨给|安排给|分给|留给|用于|用在|里|中)的?[，,]?$/;
/** What is asked of the money for it: its projects or the amount. */
const PROJECTS_ASKED = /项目|专项|经费|资金|钱|多少/;
/** A share of the host's project spending asked ("占了几成", "比例多少"). */
const SHARE_ASKED = /占|比重|比例|百分之几|几成/;
/** The wholes such a share may be asked of ("占整个部门预算多少"): the project spending, else a total. */
const SHARE_WHOLES: ReadonlySet<string> = new Set([PROJECT_SPENDING_KEY, "支出合计", "收支总计", "收入合计"]);

/** Where one item of a list ends (its amount and what it is for stay in one clause). */
const CLAUSE_END = /[；;。\n]/;

/** The unit the question asks the money for: named right after a cue, the other unit holding it. */
export function recipientOf(k: Knowledge, plan: Pick<QueryPlan, "units" | "question">): string | undefined {
  if (new Set(plan.units).size !== 2) return undefined;
  const question = matchKey(plan.question);
  const named = plan.units.filter((unit) =>
    k.namesOf(unit).some((name) => {
      const at = question.indexOf(name);
      return at > 0 && FOR_CUE.test(question.slice(0, at));
    }),
  );
  return named.length === 1 ? named[0] : undefined;
}

/** The host's projects a clause of their own passage says are for the recipient ("…，主要用于<乙>…"). */
async function projectsFor(k: Knowledge, scope: Scope, names: string[]): Promise<Fact[]> {
  const projects = k.factsOf(scope.doc.docId).filter((f) => f.rowPath?.[0] === "项目" && f.source.excerpt);
  const bySection = new Map<string, Fact[]>();
  for (const f of projects) {
    const key = JSON.stringify(f.source.section);
    bySection.set(key, [...(bySection.get(key) ?? []), f]);
  }
  const found: Fact[] = [];
  for (const [key, facts] of bySection) {
    const chunk = await k.store.sectionChunk(scope.doc.docId, JSON.parse(key) as string[]);
    for (const clause of chunk?.text.split(CLAUSE_END) ?? []) {
      if (!names.some((name) => matchKey(clause).includes(name))) continue;
      found.push(...facts.filter((f) => clause.includes(f.source.excerpt!) && !found.includes(f)));
    }
  }
  return found;
}

/**
 * "<甲>预算里给<乙>的项目合计(及其占比)": the projects of one body's document that
 * its own passage says are for another body, added (and set against the body's project spending).
 * Undefined unless exactly one named body is the one the money is for and such projects are listed.
 */
export async function recipientProjectsOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  if (new Set(plan.units).size !== 2 || !PROJECTS_ASKED.test(plan.question)) return undefined;
  // Another figure named for the body ("<乙>的人员经费") is not what a project list says; a total
  // named as the whole of a share asked ("占整个部门预算多少") is.
  const shareAsked = SHARE_ASKED.test(plan.question);
  const wholes = shareAsked ? SHARE_WHOLES : new Set([PROJECT_SPENDING_KEY]);
  if (plan.metrics.some((m) => m.type !== "metric" || !wholes.has(m.key))) return undefined;
  const wholeKey =
    plan.metrics.flatMap((m) => (m.type === "metric" && m.key !== PROJECT_SPENDING_KEY ? [m.key] : []))[0] ??
    PROJECT_SPENDING_KEY;
  const recipient = recipientOf(k, plan);
  if (!recipient) return undefined;
  const names = k.namesOf(recipient).filter((name) => name.length >= 2);
  // The host's document of the year first, then its other document of that year (the budget
  // lists the projects a final accounts' scope may not).
  const hosts = scopes
    .filter((s) => s.unit !== recipient)
    .flatMap((s) => [
      s,
      ...k
        .docs(s.unit, { year: s.year })
        .filter((d) => d !== s.doc)
        .map((doc) => ({ ...s, doc })),
    ]);
  for (const scope of hosts) {
    await k.loadDocuments([scope.doc.docId]);
    const facts = await projectsFor(k, scope, names);
    if (!facts.length) continue;
    const b = new DraftBuilder();
    const sum = total(
      facts.map((f) => f.value),
      "万元",
    );
    const label = `${scope.unit}${scope.year}年度${scope.doc.kind}中用于${recipient}的项目`;
    b.d.headline = [`${label}合计 `, b.computed(sum, `${label}合计`, facts), "。"];
    facts.forEach((f) => {
      // As the passage names it ("某某专项项目"), not the stem the index files it under.
      const name = f.source.excerpt?.replace(/\d[\d.,]*\s*万元?$/, "") || f.row;
      b.d.bullets.push([`${name}：`, b.fact(f, name)]);
    });
    if (shareAsked) {
      const [whole] = lookup(k, scope, { type: "metric", key: wholeKey }, wantOf(plan, scope));
      const share = whole && ratio(sum.value, whole.value);
      if (share)
        b.d.bullets.push([
          `占${wholeKey} `,
          b.fact(whole, wholeKey),
          " 的 ",
          b.computed(share, `${label}占${wholeKey}`, [...facts, whole]),
          "。",
        ]);
    }
    b.d.notes.push([`哪些项目用于${recipient}，依据文件对各项目用途的说明（“用于…”）。`]);
    return b.build();
  }
  return undefined;
}
