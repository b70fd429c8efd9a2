import { Decimal } from "decimal.js";
import { findMetricMentions, METRIC_BY_KEY, type MetricMention } from "../domain/metrics.js";
import { toCanonicalAmount } from "../text/amount-unit.js";
import type { Basis, Fact } from "../schema.js";
import type { Paragraph } from "./parse-sections.js";
import type { DocContext } from "./table-facts.js";

/** Amounts may carry thousands separators ("1,268.40万元"); a separator is always followed by three digits. */
const NUMBER =
  /(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)\s*(万元|亿元|元|%|辆|人次|人|批次|个|台（套）|项|次)/g;
const SUBJECT_LINE = /^(?:\d+[、.．])?(.+?)[（(]类[)）](.+?)[（(]款[)）](.+?)[（(]项[)）]/;
const REASON = /(?:的)?主要(?:原因|是因为)(?:是|为)?[:：]?([^。]+)/;

interface Subject {
  metric?: string;
  row: string;
  rowPath?: string[];
  project?: boolean;
}

interface Role {
  column: string;
  basis?: Basis;
  sign?: 1 | -1;
  yoy?: boolean;
}

/**
 * Figures stated in sentences: budget and actual, completion rates, change on last year,
 * shares, counts, each tied to the metric the sentence is about and to the stated reason.
 */
export function narrativeFacts(paragraphs: Paragraph[], doc: DocContext): Fact[] {
  const facts: Fact[] = [];
  paragraphs.forEach((p, pi) => {
    const sectionSubject = subjectOfSection(p.section);
    const paragraphFacts: Fact[] = [];
    let offset = 0;
    let carry: Subject | undefined;
    for (const sentence of splitSentences(p.text)) {
      const made = sentenceFacts(sentence, carry ?? sectionSubject, doc, p, `${doc.docId}:p${pi}:${offset}`);
      const last = subjectMentions(sentence).pop();
      if (last) carry = { metric: last.key, row: last.key };
      offset += sentence.length;
      paragraphFacts.push(...made);
      attachReason(sentence, made, paragraphFacts);
    }
    facts.push(
      ...paragraphFacts,
      ...projectFacts(p, doc, `${doc.docId}:p${pi}`, paragraphFacts),
      ...vehicleKinds(p, doc, `${doc.docId}:p${pi}`),
    );
  });
  return facts;
}

/** "其中，机要通信用车15辆、应急保障用车1辆": vehicles by kind, after a vehicle total. */
function vehicleKinds(p: Paragraph, doc: DocContext, idBase: string): Fact[] {
  if (!/(共有|保有量)/.test(p.text) || !/车辆|公务用车/.test(p.text)) return [];
  const out: Fact[] = [];
  for (const m of p.text.matchAll(/([\u4e00-\u9fa5（）()]{2,16}?用车)\s*(\d+)\s*辆/g)) {
    const kind = m[1].replace(/^(其中|主要是|包括|以及|及)/, "");
    if (/^(公务用车|共有|开支)/.test(kind)) continue;
    out.push({
      id: `${idBase}:car${m.index ?? 0}`,
      docId: doc.docId,
      unit: doc.unit,
      year: doc.year,
      kind: doc.kind,
      metric: "车辆数",
      row: "车辆数",
      column: `数量（${kind}）`,
      value: new Decimal(m[2]).toFixed(),
      measure: "辆",
      source: { section: p.section, lines: p.lines, excerpt: m[0] },
    });
  }
  return out;
}

