import { METRICS } from "../../ingest/domain/metrics.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import type { Knowledge } from "./knowledge.js";
import { normalizeQuestion } from "./normalize-question.js";
import type { ChatMessage, MetricRef, Operation, QueryPlan } from "./plan-schema.js";

const ALL_UNITS = /(各|所有|全部|每个|哪个|哪家|哪一个|三个|几个|两个)(单位|部门)|各单位|谁(的|最)/;
const UNKNOWN_UNIT =
  /(?:[\u4e00-\u9fa5]{2,6}?[省市区县])(?:人民政府)?[\u4e00-\u9fa5]{1,10}?(?:局|委员会|委|办公室|办|联络处|办事处|中心|厅|院|馆|所|队|站|学校|医院)|[\u4e00-\u9fa5]{2,10}?(?:局|委员会|厅|联络处|办事处|中心|研究院|档案馆|医院|学校)/g;
const TEXT_QUESTION = /职责|职能|机构设置|内设机构|科室|负责什么|干什么|做什么|主要工作|绩效|自评|评价|得分|名词解释|什么是|是什么意思|含义|指什么|单位构成|下属单位|所属单位|包括哪些单位|为什么没有|怎么公开|在哪公开/;

interface Context {
  units: string[];
  years: number[];
  metrics: MetricRef[];
  operation: Operation;
  basis?: QueryPlan["basis"];
  kind?: QueryPlan["kind"];
}

/** Find units by full name or alias, longest first; a span matched once is not matched again. */
function findUnits(k: Knowledge, q: string): { units: string[]; ambiguous?: { alias: string; units: string[] }; rest: string } {
  // Aliases are plain names (no brackets or spaces), so they match the normalised question as is.
  let rest = q.toLowerCase();
  const units: string[] = [];
  let ambiguous: { alias: string; units: string[] } | undefined;
  for (const a of k.aliases) {
    const at = rest.indexOf(a.key);
    if (at < 0) continue;
    rest = rest.slice(0, at) + "□".repeat(a.key.length) + rest.slice(at + a.key.length);
    if (a.units.length === 1) {
      if (!units.includes(a.units[0])) units.push(a.units[0]);
    } else ambiguous ??= a;
  }
  return { units, ambiguous, rest };
}

function findYears(q: string, k: Knowledge, units: string[]): { years: number[]; source: QueryPlan["yearSource"]; trend: boolean } {
  const explicit = [...q.matchAll(/(?<!\d)(20\d{2})(?!\d)/g)].map((m) => Number(m[1]));
  const short = [...q.matchAll(/(?<!\d)(\d{2})年/g)].map((m) => 2000 + Number(m[1]));
  const years = [...new Set([...explicit, ...short])].sort();
  const trend = /近(两|二|三|四|五|[2-5])年|历年|这几年|逐年|趋势|变化情况|两年/.test(q);
  if (years.length) return { years, source: "explicit", trend };
  const latest = Math.max(0, ...units.map((u) => k.latestYear(u) ?? 0));
  if (/(去年|上年|上一年|前一年)(?!相比|比|同期)/.test(q) && !/比(去年|上年)|较(去年|上年)|与(去年|上年)/.test(q) && latest) {
    return { years: [latest - 1], source: "relative", trend };
  }
  return { years: [], source: "latest", trend };
}

interface Hit {
  ref: MetricRef;
  at: number;
  len: number;
}

