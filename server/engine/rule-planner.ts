import { METRIC_BY_KEY, METRICS } from "../../ingest/domain/metrics.js";
import { segment } from "../../ingest/index/tokenize.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import type { Knowledge } from "./knowledge.js";
import { normalizeQuestion } from "./normalize-question.js";
import type { ChatMessage, MetricRef, Operation, QueryPlan } from "./plan-schema.js";
import { detectOperation, findBasis, findYears, TEXT_QUESTION } from "./question-cues.js";

const ALL_UNITS =
  /(各|所有|全部|每个|哪个|哪家|哪一个|三个|三家|几个|几家|两个|两家)(单位|部门)|各单位|三家|几家|谁(的|最)/;
const UNKNOWN_UNIT =
  /(?:[\u4e00-\u9fa5]{2,6}?[省市区县])(?:人民政府)?[\u4e00-\u9fa5]{1,10}?(?:局|委员会|委|办公室|办|联络处|办事处|中心|厅|院|馆|所|队|站|学校|医院)|[\u4e00-\u9fa5]{2,10}?(?:局|委员会|厅|联络处|办事处|中心|研究院|档案馆|医院|学校)/g;
/** "基本支出明细表", "三公经费支出决算表": table names, not the figures asked about. */
const TABLE_NAME = /[\u4e00-\u9fa5“”"]{2,24}?(?:决算|预算|明细|数据|自评)表|公开\s*\d+\s*表|表\s*\d+/g;
const BOTH = /两者|二者|两个|两家|两项|这两|它们|两单位/;

export interface Context {
  units: string[];
  previousUnits: string[];
  years: number[];
  metrics: MetricRef[];
  previousMetrics: MetricRef[];
  operation: Operation;
  basis?: QueryPlan["basis"];
  kind?: QueryPlan["kind"];
}

/**
 * A place name glued to an alias: jieba reads "芦淞区委办公室" as 芦淞区|委|办公室 and
 * "湘潭市人民政府办公室" as 湘潭市|人民政府|办公室; "帮我查下区委办" has no such token.
 */
function placeAt(tokens: { word: string; from: number; to: number }[], at: number): string | undefined {
  const t = tokens.find(
    (x) =>
      x.word.length >= 3 && /[省市区县]$/.test(x.word) && x.from < at + 1 && x.to >= at && x.to <= at + 1,
  );
  return t?.word;
}

/** Find units by full name or alias, longest first; a span matched once is not matched again. */
function findUnits(
  k: Knowledge,
  q: string,
): { units: string[]; ambiguous?: { key: string; units: string[] }; rest: string } {
  // Aliases are plain names (no brackets or spaces), so they match the normalised question as is.
  let rest = q.toLowerCase();
  const units: string[] = [];
  let ambiguous: { key: string; units: string[] } | undefined;
  const foreign: [number, number][] = [];
  const positions = new Map<string, number>();
  let offset = 0;
  const tokens = segment(rest).map((word) => {
    const token = { word, from: offset, to: offset + word.length };
    offset += word.length;
    return token;
  });
  for (const a of k.aliases) {
    const at = rest.indexOf(a.key);
    if (at < 0 || foreign.some(([x, y]) => at < y && x < at + a.key.length)) continue;
    // "湘潭市人民政府办公室", "芦淞区委办公室": another place in front of the alias is another unit.
    const place = placeAt(tokens, at);
    if (place && a.units.every((u) => !u.includes(place))) {
      foreign.push([at - place.length, at + a.key.length]);
      continue;
    }
    rest = rest.slice(0, at) + "□".repeat(a.key.length) + rest.slice(at + a.key.length);
    if (a.units.length === 1) {
      if (!units.includes(a.units[0])) units.push(a.units[0]);
      positions.set(a.units[0], Math.min(at, positions.get(a.units[0]) ?? at));
    } else ambiguous ??= a;
  }
  // Units in the order the question names them ("驻京办和区委办相差多少": 驻京办 first).
  units.sort((x, y) => (positions.get(x) ?? 0) - (positions.get(y) ?? 0));
  return { units, ambiguous, rest };
}

interface Hit {
  ref: MetricRef;
  at: number;
  /** Characters covered in the question. */
  len: number;
  /** Rank among overlapping hits: longer wins, bonuses break ties. */
  score: number;
}

function addAll(hits: Hit[], q: string, needle: string, ref: MetricRef, bonus = 0): void {
  if (!needle) return;
  let at = q.indexOf(needle);
  while (at >= 0) {
    hits.push({ ref, at, len: needle.length, score: needle.length + bonus });
    at = q.indexOf(needle, at + 1);
  }
}

/** Named rows people ask about by name: projects, attachment rows ("市长热线专项"). */
function shortName(name: string): string {
  return name.replace(/(专项资金|专项经费|工作经费专项|专项|资金|项目|经费)+$/g, "");
}

/** Lexicon metrics, subject codes and names, projects; longest match wins, in question order. */
function findMetrics(
  k: Knowledge,
  q: string,
  units: string[],
): { refs: MetricRef[]; spans: [number, number][] } {
  const hits: Hit[] = [];
  for (const m of METRICS) {
    const ref: MetricRef = { type: "metric", key: m.key };
    for (const re of [m.pattern, ...(m.ask ? [m.ask] : [])]) {
      for (const x of q.matchAll(new RegExp(re.source, "g")))
        hits.push({ ref, at: x.index ?? 0, len: x[0].length, score: x[0].length });
    }
    for (const s of [m.key, ...m.synonyms]) addAll(hits, q, s, ref);
  }
  for (const x of q.matchAll(/(?<!\d)(\d{3}|\d{5}|\d{7})(?!\d)/g)) {
    const s = k.subjects.find((y) => y.code === x[1]);
    // A code names its row exactly: it outranks the row's name written after it.
    if (s)
      hits.push({
        ref: { type: "subject", code: s.code, name: s.name },
        at: x.index ?? 0,
        len: x[1].length,
        score: x[1].length + s.name.length + 1,
      });
  }
  const key = matchKey(q);
  for (const s of k.subjects) {
    const name = matchKey(s.name);
    if (name.length < 2) continue;
    addAll(hits, key, name, { type: "subject", code: s.code, name: s.name }, -0.1);
    // "职业年金缴费支出" names 机关事业单位职业年金缴费支出: a long name's tail is enough.
    for (let len = name.length - 1; len >= 6; len--)
      addAll(hits, key, name.slice(-len), { type: "subject", code: s.code, name: s.name }, -0.2);
  }
  for (const p of k.projects) {
    const short = shortName(p);
    addAll(hits, q, p, { type: "project", name: p }, 0.2);
    if (short.length >= 3 && short !== p) addAll(hits, q, short, { type: "project", name: p }, 0.1);
  }
  // "PPP项目支出": 项目支出 qualified by a name the index does not know is some other project.
  for (const h of hits)
    if (h.ref.type === "metric" && h.ref.key === "项目支出" && /[A-Za-z0-9]$/.test(q.slice(0, h.at)))
      h.score = -1;
  hits.sort((a, b) => b.score - a.score || a.at - b.at);
  const taken: Hit[] = [];
  for (const h of hits) {
    if (h.score < 0) continue;
    const end = h.at + h.len;
    if (taken.some((t) => h.at < t.at + t.len && t.at < end)) continue;
    taken.push(h);
  }
  taken.sort((a, b) => a.at - b.at);
  // "30217公务接待费": the name after a code is the code's own row, not a second figure.
  for (let i = taken.length - 1; i > 0; i--) {
    const [prev, cur] = [taken[i - 1], taken[i]];
    if (
      prev.ref.type === "subject" &&
      prev.ref.code &&
      cur.at - (prev.at + prev.len) <= 1 &&
      prev.ref.name &&
      q.slice(cur.at, cur.at + cur.len).length >= 2 &&
      prev.ref.name.includes(q.slice(cur.at, cur.at + cur.len))
    )
      taken.splice(i, 1);
  }
  // One name, several codes (行政运行 under 20102 and 20103): each of the unit's rows is meant.
  const expanded = taken.flatMap((h) => {
    if (h.ref.type !== "subject" || !h.ref.name || /\d/.test(q.slice(h.at, h.at + 3))) return [h];
    const name = h.ref.name;
    const rows = k.subjects.filter(
      (s) => s.name === name && (!units.length || s.units.some((u) => units.includes(u))),
    );
    return rows.length
      ? rows.map((s) => ({ ...h, ref: { type: "subject" as const, code: s.code, name: s.name } }))
      : [h];
  });
  const refs: MetricRef[] = [];
  for (const h of expanded)
    if (!refs.some((r) => JSON.stringify(r) === JSON.stringify(h.ref))) refs.push(h.ref);
  // "一般公共预算财政拨款支出中专项业务": the figure before 中/里 only says where to look.
  const containers = new Set<string>();
  for (let i = 0; i + 1 < taken.length; i++) {
    const between = q.slice(taken[i].at + taken[i].len, taken[i + 1].at);
    if (/^的?(中|里|里面|当中|其中)的?$/.test(between) && !/占|比重|比例/.test(q))
      containers.add(JSON.stringify(taken[i].ref));
  }
  // "政府采购货物、工程、服务": the listed siblings of a part.
  for (const r of [...refs]) {
    if (r.type !== "metric") continue;
    const parent = METRICS.find((m) => m.parts?.includes(r.key));
    for (const sibling of parent?.parts ?? []) {
      let i = 0;
      while (i < sibling.length && sibling[i] === parent!.key[i]) i++;
      const word = sibling.slice(i, i + 2);
      if (
        word.length === 2 &&
        new RegExp(`[、和及与]${word}`).test(q) &&
        !refs.some((x) => x.type === "metric" && x.key === sibling)
      )
        refs.push({ type: "metric", key: sibling });
    }
  }
  return {
    refs: refs.filter((r) => !containers.has(JSON.stringify(r))),
    spans: taken.map((h) => [h.at, h.at + h.len]),
  };
}

/** "其中服务类呢？" after 政府采购: a part of the previous metric named by its distinctive word. */
function partFromContext(q: string, ctx: Context | undefined): MetricRef[] {
  for (const prev of ctx?.metrics ?? []) {
    if (prev.type !== "metric") continue;
    for (const part of METRIC_BY_KEY.get(prev.key)?.parts ?? []) {
      let i = 0;
      while (i < part.length && part[i] === prev.key[i]) i++;
      const word = part
        .slice(i)
        .replace(/(支出|费用|费)$/, "")
        .slice(0, 2);
      if (word.length === 2 && q.includes(word)) return [{ type: "metric", key: part }];
    }
  }
  return [];
}

/** Plan one user message given the context of earlier turns. */
export function planMessage(k: Knowledge, question: string, ctx?: Context): QueryPlan {
  const q = normalizeQuestion(question);
  const found = findUnits(k, q);
  // Table names ("基本支出明细表") are not the figures asked about; units are masked out already.
  found.rest = found.rest.replace(TABLE_NAME, (m) => "，".repeat(m.length));
  let units = found.units;
  if (!units.length && BOTH.test(q) && ctx?.previousUnits.length)
    units = [...new Set([...ctx.previousUnits, ...ctx.units])];
  if (!units.length && ALL_UNITS.test(q)) units = k.publishingUnits;
  const unknownUnits =
    units.length || found.ambiguous
      ? []
      : [...new Set([...found.rest.matchAll(UNKNOWN_UNIT)].map((m) => m[0]).filter((u) => !/□/.test(u)))];
  // Unit spans become a neutral mark: neither words nor list punctuation for the metric matchers.
  const rest = found.rest.replace(/□+/g, (m) => "｜".repeat(m.length));
  const { refs, spans } = findMetrics(k, rest, units.length ? units : (ctx?.units ?? []));
  let metricsHere = refs.length ? refs : partFromContext(q, ctx);
  if (!refs.length && BOTH.test(q) && ctx?.previousMetrics.length)
    metricsHere = [...ctx.previousMetrics, ...ctx.metrics];
  const followUp = !!ctx && (!units.length || !refs.length) && !unknownUnits.length;
  if (!units.length && followUp && ctx) units = ctx.units;
  const yearsFound = findYears(q, k, units);
  const metrics = metricsHere.length ? metricsHere : followUp && ctx ? ctx.metrics : [];
  const masked = [...q].map((ch, i) => (spans.some(([a, b]) => i >= a && i < b) ? "〇" : ch)).join("");
  const countQuestion = /几个|几辆|多少辆|多少人|几人|人次|批次|团组|来宾|多少次|几次/.test(q);
  const isText =
    TEXT_QUESTION.test(q) && !metrics.some((m) => m.type === "metric" && METRIC_BY_KEY.get(m.key)?.measure);
  let operation = isText ? "text_lookup" : detectOperation(masked, units.length, metrics, yearsFound.trend);
  if (!operation) {
    const inherit = followUp && ctx && /呢|那|再|也/.test(q) && ctx.operation !== "text_lookup";
    operation = inherit ? ctx.operation : metrics.length ? "value" : "text_lookup";
  }
  if (operation === "sum" && units.length <= 1 && metrics.length <= 1) operation = "value";
  // Council questions ("哪个最高", "近两年变化", "合计") without a unit are about every unit.
  if (
    !units.length &&
    !unknownUnits.length &&
    !found.ambiguous &&
    ["rank", "trend", "sum", "difference"].includes(operation)
  )
    units = k.publishingUnits;
  const basis = findBasis(q);
  const years = yearsFound.years.length ? yearsFound.years : followUp && ctx?.years.length ? ctx.years : [];
  const clarify =
    found.ambiguous && !units.length
      ? `“${found.ambiguous.key}”可能指：${found.ambiguous.units.join("、")}。请问您指的是哪一个？`
      : undefined;
  return {
    units,
    unknownUnits,
    years,
    yearSource: yearsFound.years.length ? yearsFound.source : years.length ? "history" : "latest",
    kind: basis.kind ?? (followUp ? ctx?.kind : undefined),
    basis: basis.basis ?? (followUp && !/决算|实际/.test(q) ? ctx?.basis : undefined),
    metrics,
    operation,
    counts: countQuestion,
    question: q,
    textQuery: rest.replace(/[，｜]+/g, " ").trim() || q,
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
      const units = plan.units.length ? plan.units : (ctx?.units ?? []);
      const metrics = plan.metrics.length ? plan.metrics : (ctx?.metrics ?? []);
      ctx = {
        units,
        previousUnits:
          ctx && JSON.stringify(ctx.units) !== JSON.stringify(units) ? ctx.units : (ctx?.previousUnits ?? []),
        years: plan.years.length ? plan.years : (ctx?.years ?? []),
        metrics,
        previousMetrics:
          ctx && JSON.stringify(ctx.metrics) !== JSON.stringify(metrics)
            ? ctx.metrics
            : (ctx?.previousMetrics ?? []),
        operation: plan.operation,
        basis: plan.basis,
        kind: plan.kind,
      };
    }
  }
  if (!plan) throw new Error("no user message");
  return plan;
}
