import { FUND_NAMES } from "../domain/fund-scopes.js";
import {
  findMetricMentions,
  INCOME_PREFIX,
  INCOME_SOURCES,
  METRIC_BY_KEY,
  type MetricMention,
} from "../domain/metrics.js";

/** What a sentence's figures are about: a lexicon metric, a functional subject or a project. */
export interface Subject {
  metric?: string;
  row: string;
  rowCode?: string;
  rowPath?: string[];
  project?: boolean;
}

/**
 * A metric named in a sentence; `foreign` when a qualifier makes it a part of another figure;
 * `subject` when it names a functional subject by its code instead ("土地开发支出（2120802）").
 */
export interface SubjectMention extends MetricMention {
  foreign?: boolean;
  subject?: Subject;
}

/**
 * "1、一般公共服务支出（类）财政事务（款）行政运行（项）", "1.“社会保障和就业支出（类）…（项）”",
 * "公共安全支出（204类）司法（06款）行政运行（01项）": a functional subject by its 类/款/项 names,
 * sometimes with the codes inside the brackets.
 */
const SUBJECT_LINE =
  /^(?:\d+\s*[、.．]\s*)?[“"]?([^。；;，,：:]+?)[（(](\d*)类[)）]([^。；;，,：:]+?)[（(](\d*)款[)）]([^。；;，,：:]+?)[（(](\d*)项[)）][”"]?/;
/**
 * A 类 named alone: "1.“一般公共服务支出”科目12,789万元", "社会保障和就业支出（类）。年初预算为…" (no 款
 * after it in the sentence).
 */
const CLASS_LINE =
  /^(?:\d+\s*[、.．]\s*)?(?:[“"]([^”"，。]+?)[”"]科目|[“"]?([^”"，。；;（()]+?)[”"]?[（(]\d*类[)）](?![^。；;]*?[（(]\d*款[)）])[。：:，,]?)/;

/**
 * A 项 named with its 款 only, or alone, its seven-digit code in brackets after it: "1. 教育管理事务（款）
 * 行政运行（项）（2050101）。年初预算为…", "2. 其他教育管理事务支出（项）（2050199）。…".
 */
