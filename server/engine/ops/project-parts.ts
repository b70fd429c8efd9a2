import type { Fact } from "../../../ingest/schema.js";
import { matchKey } from "../../../ingest/text/normalize-text.js";
import { factRatio, total } from "../calculator.js";
import { DraftBuilder } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { lookup, wantOf } from "./lookup.js";
import { metricLabel, scopeLabel } from "./labels.js";

/** Words any project or part may end in: alone they name none of them. */
const GENERIC_TAILS = /专项|项目|经费|资金/g;

/** Fewer characters in common than this name no part ("的", "万"). */
const PART_OVERLAP = 2;

/** The longest run of characters two strings share. */
function longestShared(a: string, b: string): number {
  let best = 0;
  const run = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++)
    for (let j = b.length; j >= 1; j--) {
      run[j] = a[i - 1] === b[j - 1] ? run[j - 1] + 1 : 0;
      best = Math.max(best, run[j]);
    }
  return best;
}

/** The parts of a project's stated split (项目 / name / part) in the scope's document. */
export function statedParts(k: Knowledge, scope: Scope, project: string): Fact[] {
  const names = new Set(k.projectVariants(project));
  return k
    .factsOf(scope.doc.docId)
    .filter((f) => f.rowPath?.length === 3 && f.rowPath[0] === "项目" && names.has(f.rowPath[1]));
}

/**
 * The parts the question names: those sharing the longest run of characters with it ("甲类发展"
 * of "支持企业甲类发展"; "某经济" of both "区级支持某经济" and "市级支持某经济"). A run every
 * part has ("支持企业") tells none apart: none then.
 */
export function partsNamed(question: string, project: string, parts: Fact[]): Fact[] {
  // (A generic word, "专项" of a project called by a short name, names no part: "进博会推进专项".)
  const asked = matchKey(question).replace(matchKey(project), "").replace(GENERIC_TAILS, "");
  // "第<甲>、第<乙>季度的<某款>": several parts named by what sets each apart, their shared ending said once.
  const byHead = partsByHead(asked, parts);
  if (byHead.length > 1 && byHead.length < parts.length) return byHead;
  const overlap = parts.map((f) => longestShared(matchKey(f.row), asked));
  const most = Math.max(PART_OVERLAP, ...overlap);
  const named = parts.filter((_, i) => overlap[i] === most);
  return named.length < parts.length ? named : [];
}

/** The parts whose own head (their name before the ending all parts share: "第二" of "第二季度用款计划") is asked. */
function partsByHead(asked: string, parts: Fact[]): Fact[] {
  const rows = parts.map((f) => matchKey(f.row));
  if (rows.length < 2) return [];
  let shared = 0;
  while (
    shared < Math.min(...rows.map((r) => r.length)) &&
    rows.every((r) => r.at(-1 - shared) === rows[0].at(-1 - shared))
  )
    shared++;
  if (shared < 2) return [];
  const heads = rows.map((r) => r.slice(0, r.length - shared));
  if (heads.some((h) => h.length < 2) || new Set(heads).size !== heads.length) return [];
  return parts.filter((_, i) => asked.includes(heads[i]));
}

/**
 * Some parts of a project's stated split asked by name: the one part, or the named parts added
 * (formula shown), with the project's total and their share of it. Undefined when
 * the question names no part apart from the others.
 */
export function projectPartsAskedOp(k: Knowledge, plan: QueryPlan, scope: Scope): DraftBuilder | undefined {
  // "<部分>占<项目>多少" as two projects (a follow-up's part, then its whole): the part is named.
  const [first, second] = plan.metrics;
  const partThenWhole = plan.metrics.length === 2 && first.type === "project" && second.type === "project";
  const ref = partThenWhole ? second : first;
  if ((plan.metrics.length !== 1 && !partThenWhole) || ref.type !== "project") return undefined;
  const stated = statedParts(k, scope, ref.name);
  const named = partThenWhole
    ? stated.filter((f) => first.type === "project" && f.row === first.name)
    : partsNamed(plan.question, ref.name, stated);
  if (!named.length) return undefined;
  const b = new DraftBuilder();
  const label = metricLabel(ref, k);
  const names = named.map((f) => f.row).join("、");
  const sum =
    named.length > 1
      ? total(
          named.map((f) => f.value),
          named[0].measure,
        )
      : undefined;
  const part = sum ? b.computed(sum, `${names}合计`, named) : b.fact(named[0], `${label}：${names}`);
  b.d.headline = [`${scopeLabel(scope)}${label}中${names}${sum ? "合计" : "为"} `, part, "。"];
  if (sum) for (const f of named) b.d.bullets.push([`${f.row}：`, b.fact(f, `${label}：${f.row}`)]);
  // The project's total beside it, and the part's share of it (asked or not: it places the part).
  const whole = lookup(k, scope, ref, wantOf(plan, scope))[0];
  const share = whole ? factRatio(sum ?? named[0], whole) : undefined;
  if (whole && share)
    b.d.bullets.push([
      `${label}总额 `,
      b.fact(whole, label),
      `，${names}占 `,
      b.computed(share, `${names}占${label}比重`, [...named, whole]),
      "。",
    ]);
  return b;
}

/**
 * A part of a project's split read loosely beside its project ("各季度用款计划" read as
 * "第一季度用款计划"): the project is asked, and its op picks the parts the words name. A part the
 * question names in full stays ("某专项里某部分占多少"), and stands for its project when only its
 * figure is asked. Adding the project's parts is its split.
 */
export function withoutLooseParts(k: Knowledge, plan: QueryPlan, scopes: Scope[]): QueryPlan {
  // "其中<部分>多少？→ 占比多少": a part carried from the turn before is the part the share is of.
  if (scopes.length !== 1 || (plan.followUp && plan.operation === "share")) return plan;
  const projects = plan.metrics.flatMap((m) => (m.type === "project" ? [m.name] : []));
  const asked = matchKey(plan.question);
  const partOf = (name: string) =>
    projects.find((p) => p !== name && statedParts(k, scopes[0], p).some((f) => f.row === name));
  const parts = projects.filter((name) => partOf(name));
  const loose = new Set(parts.filter((name) => !asked.includes(matchKey(name))));
  // A part named in full beside its project ("某工程第二季度用款计划多少"): the part is the figure.
  if (plan.operation === "value") for (const name of parts) if (!loose.has(name)) loose.add(partOf(name)!);
  if (!loose.size) return plan;
  const metrics = plan.metrics.filter((m) => m.type !== "project" || !loose.has(m.name));
  return {
    ...plan,
    metrics,
    operation: plan.operation === "sum" && metrics.length === 1 ? "value" : plan.operation,
    readings: plan.readings.filter((r) => ![...loose].some((name) => r.includes(name))),
  };
}