/** "政府办运转经费项目1257.28万元", "驻京工作经费项目217万": named projects and their amounts. */
function projectFacts(p: Paragraph, doc: DocContext, idBase: string, existing: Fact[]): Fact[] {
  const out: Fact[] = [];
  const re =
    /(?:^|[：:；;，,。])\s*([\u4e00-\u9fa5“”"]{2,24}?)(?:专项)?项目(?:专项)?(?:项目)?(?:支出)?\s*(\d+(?:\.\d+)?)\s*万元?/g;
  for (const m of p.text.matchAll(re)) {
    const name = m[1].replace(/[“”"]/g, "").replace(/^(其中|主要包括|包括)/, "");
    if (name.length < 2 || /^(年初预算|年中追加|项目)/.test(name) || existing.some((f) => f.row === name))
      continue;
    const budget = doc.kind === "预算";
    out.push({
      id: `${idBase}:proj${m.index ?? 0}`,
      docId: doc.docId,
      unit: doc.unit,
      year: doc.year,
      kind: doc.kind,
      row: name,
      rowPath: ["项目", name],
      column: budget ? "年初预算数" : "决算数",
      value: new Decimal(m[2]).toFixed(),
      measure: "万元",
      basis: budget ? "年初预算" : "决算",
      source: { section: p.section, lines: p.lines, excerpt: m[0].replace(/^[：:；;，,。]\s*/, "") },
    });
  }
  return out;
}

function splitSentences(text: string): string[] {
  return text.match(/[^。！？]+[。！？]?/g) ?? [];
}

/** "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）" names the subject of its body. */
function subjectOfSection(path: string[]): Subject | undefined {
  const title = path[path.length - 1] ?? "";
  const m = SUBJECT_LINE.exec(title);
  if (m) return { row: m[3], rowPath: [m[1], m[2], m[3]] };
  // "（1）政府门户网站专项资金项目": its "项目支出 48.89 万元" is that project's, not the department's.
  const project = /^(?:[（(]\d+[)）]|\d+[、.．])?\s*[“"]?(.+?)[”"]?(?:专项)?项目$/.exec(title);
  if (project && !/项目支出/.test(title)) {
    const name = balanceQuotes(project[1]);
    return { row: name, rowPath: ["项目", name], project: true };
  }
  const mention = findMetricMentions(title)[0];
  return mention ? { metric: mention.key, row: mention.key } : undefined;
}

/** "三公一业”改造项目经费" → "“三公一业”改造项目经费". */
function balanceQuotes(name: string): string {
  const open = (name.match(/“/g) ?? []).length;
  const close = (name.match(/”/g) ?? []).length;
  return close > open ? `“${name}` : open > close ? `${name}”` : name;
}

/** Mentions inside "占基本支出的…" name the denominator, not the subject. */
function subjectMentions(sentence: string): MetricMention[] {
  const masked: [number, number][] = [];
  for (const m of sentence.matchAll(/占[^，,。；;%]*?(?:的|比重为?|比例为?)/g))
    masked.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  for (const m of sentence.matchAll(/比(?:年初)?预算数?|较(?:年初)?预算数?/g))
    masked.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  // Reasons and purposes mention other items ("原因是临时因公出国经费追加，与上年相比增加4.26万元").
  for (const m of sentence.matchAll(
    /(?:原因(?:是|为)?|是因为|主要用于|用于)[:：]?.*?(?=[，,]\s*(?:与上年|比上年|较上年|同比)|[。；;]|$)/g,
  ))
    masked.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const mentions = findMetricMentions(sentence).filter(
    (x) => !masked.some(([a, b]) => x.start >= a && x.start < b),
  );
  // "“三公”经费财政拨款支出", "公务接待费支出预算": a mention right after another qualifies it.
  return mentions.filter((m, i) => i === 0 || m.start - mentions[i - 1].end > 1);
}

function sentenceFacts(
  sentence: string,
  fallback: Subject | undefined,
  doc: DocContext,
  p: Paragraph,
  idBase: string,
): Fact[] {
  const mentions = subjectMentions(sentence);
  const out: Fact[] = [];
  const seen = new Set<string>();
  let prevEnd = 0;
  let prevRole: Role | undefined;
  let lastMention: MetricMention | undefined;
  let countsSinceMention = 0;
  let orphaned = false;
  const period = /截[止至]\s*(20\d{2})\s*年/.exec(sentence);
  for (const hit of sentence.matchAll(NUMBER)) {
    const at = hit.index ?? 0;
    const mention = [...mentions].reverse().find((m) => m.end <= at);
    if (mention !== lastMention) {
      prevRole = undefined;
      countsSinceMention = 0;
      orphaned = false;
    }
    lastMention = mention;
    let subject: Subject | undefined = mention ? { metric: mention.key, row: mention.key } : fallback;
    if (mention?.key === "项目支出" && fallback?.project) subject = fallback;
    if (!subject) continue;
    const windowStart = Math.max(prevEnd, mention && mention.end <= at ? mention.end : 0);
    const window = sentence.slice(windowStart, at);
    prevEnd = at + hit[0].length;
    const unit = hit[2];
    // An inherited subject does not take figures of another noun ("2024年支出840.70万元").
    if (
      !mention &&
      /支出|收入|经费|资金|费用/.test(window.replace(/支出(?:决算|预算)|年初预算|决算|预算/g, ""))
    )
      continue;
    // Numbers far from their subject with no linking words are something else (a sub-item, a
    // project's investment); so are amounts after counts ("接待16批次176人次，支出2.71万元").
    const linked = /预算|决算|完成|上年|增加|减少|增长|降低|下降|占|比/.test(window);
    const def0 = subject.metric ? METRIC_BY_KEY.get(subject.metric) : undefined;
    // Counts sit right after their noun ("编制数 138 人", "在职人员5人").
    const limit = def0?.measure ? 6 : mention ? 16 : /元$/.test(hit[2]) ? 12 : 16;
    if (window.length > limit && !linked) {
      orphaned = true;
      continue;
    }
    // A share or change after a skipped figure belongs to that figure ("…（类）支出4317.24万元，占78.68%").
    if (orphaned) continue;
    const isAmount = /元$/.test(unit);
    if (!isAmount && unit !== "%") countsSinceMention++;
    if (isAmount && countsSinceMention > 0) continue;
    if (isAmount && def0?.measure) continue;
    // 编制数/在职人数 are in 人, 车辆数 in 辆: "所属事业单位 5 个" is not a staff count.
    if (def0?.measure && unit !== "%" && unit !== def0.measure) continue;
    const role = roleOf(window, unit, doc.kind, prevRole);
    prevRole = role;
    if (!role) continue;
    const key = `${subject.row}|${role.column}|${unit}`;
    // The first figure per subject and role counts; later ones in the sentence are its sub-items.
    if (seen.has(key)) continue;
    seen.add(key);
    const value = new Decimal(hit[1].replace(/,/g, "")).times(role.sign ?? 1).toFixed();
    out.push({
      id: `${idBase}:${at}`,
      docId: doc.docId,
      unit: doc.unit,
      year: doc.year,
      kind: doc.kind,
      ...(subject.metric ? { metric: subject.metric } : {}),
      row: subject.row,
      ...(subject.rowPath ? { rowPath: subject.rowPath } : {}),
      column: role.column,
      ...toCanonicalAmount(value, unit),
      ...(role.basis ? { basis: role.basis } : {}),
      ...(period && Number(period[1]) !== doc.year ? { period: Number(period[1]) } : {}),
      source: { section: p.section, lines: p.lines, excerpt: sentence.trim() },
    });
  }
  return out;
}

function roleOf(
  window: string,
  unit: string,
  kind: DocContext["kind"],
  prev: Role | undefined,
): Role | undefined {
  const isAmount = /元$/.test(unit);
  if (unit === "%") {
    if (/完成(?:年初)?预算(?:数)?的?/.test(window))
      return { column: /年初/.test(window) ? "年初预算完成率" : "预算完成率" };
    if (/占/.test(window)) return { column: "占比" };
    if (/比(?:年初)?预算|较(?:年初)?预算/.test(window) && /(增|减|降|下降|上升)/.test(window))
      return { column: /年初/.test(window) ? "比年初预算增减率" : "比预算增减率", sign: signOf(window) };
    if (
      /(增长|增加|减少|降低|下降|上升)/.test(window) &&
      (prev?.yoy || /上年|同比|上一年|比20\d{2}年/.test(window))
    )
      return { column: "比上年增减率", sign: signOf(window), yoy: true };
    return undefined;
  }
  if (!isAmount) {
    const segment = window.split(/[，,、：:；;]/).pop() ?? "";
    // "2024年度共接待来访团组8个": the year says when, the noun is what was counted.
    const undated = segment.replace(/^20\d{2}\s*年度?/, "");
    const noun = (/[\u4e00-\u9fa5]{2}/.test(undated) ? undated : segment)
      .replace(/^(其中|共有|主要是|累计|全年|共)/, "")
      .replace(/(为|共|累计|计|有|达|约|合计|保有量为?)$/g, "")
      .slice(-10);
    return { column: noun && /[\u4e00-\u9fa5]/.test(noun) ? `数量（${noun}）` : "数量" };
  }
  if (/比(?:年初)?预算数?|较(?:年初)?预算数?/.test(window) && /(增加|减少|降低|下降|节约|超支)/.test(window))
    return { column: /年初/.test(window) ? "比年初预算增减额" : "比预算增减额", sign: signOf(window) };
  if (
    /(与上年相比|比上年|较上年|同比|比20\d{2}年|较20\d{2}年|上年决算数)/.test(window) ||
    (prev?.yoy && /(增加|减少|增长|降低)/.test(window))
  )
    return /(增加|减少|增长|降低|下降|上升)/.test(window)
      ? { column: "比上年增减额", sign: signOf(window), yoy: true }
      : undefined;
  if (/年初预算/.test(window)) return { column: "年初预算数", basis: "年初预算" };
  if (/调整后预算|全年预算/.test(window)) return { column: "全年预算数", basis: "全年预算" };
  if (/预算|安排/.test(window))
    return kind === "预算"
      ? { column: "年初预算数", basis: "年初预算" }
      : { column: "预算数", basis: "预算" };
  if (
    /决算|实际支出|执行数|支出|开支|共计|合计|总计/.test(window) ||
    window.replace(/[为是：:，,\s“”"]/g, "").length <= 2
  ) {
    if (kind === "预算")
      return /决算/.test(window)
        ? { column: "决算数", basis: "决算" }
        : { column: "年初预算数", basis: "年初预算" };
    return { column: "决算数", basis: "决算" };
  }
  return undefined;
}

function signOf(window: string): 1 | -1 {
  const last = [...window.matchAll(/(增加|增长|上升|超支|减少|降低|下降|节约)/g)].pop()?.[1] ?? "";
  return /减少|降低|下降|节约/.test(last) ? -1 : 1;
}

/**
 * "决算数小于预算数的主要原因是：…" explains the budget comparison; "…大于上年数…" the change
 * on last year; a plain "主要原因是" explains the sentence it closes.
 */
function attachReason(sentence: string, made: Fact[], paragraphFacts: Fact[]): void {
  for (const part of sentence.split(/(?=决算数[大小]于)/)) {
    const m = REASON.exec(part);
    if (!m) continue;
    // A reason ends where the sentence turns to another comparison ("，与上年相比增加4.26万元").
    const reason = m[1]
      .replace(/^[:：]/, "")
      .split(/[，,；;]\s*(?:与上年相比|比上年|较上年|同比|决算数[大小]于|完成)/)[0]
      .trim();
    const aboutYoy = /上年/.test(part.slice(0, m.index));
    const aboutBudget = /预算/.test(part.slice(0, m.index));
    const targets = made.length ? made : paragraphFacts;
    for (const f of targets) {
      if (f.reason) continue;
      const isYoy = f.column.startsWith("比上年");
      if ((aboutYoy && !isYoy) || (aboutBudget && isYoy && !aboutYoy)) continue;
      f.reason = reason;
    }
  }
}