const ITEM_LINE =
  /^(?:\d+\s*[、.．]\s*)?[“"]?(?:([^，。；;（()“”"]+?)[（(]\d*款[)）])?([^，。；;（()“”"]+?)[（(]\d*项[)）][”"]?(?:[（(](\d{7})[)）])?/;

function subjectOfItemLine(m: RegExpExecArray): Subject {
  const [, kuan, xiang, code] = m;
  return { row: xiang, rowPath: kuan ? [kuan, xiang] : [xiang], ...(code ? { rowCode: code } : {}) };
}

function subjectOfMatch(m: RegExpExecArray): Subject {
  const [, cls, clsCode, kuan, kuanCode, xiang, xiangCode] = m;
  const printed = /^\d{3}$/.test(clsCode) && /^\d{1,2}$/.test(kuanCode) && /^\d{1,2}$/.test(xiangCode);
  const code = printed ? `${clsCode}${kuanCode.padStart(2, "0")}${xiangCode.padStart(2, "0")}` : undefined;
  return { row: xiang, rowPath: [cls, kuan, xiang], ...(code ? { rowCode: code } : {}) };
}

/**
 * A paragraph that opens with a subject line is about that subject: its figures, in the first
 * sentence after the line and in the sentences that follow, are the subject's. `end` is where
 * the line stops in the text.
 */
export function subjectLineOf(text: string): { subject: Subject; end: number } | undefined {
  const m = SUBJECT_LINE.exec(text);
  if (m) return { subject: subjectOfMatch(m), end: m[0].length };
  const item = ITEM_LINE.exec(text);
  if (item) return { subject: subjectOfItemLine(item), end: item[0].length };
  const c = CLASS_LINE.exec(text);
  const name = c?.[1] ?? c?.[2];
  return c && name ? { subject: { row: name, rowPath: [name] }, end: c[0].length } : undefined;
}

/** A section titled with a subject line, a project or a lexicon metric names the subject of its body. */
export function subjectOfSection(path: string[]): Subject | undefined {
  const title = path[path.length - 1] ?? "";
  const m = SUBJECT_LINE.exec(title);
  if (m) return subjectOfMatch(m);
  // "（1）某信息化专项资金项目": its "项目支出 57.93 万元" is that project's, not the department's.
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

/**
 * The metrics a sentence is about, from `from` on (a subject line before it names its own
 * subject). Mentions inside "占基本支出的…" name the denominator, mentions in reasons and
 * purposes other items; a mention qualified by the words before it ("一般公共预算拨款支出预算")
 * is a part of another figure: `foreign`, so that its figures go to no one.
 */
export function subjectMentions(sentence: string, from = 0): SubjectMention[] {
  const masked: [number, number][] = [[0, from]];
  for (const m of sentence.matchAll(/占[^，,。；;%]*?(?:的|比重为?|比例为?)/g))
    masked.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  for (const m of sentence.matchAll(/比(?:年初)?预算数?|较(?:年初)?预算数?/g))
    masked.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  // Reasons and purposes mention other items ("原因是<另一项>经费追加，与上年相比增加3.15万元"); a
  // clause stating a score after them ("…主要用于<某>建设，…，项目自评得分<n>分") is no longer the purpose,
  // nor one counting something of its own ("主要用于<某>等，<某项><n>批次").
  for (const m of sentence.matchAll(
    /(?:原因(?:是|为)?|是因为|主要用于|用于)[:：]?.*?(?=[，,]\s*(?:与上年|比上年|较上年|同比|(?:该|本)?(?:项目)?(?:绩效)?自评得分|[\u4e00-\u9fa5]{1,12}\d+(?:批次|人次|次|个|辆|台|项))|[。；;]|$)/g,
  ))
    masked.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const mentions = [
    ...findMetricMentions(sentence),
    ...fundIncomeMentions(sentence),
    ...codedRowMentions(sentence),
  ]
    .filter((x) => !masked.some(([a, b]) => x.start >= a && x.start < b))
    .sort((a, b) => a.start - b.start);
  // "“三公”经费财政拨款支出", "公务接待费支出预算": a mention right after another qualifies it;
  // "基本支出中会议费支出…": one said inside another is the part, the figure's subject.
  const inside = (m: MetricMention, next?: MetricMention) =>
    !!next && /^(?:中|里|中的|里的)$/.test(sentence.slice(m.end, next.start));
  return mentions
    .filter((m, i) => !inside(m, mentions[i + 1]))
    .filter((m, i, kept) => i === 0 || m.start - kept[i - 1].end > 1)
    .map((m) => (isQualified(sentence, m) ? { ...m, foreign: true } : m));
}

/**
 * "其中：一般公共预算拨款收入比上年…增加…": one fund's income, which the narrative does not state
 * as a figure of its own (the tables do); its figures are no one's, not the income total's before it.
 */
const FUND_INCOME = new RegExp(`(?:${FUND_NAMES})(?:财政)?拨款收入`, "g");
/** "…；其他收入18.60万元，占0.59%，比上年…": an income source the tables state, not the fund before it. */
const SOURCE_INCOME = new RegExp(`${INCOME_PREFIX}(?:${INCOME_SOURCES.join("|")})`, "g");

/**
 * "其中：征地和拆迁补偿支出（2120801）1260.00万元，比上年预算980.00万元…；土地开发支出（2120802）…":
 * a subject named with its 类, 款 or 项 code in brackets, its figures right after it (an item of a
 * numbered list too: "<n>．<某项>（<项级编码>）…", "<n>.<某项>（<项级编码>）：年初预算为…", "（<n>）<某项>（<编码>）…").
 */
const CODED_ROW =
  /(?<=^|[，,；;：:。、\s]|其中|^\d{1,2}[.．]|^[（(][一二三四五六七八九十\d]{1,3}[)）])([\u4e00-\u9fa5][\u4e00-\u9fa5“”"]{1,30}?)[（(](\d{7}|\d{5}|\d{3})[)）](?=\s*[：:]?\s*(?:为|是|支出|(?:年初|全年)?(?:预算|决算)数?(?:为|是)?)?\s*\d)/g;

function codedRowMentions(sentence: string): SubjectMention[] {
  return [...sentence.matchAll(CODED_ROW)].map((m) => ({
    key: "",
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    subject: { row: m[1].replace(/[“”"]/g, ""), rowCode: m[2] },
  }));
}

/**
 * "一般公共预算拨款收入1308.24万元", "…拨款收入比上年17705.20万元增加…": the general fund's
 * appropriation stated as a figure of its own, or compared with last year's.
 */
const STATED_FIGURE = /^\s*(?:(?:为|是|共计|合计)?\s*\d|(?:比|较|与)(?:上年|20\d{2}年))/;

function fundIncomeMentions(sentence: string): SubjectMention[] {
  const mention = (key: string) => (m: RegExpMatchArray) => ({
    key,
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    foreign: true,
  });
  const generalFund = (m: RegExpMatchArray) => {
    const found = mention("一般公共预算财政拨款收入")(m);
    const stated = m[0].startsWith("一般公共预算") && STATED_FIGURE.test(sentence.slice(found.end));
    return stated ? { ...found, foreign: false } : found;
  };
  return [
    ...[...sentence.matchAll(FUND_INCOME)].map(generalFund),
    ...[...sentence.matchAll(SOURCE_INCOME)].map((m) => mention(m[0].replace(/^事业单位(?=经营)/, ""))(m)),
  ];
}

function isQualified(sentence: string, m: MetricMention): boolean {
  const qualifier = METRIC_BY_KEY.get(m.key)?.qualifiedBy;
  return !!qualifier && qualifier.test(sentence.slice(0, m.start));
}
