// The empty state (what the index covers, example questions for three kinds of reader) and the
// follow-up questions under each answer, both built from GET /api/documents and the answer's plan.
import { button, el } from "./dom.js";
import { coverage } from "./catalog.js";

/** Units with final accounts first (they answer 三公, vehicles and variance questions), by full name. */
function exampleUnits(catalog) {
  const finals = catalog.documents.filter((d) => d.kind === "决算").map((d) => d.unit);
  const all = [...new Set([...finals, ...catalog.documents.map((d) => d.unit)])];
  return all;
}

/** Example questions per kind of reader; the wording is the readers', the names the index's. */
export function examples(catalog) {
  const [a, b = a] = exampleUnits(catalog);
  if (!a) return [];
  return [
    { who: "公众", questions: [`${a}三公经费是多少`, `${a}有几辆公车`] },
    { who: "人大代表", questions: ["哪个单位三公经费最高", `${b}近两年三公经费变化`] },
    { who: "财务人员", questions: [`起草一段说明：${a}三公经费决算与预算差异的原因`, `${b}支出构成`] },
  ];
}

function chips(questions, onAsk) {
  return el(
    "div",
    { className: "chips" },
    ...questions.map((q) => button(q, () => onAsk(q), { className: "chip" })),
  );
}

/** The empty state of a new conversation. */
export function emptyState(catalog, onAsk) {
  const covered = coverage(catalog);
  return el(
    "div",
    { className: "empty" },
    el("h2", {}, "问问公开的部门预算和决算"),
    el(
      "p",
      { className: "meta" },
      `已收录 ${covered.length} 个单位的 ${catalog.documents.length} 份文件，数字均取自原文并标明出处：`,
    ),
    el(
      "ul",
      { className: "coverage" },
      ...covered.map((c) => el("li", {}, el("strong", {}, c.unit), `：${c.docs.join("、")}`)),
    ),
    ...examples(catalog).map((g) =>
      el(
        "section",
        { className: "persona", "aria-label": `${g.who}常问` },
        el("h3", {}, g.who),
        chips(g.questions, onAsk),
      ),
    ),
  );
}

/** The metric of a plan as people say it ("三公经费"), if it is a named one. */
function metricOf(plan) {
  const m = plan?.metrics?.[0];
  const name = m?.key ?? m?.name;
  return typeof name === "string" && !/^\d+$/.test(name) ? name.replace(/[“”"]/g, "") : undefined;
}

/** Up to three questions that follow from an answer's kind, unit and metric. */
export function followUps(result, catalog, asked) {
  const plan = result?.plan;
  const metric = metricOf(plan);
  if (!plan || !metric || result.status !== "answered") return [];
  const top = result.chart?.points?.[0]?.label;
  const units =
    plan.operation === "rank" && top && catalog?.units.some((u) => u.name === top)
      ? [top]
      : (plan.units ?? []);
  const u = units.length === 1 ? units[0] : undefined;
  const byKind = {
    value: u && [
      `${u}近两年${metric}变化`,
      `哪个单位${metric}最高`,
      `起草一段说明：${u}${metric}决算与预算差异的原因`,
    ],
    breakdown: u && [`${u}近两年${metric}变化`, `哪个单位${metric}最高`],
    rank: u && [`${u}${metric}是多少`, `${u}近两年${metric}变化`],
    trend: u && [`${u}${metric}是多少`, `哪个单位${metric}最高`],
    yoy: u && [`${u}${metric}是多少`, `哪个单位${metric}最高`],
    compare_budget_actual: u && [
      `起草一段说明：${u}${metric}决算与预算差异的原因`,
      `${u}近两年${metric}变化`,
    ],
    explain_variance: u && [`${u}近两年${metric}变化`, `哪个单位${metric}最高`],
  };
  const normalise = (q) => q.replace(/[？?。\s]/g, "");
  return (byKind[plan.operation] || []).filter((q) => normalise(q) !== normalise(asked ?? "")).slice(0, 3);
}

export function followUpChips(questions, onAsk) {
  if (!questions.length) return "";
  return el(
    "nav",
    { className: "follow-ups", "aria-label": "接着问" },
    el("span", { className: "meta" }, "接着问："),
    chips(questions, onAsk),
  );
}