/** Lexicon metrics (patterns and synonyms), subject codes and names, projects; in question order. */
function findMetrics(k: Knowledge, q: string, units: string[]): MetricRef[] {
  const hits: Hit[] = [];
  for (const m of METRICS) {
    const re = new RegExp(m.pattern.source, "g");
    for (const x of q.matchAll(re)) hits.push({ ref: { type: "metric", key: m.key }, at: x.index ?? 0, len: x[0].length });
    for (const s of [m.key, ...m.synonyms]) {
      let at = q.indexOf(s);
      while (at >= 0) {
        hits.push({ ref: { type: "metric", key: m.key }, at, len: s.length });
        at = q.indexOf(s, at + 1);
      }
    }
  }
  for (const x of q.matchAll(/(?<!\d)(\d{3}|\d{5}|\d{7})(?!\d)/g)) {
    if (k.subjects.some((s) => s.code === x[1])) hits.push({ ref: { type: "subject", code: x[1] }, at: x.index ?? 0, len: x[1].length + 0.5 });
  }
  const key = matchKey(q);
  for (const s of k.subjects) {
    if (s.name.length < 2) continue;
    const at = key.indexOf(matchKey(s.name));
    if (at >= 0) hits.push({ ref: { type: "subject", code: s.code, name: s.name }, at, len: s.name.length - 0.1 });
  }
  for (const p of k.projects) {
    const at = q.indexOf(p);
    if (at >= 0 && p.length >= 3) hits.push({ ref: { type: "project", name: p }, at, len: p.length + 0.2 });
  }
  // Longest match wins where matches overlap; a code right after a name is the same subject.
  hits.sort((a, b) => b.len - a.len || a.at - b.at);
  const taken: Hit[] = [];
  for (const h of hits) {
    if (taken.some((t) => h.at < t.at + Math.ceil(t.len) && t.at < h.at + Math.ceil(h.len))) continue;
    taken.push(h);
  }
  taken.sort((a, b) => a.at - b.at);
  const out: MetricRef[] = [];
  // One name, several codes (行政运行 under 20102 and 20103): every one of them is meant.
  const expanded = taken.flatMap((h) =>
    h.ref.type === "subject" && h.ref.name
      ? k.subjects
          .filter((s) => s.name === (h.ref as { name: string }).name && (!units.length || s.units.some((u) => units.includes(u))))
          .map((s) => ({ ...h, ref: { type: "subject" as const, code: s.code, name: s.name } }))
      : [h],
  );
  for (const h of expanded) {
    const dup = out.some((r) => JSON.stringify(r) === JSON.stringify(h.ref) || (r.type === "subject" && h.ref.type === "subject" && r.code && r.code === h.ref.code));
    if (!dup) out.push(h.ref);
  }
  return out;
}

function findOperation(q: string, unitCount: number, metrics: MetricRef[], trend: boolean): Operation | undefined {
  if (/起草|拟写|草拟|写一段|写个|撰写|为什么|为何|原因|怎么回事|说明一下.*(差异|偏差)|解释/.test(q)) return "explain_variance";
  if (/排名|排序|排行|最高|最低|最多|最少|最大|最小|第一/.test(q) && unitCount !== 1) return "rank";
  if (/合计|总共|加起来|一共|总和|合起来|相加|之和/.test(q) && (unitCount > 1 || metrics.length > 1)) return "sum";
  if (/(比较|对比|相比|相差|差多少|差距|哪个多|谁多|谁高|高多少|多多少|少多少|差额)/.test(q) && (unitCount > 1 || metrics.length > 1) && !/上年|去年/.test(q)) {
    return "difference";
  }
  if (trend) return "trend";
  if (/上年|去年|同比|增长|增加了|减少了|下降|增减|变化|变动|多了|少了/.test(q)) return "yoy";
  if (/占比|比重|占.{0,12}(多少|百分之|比例|几成)|百分比|所占/.test(q)) return "share";
  if (/完成率|执行率|完成了?多少|完成情况|执行情况|超支|结余|节约|预算.{0,8}(决算|实际|执行)|(决算|实际).{0,8}预算|预决算/.test(q)) return "compare_budget_actual";
  if (/构成|组成|明细|分别|各项|哪些|结构|包括什么|怎么分|分项|细分|都花在/.test(q)) return "breakdown";
  return undefined;
}

function findBasis(q: string): { basis?: QueryPlan["basis"]; kind?: QueryPlan["kind"] } {
  if (/年初预算|部门预算|预算安排|年初安排/.test(q)) return { basis: "年初预算", kind: /部门预算/.test(q) ? "预算" : undefined };
  if (/全年预算|调整后预算|调整预算/.test(q)) return { basis: "全年预算" };
  if (/预算/.test(q) && !/决算|实际|执行|完成/.test(q)) return { basis: "预算" };
  if (/决算/.test(q)) return { basis: "决算", kind: "决算" };
  return {};
}

