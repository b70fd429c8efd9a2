import { LIST_ITEM, OPENS_LIST } from "./opened-list.js";
import { matchKey } from "../../../ingest/text/normalize-text.js";
import { words } from "../../../ingest/index/tokenize.js";
import { ASKED_KINDS } from "../lexicon/asked-kinds.js";
import { DraftBuilder, type Draft } from "../draft.js";
import { THESAURUS } from "../lexicon/thesaurus.js";
import { DEFINITION_ASKED, headingVariant, PURPOSE_ASKED, UNIT_TOPICS } from "../lexicon/unit-topics.js";
import { REASON_BONUS, REASON_MARKERS, WHY_QUESTION } from "../lexicon/reason-words.js";
import type { Knowledge } from "../knowledge.js";
import type { QueryPlan } from "../plan-schema.js";
import { retrieve, type Retrieved } from "../retrieval.js";
import type { Scope } from "../scope.js";
import { isFactOf } from "../select-facts.js";
import { labelledPassages } from "./labelled-clauses.js";
import { metricLabel } from "./labels.js";

/** A line longer than a quotation is quoted by its sentences. */
function sentencesOf(line: string, max: number): string[] {
  return line.length <= max ? [line] : (line.match(/[^。；;！？]+[。；;！？]?/g) ?? [line]);
}

/** Quoted units of one paragraph are joined; a skipped sentence is marked with an ellipsis. */
const separator = (before: { line: number; i: number }, unit: { line: number; i: number }) =>
  before.line !== unit.line ? "\n" : before.i + 1 === unit.i ? "" : "……";

/**
 * The lines (or, of a long paragraph, the sentences) of a chunk that share the most words with
 * the question, in document order.
 */