/** Plan one user message given the context of earlier turns. */
export function planMessage(k: Knowledge, question: string, ctx?: Context): QueryPlan {
  const q = normalizeQuestion(question);
  const found = findUnits(k, q);
  let units = found.units;
  if (!units.length && ALL_UNITS.test(q)) units = k.publishingUnits;
  const unknownUnits = units.length || found.ambiguous ? [] : [...new Set([...found.rest.matchAll(UNKNOWN_UNIT)].map((m) => m[0]).filter((u) => !/□/.test(u)))];
  const metricsHere = findMetrics(k, found.rest.replace(/□+/g, "，"), units.length ? units : (ctx?.units ?? []));
  const followUp = !!ctx && (!units.length || !metricsHere.length) && !unknownUnits.length;
  if (!units.length && followUp && ctx) units = ctx.units;
  const yearsFound = findYears(q, k, units);
  const metrics = metricsHere.length ? metricsHere : followUp && ctx ? ctx.metrics : [];
  const isText = TEXT_QUESTION.test(q) && !metrics.some((m) => m.type === "metric" && METRICS.find((d) => d.key === m.key)?.measure);
  let operation = isText ? "text_lookup" : findOperation(q, units.length, metrics, yearsFound.trend);
  if (!operation) operation = followUp && ctx && /呢|那/.test(q) && ctx.operation !== "text_lookup" ? ctx.operation : metrics.length ? "value" : "text_lookup";
  if (operation === "sum" && units.length <= 1 && metrics.length <= 1) operation = "value";
  // Council questions ("哪个最高", "近两年变化", "合计") without a unit are about every unit.
  if (!units.length && !unknownUnits.length && !found.ambiguous && ["rank", "trend", "sum", "difference"].includes(operation)) units = k.publishingUnits;
  const basis = findBasis(q);
  const years = yearsFound.years.length ? yearsFound.years : followUp && ctx?.years.length ? ctx.years : [];
  const clarify =
    found.ambiguous && !units.length ? `“${found.ambiguous.alias}”可能指：${found.ambiguous.units.join("、")}。请问您指的是哪一个？` : undefined;
  return {
    units,
    unknownUnits,
    years,
    yearSource: yearsFound.years.length ? yearsFound.source : years.length ? "history" : "latest",
    kind: basis.kind ?? (followUp ? ctx?.kind : undefined),
    basis: basis.basis ?? (followUp && !/决算|实际/.test(q) ? ctx?.basis : undefined),
    metrics,
    operation,
    textQuery: found.rest.replace(/□+/g, " ").trim() || q,
    followUp,
    ...(clarify ? { clarify } : {}),
    descending: !/最低|最少|最小/.test(q),
  };
}

/**
 * Plan the last user message of a conversation. Earlier user turns are re-planned in order to
 * rebuild the context a follow-up ("其中公务接待费呢？", "比上年呢？") leaves out; the server stays
 * stateless and the client sends the history.
 */
export function planConversation(k: Knowledge, messages: ChatMessage[]): QueryPlan {
  const users = messages.filter((m) => m.role === "user").map((m) => m.content);
  let ctx: Context | undefined;
  let plan: QueryPlan | undefined;
  for (const text of users.slice(-6)) {
    plan = planMessage(k, text, ctx);
    if (plan.units.length || plan.metrics.length) {
      ctx = {
        units: plan.units.length ? plan.units : (ctx?.units ?? []),
        years: plan.years.length ? plan.years : (ctx?.years ?? []),
        metrics: plan.metrics.length ? plan.metrics : (ctx?.metrics ?? []),
        operation: plan.operation,
        basis: plan.basis,
        kind: plan.kind,
      };
    }
  }
  if (!plan) throw new Error("no user message");
  return plan;
}