function bestLines(text: string, query: string, max = 600): string {
  const terms = new Set(words(query));
  const all = text
    .split("\n")
    .slice(1)
    .filter((l) => l.trim())
    .flatMap((l, line) => sentencesOf(l, max).map((t) => ({ t, line })));
  // A meaning asked: a glossary's entries for the terms asked, not its others.
  const defined = DEFINITION_ASKED.test(query) ? termsDefined(query) : [];
  const entries = all.filter((u) => defined.some((term) => u.t.replace(/[“”"]/g, "").includes(term)));
  const units = entries.length ? entries : all;
  const why = WHY_QUESTION.test(query);
  const scored = units.map((u, i) => ({
    ...u,
    i,
    s:
      new Set(words(u.t).filter((w) => terms.has(w))).size +
      (why && REASON_MARKERS.test(u.t) ? REASON_BONUS : 0),
  }));
  // The best units that fit, chosen by score (the answering one first), shown in document order.
  const picked: typeof scored = [];
  let size = 0;
  for (const u of [...scored].sort((a, b) => b.s - a.s || a.i - b.i).slice(0, 4)) {
    if (picked.some((p) => p.t === u.t)) continue;
    if (size + u.t.length > max) break;
    picked.push(u);
    size += u.t.length + 1;
  }
  // "具体包括：" chosen: the numbered items of the list it opens follow it.
  for (const opener of picked.filter((p) => OPENS_LIST.test(p.t))) {
    for (const item of scored.slice(opener.i + 1)) {
      if (!LIST_ITEM.test(item.t) || size + item.t.length > max) break;
      if (picked.includes(item)) continue;
      picked.push(item);
      size += item.t.length + 1;
    }
  }
  const out = picked
    .sort((a, b) => a.i - b.i)
    .map((u, n, all) => (n ? separator(all[n - 1], u) : "") + u.t)
    .join("");
  return (
    out ||
    units
      .map((u) => u.t)
      .join("\n")
      .slice(0, max)
  );
}

/** The terms a meaning is asked of ("什么是<甲>", "<甲>和<乙>有啥区别"): the words around the asking ones. */
function termsDefined(query: string): string[] {
  return query
    .replace(DEFINITION_ASKED, "|")
    .split(/[|，,。？?！!、\s和与跟及“”"]+/)
    .map((term) => term.replace(/^(?:请问|所谓|那么|那)/, "").replace(/(?:是|的|呢|啊|吗)+$/, ""))
    .filter((term) => term.length >= 2);
}

const GENERIC = new Set(
  "哪些 哪家 哪个 哪几个 哪几 哪几家 几家 都有 都是 几个 包含 包括 什么 多少 是 有 的 了 吗 呢 请问 平时 平常 平日 一年 全年 具体 情况 性质 属于 之类 年 年度 部门 单位 决算 预算 公开 文件 主要 根据 一下 分别 说明 里 中 今年 去年 介绍 内容 相关 怎么 如何 为什么 为何 为啥 怎么会 原因 什么原因 上年 去年 上一年 有没有 没有 本级 哪里 这个 那个 涉及 一共 总共 共计 那趟 这趟 那次 这次 一趟 这块 那块 这一块 那一块 这方面 那方面 成果 成绩 成效 机关 本部 这笔 那笔 这些 那些 用来 干嘛 干啥 用途 用于 自己 觉得 认为 这本 那本 这份 那份 进去 算进去 去了 这一年 一年来 分成 分为 承认 查出 查出来 时候 多长 多久 那条 这条 开始 结束".split(
    " ",
  ),
);
/** The generic words, longest first, to mask a question's own phrases with. */
const GENERIC_LONGEST_FIRST = [...GENERIC].sort((a, b) => b.length - a.length);

/** A count asked in a clause of its own after a list ("，一共几家"). */
const COUNT_AFTER = /[，,]\s*(?:一共|总共|共)?有?(?:几家|几个|多少家|多少个)[？?]?$/;
/** The document a topic is asked in ("部门预算里…", "自评报告里说…"): says where to look, not what about. */
const DOCUMENT_NAMED =
  /(?:的)?(?:(?:部门|单位)?(?:预算|决算)(?:文件)?|(?:整体支出)?(?:绩效)?自评(?:报告|结果)?|绩效(?:自评|评价)报告)(?:里|中|上|里面)?(?:说|写|讲)?(?:的)?/g;

/** "2024年开了哪些会", "比<两位数年份>年少": a year is cut off first, or the segmenter reads "年开" as a word. */
const YEAR = /(?<!\d)(?:\d{4}|\d{2})\s*年度?/g;

export function distinctiveWords(query: string): string[] {
  const all = [...new Set(words(query.replace(YEAR, " ")))].filter(
    (w) => w.length >= 2 && !GENERIC.has(w) && !/^\d+$/.test(w),
  );
  // A fragment from inside a compound ("要职" of 主要职责) is no word the question says.
  const inside = (w: string) =>
    all.some((o) => o !== w && o.indexOf(w) > 0 && o.indexOf(w) + w.length < o.length);
  return all.filter((w) => !inside(w));
}

/**
 * Share of the question's distinctive words that the passages contain. The segmenter also cuts a
 * compound into its parts ("主要职责" → 职责): a compound counts once, said by itself or by one
 * of its parts ("部门职责").
 */
function coverage(
  query: string,
  text: string,
  unitNames: string[] = [],
  /** Words that say one thing between them (a topic's headings: 机构设置, 内设机构, 科室): one is enough. */
  alternatives: string[] = [],
): number {
  const rest = alternatives.reduce((words, word) => words.split(word).join(" "), query);
  // A word of the unit's own name ("北京" of a liaison office in Beijing) is in every passage of it.
  const distinctive = distinctiveWords(rest).filter((w) => !unitNames.some((name) => name.includes(w)));
  const groups = alternatives.length ? 1 : 0;
  if (!distinctive.length && !groups) return 1;
  const compounds = distinctive.filter((w) => !distinctive.some((o) => o !== w && o.includes(w)));
  const said = (compound: string) =>
    text.includes(compound) ||
    distinctive.some((w) => w !== compound && compound.includes(w) && text.includes(w));
  const groupSaid = groups && alternatives.some((word) => text.includes(word)) ? 1 : 0;
  return (compounds.filter(said).length + groupSaid) / (compounds.length + groups);
}

/**
 * Does the text state the kind of thing asked: anywhere, or for a kind that must be said of what
 * was asked, in a sentence that also names one of the question's distinctive words.
 */
function showsKind(kind: (typeof ASKED_KINDS)[number], text: string, query: string): boolean {
  if (!kind.inSentence) return kind.shows.test(text);
  const distinctive = distinctiveWords(query);
  return text
    .split(/(?<=[。；;\n])/)
    .some(
      (sentence) =>
        kind.shows.test(sentence) && (!distinctive.length || distinctive.some((w) => sentence.includes(w))),
    );
}

/**
 * A "why" is answered by a passage that gives a reason about what was asked: passages with a
 * reason line sharing one of the question's distinctive words come first, in retrieval order.
 */
function reasonsFirst(query: string, hits: Retrieved[]): Retrieved[] {
  if (!WHY_QUESTION.test(query)) return hits;
  const distinctive = distinctiveWords(query);
  const gives = (h: Retrieved) =>
    h.chunk.text
      .split("\n")
      .slice(1)
      .some((l) => REASON_MARKERS.test(l) && (!distinctive.length || distinctive.some((w) => l.includes(w))));
  return [...hits.filter(gives), ...hits.filter((h) => !gives(h))];
}

/** Sections that define terms. */
const DEFINITION_SECTION = /名词解释|名词说明|术语解释/;

/**
 * A meaning asked: the passages of the sections that define terms come first (stable otherwise).
 * What a named expense is for ("<某费>用来干嘛") is also said there, in the entry naming it: a
 * definition passage comes first then only if it holds one of the question's longer words.
 */
function definitionsFirst(query: string, hits: Retrieved[]): Retrieved[] {
  const meaning = DEFINITION_ASKED.test(query);
  if (!meaning && !PURPOSE_ASKED.test(query)) return hits;
  const named = distinctiveWords(query).filter((w) => w.length >= 3);
  const defines = (h: Retrieved) =>
    h.chunk.section.some((title) => DEFINITION_SECTION.test(title)) &&
    (meaning || named.some((w) => h.chunk.text.includes(w)));
  return [...hits.filter(defines), ...hits.filter((h) => !defines(h))];
}

/** The question's own phrases: what is left between its generic words and numbers. */
function phrases(query: string): string[] {
  let masked = query.replace(/\d+/g, "|");
  for (const w of GENERIC_LONGEST_FIRST) masked = masked.split(w).join("|");
  return masked.split(/[|\s，,。？?！!、]+/).filter((p) => p.length >= MIN_PHRASE);
}

/** A phrase of at least this many characters, found whole in a passage, marks it as the one asked about. */
const MIN_PHRASE = 4;

/** Stretches longer than this rank no differently: the search stays linear in the question's length. */
const MAX_PHRASE = 24;

/** The longest stretch (up to MAX_PHRASE) of one of the question's phrases that a passage's body contains. */
export function longestShared(
  body: string,
  own: string[],
  telling: (stretch: string) => boolean = () => true,
): number {
  let best = 0;
  for (const p of own)
    for (let i = 0; i < p.length; i++)
      for (let j = Math.min(p.length, i + MAX_PHRASE); j - i > Math.max(best, MIN_PHRASE - 1); j--)
        if (body.includes(p.slice(i, j)) && telling(p.slice(i, j))) {
          best = j - i;
          break;
        }
  return best;
}

/** Passages whose headings name what was asked ("一、部门职责" for 职责) come first (stable otherwise). */
function titlesFirst(query: string, hits: Retrieved[], names: string[] = []): Retrieved[] {
  const inTitles = (h: Retrieved, w: string) => h.chunk.section.some((title) => title.includes(w));
  // A word half the passages' headings have ("事业单位" in a budget's item headings) tells none apart;
  // nor does a word of a body's name asked about ("管理" of "公路管理段" in "绩效管理情况").
  const telling = distinctiveWords(query).filter(
    (w) =>
      hits.filter((h) => inTitles(h, w)).length * 2 < hits.length && !names.some((name) => name.includes(w)),
  );
  // The passages whose headings name more of the question's telling words come first (stable).
  const named = new Map(hits.map((h) => [h, telling.filter((w) => inTitles(h, w)).length]));
  return [...hits].sort((a, b) => named.get(b)! - named.get(a)!);
}

/** Whether a title names a project the question asks about; undefined when it names none. */
function projectTitle(plan: QueryPlan): ((title: string) => boolean) | undefined {
  const names = plan.metrics.flatMap((ref) => (ref.type === "project" ? [matchKey(ref.name)] : []));
  return names.length ? (title) => names.some((name) => matchKey(title).includes(name)) : undefined;
}

/** Passages headed by the name of a project the question asks about come first (stable otherwise). */
function ownHeadingsFirst(plan: QueryPlan, hits: Retrieved[]): Retrieved[] {
  const named = projectTitle(plan);
  return named ? headedFirst(hits, named) : hits;
}

/**
 * The project's own write-up found first: another project's write-up beside it (a sibling section,
 * "（6）“党史研究”项目" that only lists the name) is not quoted; passages elsewhere still are.
 */
function ownWriteUpOnly(plan: QueryPlan, hits: Retrieved[]): Retrieved[] {
  const named = projectTitle(plan);
  const [first] = hits;
  if (!named || !first?.chunk.section.some(named)) return hits;
  const parent = (h: Retrieved) => h.chunk.section.slice(0, -1).join(" > ");
  const sibling = (h: Retrieved) => parent(h) === parent(first) && !h.chunk.section.some(named);
  return hits.filter((h) => !sibling(h));
}

/** The passages a heading of which `names` first, the others after (each group in its order). */
const headedFirst = (hits: Retrieved[], names: (title: string) => boolean) =>
  firstThat(hits, (h) => h.chunk.section.some(names));

/** The items that pass first, the others after, each group in its order. */
function firstThat<T>(items: T[], passes: (item: T) => boolean): T[] {
  return [...items.filter(passes), ...items.filter((item) => !passes(item))];
}

/** Passages holding a longer stretch of the question's own wording come first (stable otherwise). */
function phrasesFirst(query: string, hits: Retrieved[]): Retrieved[] {
  const own = phrases(query);
  if (!own.length) return hits;
  const bodies = new Map(hits.map((h) => [h, h.chunk.text.split("\n").slice(1).join("")]));
  // A stretch half the passages share ("事业单位" in a budget's item sections) tells none apart.
  const telling = (stretch: string) =>
    [...bodies.values()].filter((body) => body.includes(stretch)).length * 2 < bodies.size;
  const shared = new Map(hits.map((h) => [h, longestShared(bodies.get(h)!, own, telling)]));
  return [...hits].sort((a, b) => shared.get(b)! - shared.get(a)!);
}

/** Does a passage hold a sentence stating one of the plan's figures (a prose fact of it)? */
function statesFigureOf(k: Knowledge, plan: QueryPlan, scopes: Scope[]): (hit: Retrieved) => boolean {
  const stated = scopes.flatMap((scope) =>
    k.factsOf(scope.doc.docId).filter((f) => !f.table && plan.metrics.some((ref) => isFactOf(k, f, ref))),
  );
  return ({ chunk }) => {
    const [first, last] = chunk.lines ?? [];
    return (
      first !== undefined &&
      last !== undefined &&
      stated.some((f) => f.docId === chunk.docId && first <= f.source.lines[0] && f.source.lines[0] <= last)
    );
  };
}

/** Questions about duties, structure, staffing, purposes: quote the documents, cite the section. */
/** The documents do not say which (destinations, companies): refuse, quoting the closest passage. */
function closestOnly(b: DraftBuilder, hit: Retrieved, query: string, kind: string): DraftBuilder {
  b.d.status = "not_found";
  b.d.headline = [`文件没有列出所问的${kind}。`];
  b.d.notes.push([`下面引用的是文件中与问题最相关的原文（「${hit.chunk.section.join(" > ")}」）。`]);
  quote(b, hit, query);
  return b;
}

/** A list item's number ("（五）", "5、"): the same item numbered otherwise in another list says the same. */
const ITEM_NUMBER = /[（(][一二三四五六七八九十\d]{1,3}[)）]|(?<![\d.])\d{1,2}[、.．](?!\d)/g;

/** Most (≥ 75 %) of a quotation's sentences are in another: a section that repeats another's words. */
function mostlyRepeats(text: string, other: string): boolean {
  const unnumbered = other.replace(ITEM_NUMBER, "");
  const sentences = text
    .split(/[\n。；！？]|……/)
    .map((t) => t.replace(ITEM_NUMBER, ""))
    .filter((t) => t.length > 4);
  const repeated = sentences.filter((t) => unnumbered.includes(t)).length;
  return sentences.length > 0 && repeated >= 0.75 * sentences.length;
}

/** A passage quoted by its best lines for the question, and cited; the same words twice are quoted once. */
function quote(b: DraftBuilder, hit: Retrieved, query: string): void {
  const text = bestLines(hit.chunk.text, query);
  if (b.d.passages.some((p) => mostlyRepeats(text, p.text))) return;
  b.d.passages.push({
    chunk: hit.chunk,
    title: hit.chunk.section.join(" > "),
    text,
  });
  b.d.extraSources.push({ chunkId: hit.chunk.id });
}

/**
 * The question's words as the documents say them: an everyday word the thesaurus reads as one of
 * the plan's figures ("客人" → 公务接待费) is searched by that figure's name instead.
 */
function inDocumentWords(plan: QueryPlan): string {
  const keys = new Set(plan.metrics.flatMap((m) => (m.type === "metric" ? [m.key] : [])));
  let query = plan.textQuery ?? "";
  for (const entry of THESAURUS)
    for (const key of entry.means.filter((m) => keys.has(m)))
      for (const say of entry.say)
        if (query.includes(say)) query = query.replaceAll(say, ` ${key.replace(/费$/, "")} `);
  const topic = topicAsked(query);
  if (topic?.always) return topic.headings;
  return topic ? `${query.replace(topic.say, " ")} ${topic.headings}` : query;
}

/**
 * "是干什么的" of a unit, nothing else named: the sections headed by its duties. "…包含哪些单位，
 * 几家": the count of what the topic lists, asked after it.
 */
function topicAsked(query: string) {
  return UNIT_TOPICS.find(
    (t) =>
      t.say.test(query) &&
      (t.always ||
        t.withWords ||
        !distinctiveWords(
          query
            .replace(new RegExp(t.say.source, "g"), " ")
            .replace(COUNT_AFTER, " ")
            .replace(DOCUMENT_NAMED, " "),
        ).length),
  );
}

/** A unit's topic asked ("几家下属单位"): the passages headed by its headings come first (stable otherwise). */
function topicHeadingsFirst(topic: ReturnType<typeof topicAsked>, hits: Retrieved[]): Retrieved[] {
  if (!topic || topic.withWords) return hits;
  const headings = topic.headings.split(" ");
  return headedFirst(hits, (title) => headings.some((word) => title.includes(word)));
}

/** Sections that only title the document (its cover, its contents). */
const TITLE_SECTIONS = /^(?:封面|目录)$/;
const onlyTitles = (h: Retrieved) => TITLE_SECTIONS.test(h.chunk.section[0] ?? "");

export async function textOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Promise<DraftBuilder> {
  const b = new DraftBuilder();
  // A subordinate read of in its parent's documents: its name is what the passage must be about.
  const about = scopes.flatMap((scope) => (scope.standsFor ? [scope.standsFor] : []));
  const query = [...about, inDocumentWords(plan)].join(" ");
  // The unit's topic the question asks, as the asker words it (the search words replace its words).
  const topic = topicAsked(plan.textQuery ?? "");
  // Words every chunk has (年度, 部门, 决算) only blur the ranking; search with the distinctive ones.
  const focused = distinctiveWords(query).join(" ") || query;
  // What a project achieved is reported in the final accounts, not planned in the budget.
  const kindAsked = plan.kind ?? (/决算|效果|成效|成果|成绩/.test(query) ? ("决算" as const) : undefined);
  // Asked of every unit ("决算里的<某项>指什么"): the units whose document is of the kind asked.
  const ofKind = kindAsked && scopes.length > 1 ? scopes.filter((s) => s.doc.kind === kindAsked) : [];
  const searched = ofKind.length ? ofKind : scopes;
  const unitNames = searched.map((s) => s.unit);
  const rankedByWords = definitionsFirst(
    query,
    reasonsFirst(
      query,
      phrasesFirst(
        query,
        titlesFirst(
          query,
          await retrieve(
            k,
            focused,
            {
              units: searched.map((s) => s.unit),
              years: searched.map((s) => s.doc.year),
              type: "section",
              // "决算里…", "部门预算…": that kind of document only, not the same year's other one.
              ...(kindAsked && searched.every((s) => s.doc.kind === kindAsked) ? { kind: kindAsked } : {}),
            },
            8,
          ),
          about,
        ),
      ),
    ),
  );
  // "<某项目>做了什么": the project's own write-up (headed by its name) before lists that name it.
  const ranked = ownHeadingsFirst(plan, topicHeadingsFirst(topic, rankedByWords));
  // "去了哪些国家": a passage about the subject that states that kind of thing comes first.
  // (Asked in the asker's words: the search words stand a figure's name for an everyday one.)
  const asksKind = (kind: (typeof ASKED_KINDS)[number]) =>
    kind.asks.test(query) || kind.asks.test(plan.question);
  const thing = ASKED_KINDS.find(asksKind);
  const states = (h: Retrieved) => !!thing?.shows.test(h.chunk.text) && coverage(query, h.chunk.text) >= 0.5;
  // A cover or a table of contents names the unit and the year, and says nothing asked: last.
  const said = firstThat(ranked, states);
  const hits = firstThat(said, (h) => !onlyTitles(h)).slice(0, 3);
  // Retrieval always returns something; when the passages do not contain what was asked, say so.
  // What would be quoted (the first passages) must say it, not some lower-ranked one.
  const quoted = hits
    .slice(0, plan.operation === "text_lookup" ? 2 : 1)
    .map((h) => h.chunk.text)
    .join("\n");
  const unstated = ASKED_KINDS.find((kind) => asksKind(kind) && !showsKind(kind, quoted, query));
  if (hits.length && unstated) {
    // The closest passage is the one stating the asked figure in a sentence ("接待来访团组N个…"),
    // else the one that says most of what was asked about.
    if (plan.metrics.length) await k.loadDocuments(scopes.map((scope) => scope.doc.docId));
    const states = statesFigureOf(k, plan, scopes);
    const named = plan.metrics.map((ref) => metricLabel(ref, k)).join(" ");
    const closest =
      ranked.find(states) ??
      (named
        ? (await retrieve(k, named, { units: searched.map((s) => s.unit), type: "section" }, 8)).find(states)
        : undefined) ??
      hits.reduce((best, h) => (coverage(query, h.chunk.text) > coverage(query, best.chunk.text) ? h : best));
    return closestOnly(b, closest, query, unstated.kind);
  }
  // (A topic's headings may name one thing several ways, 科室 or 内设机构: saying one of them is enough.)
  const headings = topic && !topic.always ? topic.headings.split(" ") : [];
  const covered = Math.max(coverage(query, quoted, unitNames), coverage(query, quoted, unitNames, headings));
  if (!hits.length || covered < 0.5) {
    // "职责" where the documents head it "主要职能": searched once more under their word.
    const variant = plan.textQuery ? headingVariant(plan.textQuery) : undefined;
    if (variant) return textOp(k, { ...plan, textQuery: variant }, scopes);
    b.d.status = "not_found";
    const asked = plan.qualifiers.length
      ? plan.qualifiers
      : distinctiveWords(query)
          .filter((w) => !unitNames.some((unit) => unit.includes(w)))
          .slice(0, 3);
    b.d.headline = [
      asked.length
        ? `文件中没有找到与${asked.map((w) => `“${w}”`).join("、")}相关的内容。`
        : "文件中没有找到与该问题相关的内容。",
    ];
    return b;
  }
  const first = hits[0].chunk;
  b.d.headline = [
    `以下内容摘自${first.unit}${first.year}年度${first.kind}「${first.section.join(" > ")}」：`,
  ];
  for (const h of ownWriteUpOnly(plan, hits.slice(0, plan.operation === "text_lookup" ? 2 : 1)))
    quote(b, h, query);
  await quoteLabelled(k, b, topic, searched);
  return b;
}

/** A topic some paragraphs open with a label ("发现的主要问题及原因："): those sentences, quoted after. */
async function quoteLabelled(
  k: Knowledge,
  b: DraftBuilder,
  topic: ReturnType<typeof topicAsked>,
  scopes: Scope[],
): Promise<void> {
  if (!topic?.labels) return;
  for (const { hit, text } of await labelledPassages(k, topic.labels, scopes)) {
    if (b.d.passages.some((p) => mostlyRepeats(text, p.text))) continue;
    b.d.passages.push({ chunk: hit.chunk, title: hit.chunk.section.join(" > "), text });
    b.d.extraSources.push({ chunkId: hit.chunk.id });
  }
}

/** Numbers that state no quantity: years, ordinals, list markers. */
const NOT_AN_AMOUNT = /\d{4}\s*年度?|第\s*\d+|^\s*[（(]?\d+[)）.、]/g;

/**
 * A figure asked by a word no table uses ("<某某率>") may be stated in a sentence: the passage is
 * quoted when one of its clauses names every such word together with a number.
 */
export async function statedInProse(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
  words: string[] = plan.qualifiers,
): Promise<Draft | undefined> {
  // Which companies, destinations or devices: a sentence with a number does not say them.
  if (!words.length || ASKED_KINDS.some((kind) => kind.asks.test(plan.question))) return undefined;
  // The figure's own name leads: the passage must be about it (a project and its "<某某率>").
  const named = plan.metrics.flatMap((ref) =>
    ref.type === "metric" ? [ref.key] : ref.name ? [ref.name] : [],
  );
  const query = [...named, ...words].join(" ");
  const draft = (await textOp(k, { ...plan, operation: "text_lookup", textQuery: query }, scopes)).build();
  // A list inside a clause ("赴甲、乙考察团") keeps its words together.
  const clausesOf = (text: string) => text.split(/[\n。；;！？，,]/).map((c) => c.replace(/、/g, ""));
  const states = (clause: string) =>
    /\d/.test(clause.replace(NOT_AN_AMOUNT, "")) && words.every((w) => clause.includes(w));
  const stating = draft.passages.filter((p) => clausesOf(p.text).some(states));
  if (draft.status !== "answered" || !stating.length) return undefined;
  // Only the passages that state it, the first of them heading the answer.
  const first = stating[0].chunk;
  draft.headline = [
    `以下内容摘自${first.unit}${first.year}年度${first.kind}「${first.section.join(" > ")}」：`,
  ];
  draft.passages = stating;
  draft.extraSources = draft.extraSources.filter(
    (source) => !("chunkId" in source) || stating.some((p) => p.chunk.id === source.chunkId),
  );
  return draft;
}

/**
 * No year asked and the latest document does not state it: the unit's earlier documents, newest
 * first, with a note saying which year's document states it ("在建工程" in last year's asset note).
 */
export async function statedInEarlierYears(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  if (scopes.length !== 1 || !scopes[0].assumedYear) return undefined;
  const [scope] = scopes;
  const earlier = k
    .docs(scope.unit)
    .filter((doc) => doc.year < scope.year)
    .sort((a, b) => b.year - a.year);
  for (const doc of earlier) {
    const draft = await statedInProse(k, plan, [{ ...scope, doc, year: doc.year }]);
    if (!draft) continue;
    draft.notes.unshift([
      `问题未指明年份；最新的${scope.year}年度${scope.doc.kind}文件未写明，以上取自${doc.year}年度${doc.kind}文件。`,
    ]);
    return draft;
  }
  return undefined;
}
