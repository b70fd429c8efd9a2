import { METRIC_BY_KEY, METRICS } from "../../ingest/domain/metrics.js";
import { segment } from "../../ingest/index/tokenize.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import { toHalfWidth } from "../../ingest/text/parse-amount.js";
import { keptFor } from "./kept-for.js";
import type { Knowledge } from "./knowledge.js";
import { COUNT_AMOUNTS } from "./lexicon/count-amounts.js";
import { LISTED_PARTS } from "./lexicon/listed-parts.js";
import {
  ALL_FUNDS_ASKED,
  FUND_SCOPE_OPENS,
  FUNDS_COMPARED,
  INSIDE_WORDS,
  TABLE_NAMED,
} from "./lexicon/named-tables.js";
import { PART_NAMED_ONLY_BY, PART_SHORT_NAMES } from "./lexicon/part-short-names.js";
import { THESAURUS, type ThesaurusEntry } from "./lexicon/thesaurus.js";
import { refKey, type MetricRef } from "./plan-schema.js";
import { PROJECT_NAME_TAIL, projectStem, routeNames, siblingsListed, thesaurusRefs } from "./metric-words.js";
import { economicTwin } from "./ops/economic-twin.js";
import { looseProjectHits, withoutUnitName } from "./project-local-names.js";
import { runsSpelling } from "../../ingest/text/spelt-in-order.js";
import { isScore } from "./ops/quote-fact.js";
import { subjectCells } from "./subject-cells.js";

export interface Hit {
  ref: MetricRef;
  at: number;
  /** Characters covered in the question. */
  len: number;
  /** Rank among overlapping hits: longer wins, bonuses break ties. */
  score: number;
  /** Read through the thesaurus or a partial name: how the question's words were taken. */
  via?: string;
}

export interface FoundMetrics {
  refs: MetricRef[];
  spans: [number, number][];
  /** Everyday words read as a document's row ("某词" → 某科目). */
  readings: { asked: string; as: MetricRef }[];
}

/** A lexicon phrase's asking words ("收入是多少"): they name no figure, so they weigh nothing. */
const ASKING_TAIL = /(?:是多少|多少)$/;

function addAll(hits: Hit[], q: string, needle: string, ref: MetricRef, bonus = 0, via?: string): void {
  if (!needle) return;
  // ("事业收入是多少": the source's own name outweighs the total's phrase it overlaps.)
  const score = needle.replace(ASKING_TAIL, "").length + bonus;
  let at = q.indexOf(needle);
  while (at >= 0) {
    hits.push({ ref, at, len: needle.length, score, ...(via ? { via } : {}) });
    at = q.indexOf(needle, at + 1);
  }
}

/** Every way the question names a figure: lexicon, codes, subject names, projects, thesaurus. */
/** Characters matchKey drops from a normalised question (brackets and quotes). */
const KEY_DROPS = /[\s()（）“”"'‘’「」]/;
const KEY_DROPS_ALL = new RegExp(KEY_DROPS.source, "g");
/** A character outside the basic plane: positions in code points and code units differ. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Hits found in the question's match key, placed in the question itself: the key drops brackets
 * and quotes, so a name after "（" sits further on in the question than in its key.
 */
function inQuestionPositions(q: string, key: string, hits: Hit[]): Hit[] {
  if (SURROGATE.test(q)) return hits;
  // The dropped characters found by one regex pass; the key's characters are those between them.
  const drops = [...q.matchAll(KEY_DROPS_ALL)].map((drop) => drop.index);
  if (q.length - drops.length !== key.length) return hits;
  const kept = new Int32Array(key.length);
  for (let i = 0, dropped = 0; i < q.length; i++) {
    if (drops[dropped] === i) dropped++;
    else kept[i - dropped] = i;
  }
  return hits.map((hit) => {
    const at = kept[hit.at];
    return { ...hit, at, len: kept[hit.at + hit.len - 1] + 1 - at };
  });
}

function collectHits(k: Knowledge, q: string, units: string[]): Hit[] {
  const hits: Hit[] = [];
  for (const m of METRICS) {
    const ref: MetricRef = { type: "metric", key: m.key };
    for (const re of [m.pattern, ...(m.ask ? [m.ask] : [])]) {
      for (const x of q.matchAll(new RegExp(re.source, "g")))
        hits.push({ ref, at: x.index ?? 0, len: x[0].length, score: x[0].length });
    }
    for (const s of [m.key, ...m.synonyms]) addAll(hits, q, s, ref);
  }
  // A code stands alone: not the whole part of an amount ("<数>.<数>"), nor a number with a unit ("<数>万").
  for (const x of q.matchAll(
    /(?<![\d.])(\d{3}|\d{5}|\d{7})(?![\d.]|\s*(?:万|元|亿|%|个|人|辆|台|套|次|批|页))/g,
  )) {
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
  const subjectHits: Hit[] = [];
  for (const { key: name, item: s } of k.subjectNames.candidates(key)) {
    if (name.length < 2) continue;
    addAll(subjectHits, key, name, { type: "subject", code: s.code, name: s.name }, -0.1);
    // "对个人和家庭补助": a row's name asked without its 的; "甲和乙": a listed row ("甲、乙") asked with 和.
    for (const variant of askedVariants(name))
      addAll(subjectHits, key, variant, { type: "subject", code: s.code, name: s.name }, -0.15);
    // "<某费的词干>用了多少": a fee's row asked by its stem, money words right after it (取暖费).
    addFeeStem(subjectHits, key, name, { type: "subject", code: s.code, name: s.name });
    addOneWordShort(subjectHits, key, name, { type: "subject", code: s.code, name: s.name });
    // A long name's distinctive tail is enough (its last six or more characters); not a catch-all's,
    // whose distinctive word is its opening 其他 ("其他<某款>支出" is no "<某款>支出").
    for (let len = name.startsWith(OTHER) ? 0 : name.length - 1; len >= 6; len--)
      addAll(subjectHits, key, name.slice(-len), { type: "subject", code: s.code, name: s.name }, -0.2);
  }
  hits.push(...inQuestionPositions(q, key, subjectHits));
  const asked = unitsAndParents(k, units);
  for (const { item: p } of k.projectNames.candidates(q)) {
    // A project of another body than those asked about is not what the words name there.
    if (!ofUnitsAsked(k, p, asked)) continue;
    const short = projectStem(p);
    addAll(hits, q, p, { type: "project", name: p }, 0.2);
    // The question is read half-width ("某工程(某段)"); the name as printed may be full-width.
    const halfWidth = toHalfWidth(p);
    if (halfWidth !== p) addAll(hits, q, halfWidth, { type: "project", name: p }, 0.2);
    // A stem is a guess at how people name the project: a lexicon figure named the same way wins.
    if (short.length >= 3 && short !== p) addAll(hits, q, short, { type: "project", name: p }, -0.01);
    // "<某>网站" for a project named "政府<某>网专项": the stem without the body that runs it.
    const bare = short.replace(/^(?:政府|市|区|县)/, "");
    if (bare.length >= 3 && bare !== short) addAll(hits, q, bare, { type: "project", name: p }, -0.02);
    // "甲到乙那条路": a route's project named by its ends.
    for (const route of routeNames(p)) addAll(hits, q, route, { type: "project", name: p }, -0.01);
    // "万里街道社区…工程" asked as "<unit>…社区…工程": the unit's name is masked, the rest names it.
    const local = withoutUnitName(k, p);
    if (local.length >= 4 && local !== p) addAll(hits, q, local, { type: "project", name: p }, 0.1);
  }
  withNameTails(hits, q);
  hits.push(...pointedTails(k, q), ...looseProjectHits(k, q, hits));
  let starts: Set<number> | undefined;
  for (const entry of THESAURUS)
    for (const say of entry.say) {
      if (entry.unless?.test(q)) break;
      // "<某专项><年>预算总额": the project's own total, not the unit's ("占总预算" is the unit's).
      if (entry.unitWhole && ownTotalOfNamed(q, say, hits)) break;
      if (!q.includes(say)) continue;
      starts ??= wordStarts(q);
      if (!startsAWord(q, say, starts)) continue;
      for (const ref of thesaurusRefs(k, entry, units)) addAll(hits, q, say, ref, -0.05, say);
      // "其他<everyday word>": the catch-all row of what the word means ("其他<某类>支出").
      if (q.includes(`${OTHER}${say}`))
        for (const ref of otherRowsOf(k, entry, units)) addAll(hits, q, `${OTHER}${say}`, ref, 0.1, say);
    }
  return hits;
}

/**
 * The bodies asked about and the units whose documents print their own parts: a subordinate body's
 * projects are listed under its parent's document.
 */
const unitsAndParents = (k: Knowledge, units: string[]) =>
  units.flatMap((unit) => [unit, ...k.bodyViews.parentsOf(unit)]);

/** Whether the bodies asked about (`asked`; any, when none is named) have this project in their documents. */
function ofUnitsAsked(k: Knowledge, project: string, asked: string[]): boolean {
  const named = k.projectUnits.get(project);
  return !asked.length || !named || named.some((unit) => asked.includes(unit));
}

/** Words between a project or row named and a total word that make it that one's total. */
const OWN_TOTAL_JOINER = /^(?:(?:20)?\d{2}年度?|的|项目|专项|里|中)*$/;

/** "<某专项><年>预算总额": the total word said right after a project or row named. */
function ownTotalOfNamed(q: string, say: string, hits: Hit[]): boolean {
  const at = q.indexOf(say);
  return hits.some(
    (hit) =>
      hit.ref.type !== "metric" &&
      hit.at + hit.len <= at &&
      OWN_TOTAL_JOINER.test(q.slice(hit.at + hit.len, at)),
  );
}

/** The word that opens a catch-all row's name ("其他…支出"). */
const OTHER = "其他";

/**
 * Rows named "其他" + what the entry means, as the index's vocabulary has them. A catch-all 款 has
 * one 项 of the same name and amount ("20899" and "2089999"): the 项, which the narrative explains.
 */
function otherRowsOf(k: Knowledge, entry: ThesaurusEntry, units: string[]): MetricRef[] {
  return entry.means.flatMap((means) => {
    const hits = k.vocabulary
      .resolve(`${OTHER}${means}`, { units, scheme: entry.scheme })
      .filter((hit) => hit.cover === 1 && hit.ref.type === "subject" && hit.ref.name?.startsWith(OTHER));
    const name = hits[0]?.ref.type === "subject" ? hits[0].ref.name : undefined;
    const deepest = hits
      .filter((hit) => hit.ref.type === "subject" && hit.ref.name === name)
      .sort((x, y) => codeLength(y.ref) - codeLength(x.ref))[0];
    return deepest ? [deepest.ref] : [];
  });
}

const codeLength = (ref: MetricRef) => (ref.type === "subject" ? (ref.code?.length ?? 0) : 0);

/**
 * "<某项目>专项项目": a project's name asked with generic words after it (the document's own name for
 * it may be shorter) is the project's name to its end, so the words left are no qualifier. Not into a
 * figure's name ("<某项目>项目支出").
 */
function withNameTails(hits: Hit[], q: string): void {
  const tail = new RegExp(`^(?:${PROJECT_NAME_TAIL.source})+(?!支出|收入|预算|决算)`);
  for (const hit of hits)
    if (hit.ref.type === "project") {
      const more = tail.exec(q.slice(hit.at + hit.len))?.[0].length ?? 0;
      hit.len += more;
      hit.score += more;
    }
}

/** Words pointing at a thing the asker has in mind ("那个<…>工程"). */
const POINTING = /那个|这个|那项|这项|该/g;
/** The shortest end of a project's name that may point at it. */
const MIN_TAIL = 4;

/**
 * "那个<…>工程": a project pointed at by the end of its name, when the name of exactly one
 * project ends so (the longest such end wins).
 */
function pointedTails(k: Knowledge, q: string): Hit[] {
  const hits: Hit[] = [];
  for (const pointer of q.matchAll(POINTING)) {
    const at = (pointer.index ?? 0) + pointer[0].length;
    const named = stemmedProjects(k);
    for (let len = Math.min(10, q.length - at); len >= MIN_TAIL; len--) {
      const tail = q.slice(at, at + len);
      const ending = named.filter(({ stem }) => stem.endsWith(tail));
      // A name printed with and without its generic tail ("某活动" / "某活动项目") is one project.
      const stems = new Set(ending.map(({ stem }) => stem));
      if (stems.size > 1) break;
      if (stems.size === 1) {
        hits.push({ ref: { type: "project", name: ending[0].name }, at, len, score: len + 0.1 });
        break;
      }
    }
  }
  return hits;
}

/** Every project with its stem, worked out once per index head (not per question and length). */
const stemmedProjects = keptFor(
  (k) => k.projects,
  (projects) => projects.map((name) => ({ name, stem: projectStem(name) })),
);

/** Money asked right after a fee's stem ("取暖花了", "培训的钱", "印刷这块用了多少"). */
const SPENT_AFTER = /^(?:上|方面|这块|这一块|这项)?(?:花|用了|支出|开支|费用|的钱|多少钱|要多少)/;

function addFeeStem(hits: Hit[], key: string, name: string, ref: MetricRef): void {
  const stem = name.endsWith("费") ? name.slice(0, -1) : "";
  if (stem.length < 2) return;
  for (let at = key.indexOf(stem); at >= 0; at = key.indexOf(stem, at + 1))
    if (SPENT_AFTER.test(key.slice(at + stem.length)))
      hits.push({ ref, at, len: stem.length, score: stem.length - 0.3, via: stem });
}

/** The shortest row name said with a character or two of its middle left out. */
const SHORTENED_FROM = 8;

/**
 * "<某>生活保障支出" for a row named "<某>生活保障金支出": a long name said with one or two characters
 * of its middle left out, its opening and end as printed (two runs of its characters).
 */
function addOneWordShort(hits: Hit[], key: string, name: string, ref: MetricRef): void {
  if (name.length < SHORTENED_FROM || key.includes(name)) return;
  const [opening, ending] = [name.slice(0, 2), name.slice(-2)];
  for (let at = key.indexOf(opening); at >= 0; at = key.indexOf(opening, at + 1))
    for (const len of [name.length - 1, name.length - 2]) {
      const said = key.slice(at, at + len);
      if (said.length === len && said.endsWith(ending) && runsSpelling(said, name) === 2)
        hits.push({ ref, at, len, score: len - 0.25, via: said });
    }
}

/** Where jieba's words begin in the question. */
function wordStarts(q: string): Set<number> {
  const starts = new Set<number>();
  let at = 0;
  let previous = "";
  for (const word of segment(q)) {
    starts.add(at);
    // "预算里车的钱": the segmenter joins a place word with the next character ("里车").
    if (word.length === 2 && PLACE_WORD.test(word[0])) starts.add(at + 1);
    // "2024年度预算总额": the segmenter joins a year's suffix with the next word ("年度预算").
    const suffix = /^\d+$/.test(previous) ? YEAR_SUFFIX.exec(word)?.[0] : undefined;
    if (suffix && suffix.length < word.length) starts.add(at + suffix.length);
    previous = word;
    at += word.length;
  }
  return starts;
}

/** What follows a year's digits ("年度", "年"), longest first. */
const YEAR_SUFFIX = /^年度|^年/;

/** Words that end a "where" ("…里", "…中") and that the segmenter may join with the next character. */
const PLACE_WORD = /[里中内]/;

/**
 * An everyday word begins a word of the question somewhere: "出差" read across "支出/差多少" is
 * not asked. (It may end inside one: "招待" in "招待费".)
 */
function startsAWord(q: string, say: string, starts: Set<number>): boolean {
  for (let at = q.indexOf(say); at >= 0; at = q.indexOf(say, at + 1)) if (starts.has(at)) return true;
  return false;
}

/**
 * A class row printed without its code (收支总表) and with it (支出表) is one figure: the coded
 * row stands for both, so "甲比乙多多少" compares two classes, not one class with itself.
 */
function withoutUncodedTwins(refs: MetricRef[]): MetricRef[] {
  const names = new Set(refs.flatMap((r) => (r.type === "subject" ? [r.name] : [])));
  // One class asked alone (or with columns) keeps both rows: where they disagree, the answer says so.
  return names.size < 2 ? refs : withoutTwins(refs);
}

/** The coded row of a class stands for its uncoded twin: one figure, added or compared once. */
export function withoutTwins(refs: MetricRef[]): MetricRef[] {
  const coded = (r: MetricRef) =>
    refs.some((o) => o.type === "subject" && r.type === "subject" && !!o.code && o.name === r.name);
  const kept = refs.filter((r) => r.type !== "subject" || !!r.code || !!r.column || !coded(r));
  // The same list when nothing is dropped: the planner tells the question's own figures by identity.
  return kept.length === refs.length ? refs : kept;
}

/**
 * Rows of one classification inside another row asked beside them ("工资福利支出（301）" and
 * "奖金（30103）"): added, they would count the part twice. The parts dropped, and the rows kept.
 */
export function withoutParts(refs: MetricRef[]): { kept: MetricRef[]; dropped: MetricRef[] } {
  const codeOf = (ref: MetricRef) => (ref.type === "subject" && !ref.column ? ref.code : undefined);
  const inside = (ref: MetricRef) => {
    const code = codeOf(ref);
    return (
      !!code &&
      refs.some((other) => {
        const whole = codeOf(other);
        return !!whole && whole !== code && code.startsWith(whole);
      })
    );
  };
  const dropped = refs.filter(inside);
  return { kept: dropped.length ? refs.filter((ref) => !inside(ref)) : refs, dropped };
}

/** Words that name where money comes from: before another figure they say which of its parts. */
const FUND_WORDS =
  /^(?:财政拨款|(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?)$/;
/** Words between a fund and the figure it qualifies ("…财政拨款还结转结余了", "…到<年>年底还结转"). */
const FUND_GAP = /^(?:的|还|还有|共|一共|总共)?$|^(?:到|截至|截止)[〇\d\s]*年?$/;

/**
 * "财政拨款结转结余", "一般公共预算基本支出": a fund said right before another figure qualifies
 * it, and is no figure of its own (not 财政拨款收入 beside the carry-over); so is a fund's spending
 * said right after a subject.
 */
function withoutFundQualifiers(q: string, taken: Hit[]): Hit[] {
  return taken.filter((h, i) => {
    const [before, next] = [taken[i - 1], taken[i + 1]];
    const words = q.slice(h.at, h.at + h.len);
    if (FUND_WORDS.test(words) && next && FUND_GAP.test(q.slice(h.at + h.len, next.at))) return false;
    // "光看<某基金>拨款，<某项>…": the fund the figures are read in, no figure of its own.
    if (FUND_WORDS.test(words) && next && opensScope(q, h)) return false;
    // "<某支出>里面<某基金>拨款安排多少": that spending's part from the fund, read in the fund's table.
    if (FUND_WORDS.test(words) && !next && before && partedByFund(before.ref))
      if (
        FUND_PART_GAP.test(q.slice(before.at + before.len, h.at)) &&
        FUND_PART_TAIL.test(q.slice(h.at + h.len))
      )
        return false;
    // "<某科目>的<某基金>支出": the subject's spending from that fund, read in its table.
    return !(
      before?.ref.type === "subject" &&
      FUND_SPENDING_WORDS.test(words) &&
      SUBJECT_GAP.test(q.slice(before.at + before.len, h.at))
    );
  });
}

/** Whether the fund hit is the scope a question opens with ("光看<某基金>拨款，…"). */
const opensScope = (q: string, hit: Hit) =>
  [...q.matchAll(FUND_SCOPE_OPENS)].some(
    (match) => match.index <= hit.at && hit.at + hit.len <= match.index + match[0].length,
  );

/** Spending whose part from one fund its table prints (a subject's row, the spending wholes). */
const FUND_PARTED = new Set(["支出合计", "基本支出", "项目支出", "人员经费", "公用经费"]);
const partedByFund = (ref: MetricRef) =>
  ref.type === "subject" || (ref.type === "metric" && FUND_PARTED.has(ref.key));
/** Between a spending and the fund of its part ("…里面", "…当中的"). */
const FUND_PART_GAP = new RegExp(
  `^(?:(?:一共|总共|合计)?(?:是|有)?(?:多少|几多)?[？?，,]?(?:那)?(?:其中|里面|当中)|${INSIDE_WORDS})的?[，,]?$`,
);
/** After the fund, how much of it is asked ("…安排的是多少"), not its share of the spending ("…占多少"). */
const FUND_PART_TAIL = /^(?:拨款)?(?:安排)?了?的?(?:部分|那部分|那块)?(?:是|有|为)?(?:多少|几)/;

/** A fund's spending said after a subject, whose part from that fund it is ("…的一般公共预算支出"). */
const FUND_SPENDING_WORDS =
  /^(?:财政拨款|(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?)(?:财政)?(?:拨款)?)总?支出$/;
/** Between a subject and its fund's spending: its level in brackets, "的". */
const SUBJECT_GAP = /^(?:[（(][类款项][）)])?的?$/;

/**
 * "把事业收入也算进去", "算上单位资金": a source of money said to be counted in names which funds the
 * figure covers (all of them), no figure of its own.
 */
function withoutCountedSources(q: string, taken: Hit[]): Hit[] {
  const inside = insideOf([...q.matchAll(new RegExp(ALL_FUNDS_ASKED.source, "g"))]);
  return taken.filter((h) => !inside(h));
}

/**
 * "<某科目>全部资金口径和一般公共预算口径差多少": two fund scopes set against each other say where the
 * row named is read, no figures of their own (without another figure, the funds are what is asked).
 */
function withoutComparedScopes(q: string, taken: Hit[]): Hit[] {
  return withoutFiguresInside(taken, [...q.matchAll(FUNDS_COMPARED)]);
}

/**
 * "三公经费表里的<某费>比基本支出表里的多多少": a table's name says where a figure is read, no figure of
 * its own when the question names another (without one, the table's total is asked).
 */
function withoutTableNames(q: string, taken: Hit[]): Hit[] {
  return withoutFiguresInside(taken, [...q.matchAll(TABLE_NAMED)]);
}

/** The hits outside the matches, when any hit is; else all of them. */
function withoutFiguresInside(taken: Hit[], matches: RegExpMatchArray[]): Hit[] {
  const inside = insideOf(matches);
  return taken.some((h) => !inside(h)) ? taken.filter((h) => !inside(h)) : taken;
}

/** Does a hit lie wholly inside one of the matches? */
function insideOf(matches: RegExpMatchArray[]): (hit: Hit) => boolean {
  const spans = matches.map((m): [number, number] => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
  return (hit) => spans.some(([from, to]) => hit.at >= from && hit.at + hit.len <= to);
}

/** A share asked: a figure named before another is then the whole, not only where to look. */
const SHARE_ASKED = /占|比重|比例/;

/** Words between a class and its row that make the class say which row ("…的", "…那个", "…下面的"). */
const QUALIFYING_GAP = /^(?:的|那个|这个|那项|这项|里的?|中的?|下的?|下面的?|项下的?)?$/;

/** Characters after a row's name that, found in another row's name with it, make it that row's modifier. */
const MODIFIED_BY = 3;

/**
 * "体育彩票公益金…": a short row name ("体育") followed by words that another row's name holds with
 * it ("用于体育事业的彩票公益金支出") modifies those words: that other row is what is asked.
 */
function modifiersOfLongerNames(k: Knowledge, q: string, units: string[], hits: Hit[]): Hit[] {
  return hits.map((hit) => {
    const ref = hit.ref;
    if (ref.type !== "subject" || hit.via) return hit;
    const said = q.slice(hit.at, hit.at + hit.len);
    const next = q.slice(hit.at + hit.len, hit.at + hit.len + MODIFIED_BY);
    if (/\d/.test(said) || next.length < MODIFIED_BY || /[\d\s，,。？?（(]/.test(next)) return hit;
    const longer = k.subjects.find(
      (subject) =>
        subject.name !== ref.name &&
        subject.name.includes(said) &&
        subject.name.includes(next) &&
        (!units.length || subject.units.some((unit) => units.includes(unit))),
    );
    return longer ? { ...hit, ref: { type: "subject", code: longer.code, name: longer.name } } : hit;
  });
}

/**
 * A class named without its 支出 right before a row ("<某类>行政运行") says which class's row is
 * meant: a qualifier of that row, not a figure asked.
 */
function withoutClassQualifiers(q: string, taken: Hit[]): Hit[] {
  return taken.filter((h, i) => {
    const next = taken[i + 1];
    const words = q.slice(h.at, h.at + h.len);
    const shortened = h.ref.type === "subject" && h.ref.name === `${words}支出`;
    return !(shortened && next?.ref.type === "subject" && /^的?$/.test(q.slice(h.at + h.len, next.at)));
  });
}

/**
 * "<某项>（<它的款>）": a class in brackets right after one of its own rows only says where the row
 * sits (the asker's gloss), no figure asked beside it. Each such hit, with its brackets' span.
 */
function bracketedClasses(q: string, taken: Hit[]): { hit: Hit; span: [number, number] }[] {
  return taken.flatMap((hit, i) => {
    const row = taken[i - 1];
    if (!row || hit.ref.type !== "subject" || row.ref.type !== "subject") return [];
    const [classCode, rowCode] = [hit.ref.code, row.ref.code];
    const under =
      !!classCode && !!rowCode && rowCode.length > classCode.length && rowCode.startsWith(classCode);
    const open = /^[（(][^）)]*$/.exec(q.slice(row.at + row.len, hit.at));
    const close = /^[^（(]*?[)）]/.exec(q.slice(hit.at + hit.len));
    return under && open && close
      ? [{ hit, span: [row.at + row.len, hit.at + hit.len + close[0].length] }]
      : [];
  });
}

/** The rows of a name that sit under the class named right before it ("<某款>那个行政运行"). */
function rowsUnder<Row extends { code?: string }>(
  q: string,
  before: Hit | undefined,
  h: Hit,
  rows: Row[],
): Row[] {
  const code = before?.ref.type === "subject" ? before.ref.code : undefined;
  if (!before || !code || !QUALIFYING_GAP.test(q.slice(before.at + before.len, h.at))) return [];
  return rows.filter((row) => !!row.code && row.code.length > code.length && row.code.startsWith(code));
}

/**
 * How people write a row's name: without its 的, its list mark "、" as 和/与/及, a class without its
 * closing 支出 ("一般公共服务方面").
 */
function askedVariants(name: string): string[] {
  // "其他交通费" for 其他交通费用: the row's 用 is seldom said; "车辆通行费" for 车辆通行费安排的支出: a
  // fund's row is named by the fee that pays it (not by a 收入, which asks the revenue itself).
  const variants = [
    name.replace(/的/g, ""),
    name.replace(/支出$/, ""),
    // "<某款>支出" for the 款 <某款>: a row of spending asked with 支出 after its name.
    /支出$|[费金]$/.test(name) ? name : `${name}支出`,
    name.replace(/费用$/, "费"),
    name.replace(/(?<!收入)安排的支出$/, ""),
  ];
  if (name.includes("、")) for (const and of ["和", "与", "及"]) variants.push(name.replace(/、/g, and));
  return variants.filter((v) => v !== name && v.length >= 4);
}

/** Longest match wins where hits overlap; the rest in question order. */
function bestHits(hits: Hit[]): Hit[] {
  hits.sort((a, b) => b.score - a.score || a.at - b.at);
  const taken: Hit[] = [];
  const cover = takenCover();
  for (const h of hits) {
    if (h.score < 0 || cover.overlaps(h, taken)) continue;
    taken.push(h);
    cover.add(h);
  }
  taken.sort((a, b) => a.at - b.at);
  return taken;
}

/**
 * The characters taken hits cover, so that an overlap is found in the hit's length rather than
 * by comparing it with every taken hit (linear in the question's length). Taken hits overlap only
 * their twins: one everyday word standing for several rows ("水电" → 水费 and 电费), read
 * through the same word over the same characters.
 */
function takenCover() {
  const covered = new Set<number>();
  const via = new Map<string, string | undefined>();
  /** Empty matches (the lexicon has none) are compared one by one, as every hit once was. */
  const empty: Hit[] = [];
  const at = (h: Hit) => `${h.at}:${h.len}`;
  return {
    overlaps(h: Hit, taken: Hit[]): boolean {
      const end = h.at + h.len;
      if (h.len <= 0) return taken.some((t) => h.at < t.at + t.len && t.at < end);
      if (empty.some((t) => h.at < t.at && t.at < end)) return true;
      let hit = false;
      for (let i = h.at; i < end && !hit; i++) hit = covered.has(i);
      return hit && !(h.via && via.get(at(h)) === h.via);
    },
    add(h: Hit): void {
      if (h.len <= 0) empty.push(h);
      for (let i = h.at; i < h.at + h.len; i++) covered.add(i);
      via.set(at(h), h.via);
    },
  };
}

/** Subject codes of one line of descent (a 类 and one of its 款: 3 and 5 digits). */
const sameLine = (a: MetricRef, b: MetricRef) =>
  a.type === "subject" &&
  b.type === "subject" &&
  !!a.code &&
  !!b.code &&
  a.code !== b.code &&
  (a.code.startsWith(b.code) || b.code.startsWith(a.code));

/** The second figure is the first one's class or item, said in brackets right after it. */
function restatesInBrackets(q: string, before: Hit, bracketed: Hit): boolean {
  const between = q.slice(before.at + before.len, bracketed.at);
  const closes = /^[)）]/.test(q.slice(bracketed.at + bracketed.len));
  return closes && /^[^，,。？?、和与及]{0,4}[(（]$/.test(between) && sameLine(before.ref, bracketed.ref);
}

/** An everyday word's reading, and the document's own name for it in brackets right after. */
function glossedInBrackets(q: string, before: Hit, bracketed: Hit): boolean {
  const between = q.slice(before.at + before.len, bracketed.at);
  const closes = /^[)）]/.test(q.slice(bracketed.at + bracketed.len));
  return closes && !!before.via && !bracketed.via && /^[(（]$/.test(between);
}

/** Words before a bracket: back to the clause's start, a unit's mark or a list mark. */
const WORDS_BEFORE_BRACKET = /[^，,。？?；;、｜□\s]{1,12}[(（]$/;

/**
 * "<自己的说法>的钱（<科目名>）": the asker's own words for a figure whose name follows in
 * brackets say the same thing; they are the figure's words, not a qualifier of it.
 */
function paraphrasedBefore(q: string, hits: Hit[]): [number, number][] {
  return hits.flatMap((hit): [number, number][] => {
    if (!/^[)）]/.test(q.slice(hit.at + hit.len))) return [];
    const before = WORDS_BEFORE_BRACKET.exec(q.slice(0, hit.at));
    return before ? [[before.index, hit.at]] : [];
  });
}

/**
 * "<某项>（<部分>+<部分>）": the parts in brackets right after a figure only say what it is made of
 * ("<列>（<列>+<列>）"); they are not asked beside it, nor added to it.
 */
function partsGlossed(q: string, hits: Hit[]): MetricRef[] {
  return hits.flatMap((hit) => {
    const open = hit.at + hit.len;
    if (hit.ref.type !== "metric" || !/^[(（]/.test(q.slice(open))) return [];
    const close = q.slice(open).search(/[)）]/);
    if (close < 0) return [];
    const parts = METRIC_BY_KEY.get(hit.ref.key)?.parts ?? [];
    const inside = hits.filter((h) => h.at > open && h.at < open + close).map((h) => h.ref);
    const glossing =
      inside.length > 1 && inside.every((ref) => ref.type === "metric" && parts.includes(ref.key));
    return glossing ? inside : [];
  });
}

/**
 * "基本支出里安排的<某费>", "基本支出经济分类里“<某费>”": the words between the basic spending and an
 * expense it holds.
 */
const HELD_IN = /^(?:的?(?:经济分类|经济科目)(?:明细)?表?)?(?:里|中|当中|里面)(?:安排|列支|开支)?的?[“"「]?$/;

/**
 * "基本支出里的<某费>": the expense's row of the basic-spending table (its economic row, which
 * lists basic spending only), not the figure of basic and project spending together; the basic
 * spending then only says where. A share asked keeps both (the part and its whole).
 */
function inBasicSpending(k: Knowledge, q: string, units: string[], hits: Hit[]): void {
  if (units.length > 1 || SHARE_ASKED.test(q)) return;
  for (let i = hits.length - 2; i >= 0; i--) {
    const [whole, item] = [hits[i], hits[i + 1]];
    if (whole.ref.type !== "metric" || whole.ref.key !== "基本支出") continue;
    if (!HELD_IN.test(q.slice(whole.at + whole.len, item.at))) continue;
    const row = economicTwin(k, item.ref, units[0]);
    if (!row || row.type !== "subject") continue;
    hits[i + 1] = { ...item, ref: row };
    hits.splice(i, 1);
  }
}

/** Lexicon metrics, subject codes and names, projects, everyday words; in question order. */
export function findMetrics(k: Knowledge, q: string, units: string[]): FoundMetrics {
  const found = bestHits(collectHits(k, q, units));
  const classified = withoutClassQualifiers(q, modifiersOfLongerNames(k, q, units, found));
  const glosses = bracketedClasses(q, classified);
  const qualified = classified.filter((hit) => !glosses.some((gloss) => gloss.hit === hit));
  const funded = withoutFundQualifiers(q, qualified);
  // A fund said before the figure it qualifies is read (the fund's table), no word left unread.
  const fundsSaid = qualified.filter((hit) => !funded.includes(hit));
  const sourced = withoutCountedSources(q, funded);
  const taken = withoutTableNames(q, withoutComparedScopes(q, sourced));
  // Every matched name is masked, also one that only restates a code ("30217某费").
  const spans = taken.map((h): [number, number] => [h.at, h.at + h.len]);
  inBasicSpending(k, q, units, taken);
  // "30217某费": the name after a code is the code's own row, not a second figure.
  for (let i = taken.length - 1; i > 0; i--) {
    const [prev, cur] = [taken[i - 1], taken[i]];
    const words = q.slice(cur.at, cur.at + cur.len);
    if (
      prev.ref.type === "subject" &&
      prev.ref.code &&
      cur.at - (prev.at + prev.len) <= 1 &&
      words.length >= 2 &&
      !!prev.ref.name?.includes(words)
    )
      taken.splice(i, 1);
  }
  // "某科目（2010101）": a name the question also gives by code is that code's row, not each row
  // of the name.
  const text = (h: Hit) => q.slice(h.at, h.at + h.len);
  const coded = new Set(
    taken.flatMap((h) => (h.ref.type === "subject" && /^\d+$/.test(text(h)) ? [h.ref.name] : [])),
  );
  const named = (h: Hit) => h.ref.type === "subject" && !/\d/.test(text(h)) && coded.has(h.ref.name);
  for (let i = taken.length - 1; i >= 0; i--) if (named(taken[i])) taken.splice(i, 1);
  // One name, several codes (行政运行 under two 款): each of the unit's rows is meant, or those
  // under the class named right before it ("<某款>那个行政运行"), which then only says which.
  const qualifying = new Set<number>();
  const perHit = taken.map((h, i) => {
    if (h.ref.type !== "subject" || !h.ref.name || /\d/.test(q.slice(h.at, h.at + 3)) || h.via) return [h];
    const name = h.ref.name;
    const rows = k.subjects.filter(
      (s) => s.name === name && (!units.length || s.units.some((u) => units.includes(u))),
    );
    const under = rowsUnder(q, taken[i - 1], h, rows);
    // "<某类>里<某行>占多少": the class is also the whole the row's share is of.
    if (under.length && !SHARE_ASKED.test(q)) qualifying.add(i - 1);
    const meant = under.length ? under : rows;
    return meant.length
      ? meant.map((s) => ({ ...h, ref: { type: "subject" as const, code: s.code, name: s.name } }))
      : [h];
  });
  const expanded = perHit.flatMap((hits, i) => (qualifying.has(i) ? [] : hits));
  // "某科目的人员经费": cells of the subject's row; the rest of the question as usual.
  const cells = subjectCells(q, expanded);
  const refs: MetricRef[] = [...cells.refs];
  for (const h of expanded.filter((x) => !cells.used.includes(x)))
    if (!refs.some((r) => refKey(r) === refKey(h.ref))) refs.push(h.ref);
  // "A中的B": the figure before 中/里 only says where to look.
  const containers = new Set<string>();
  for (let i = 0; i + 1 < taken.length; i++) {
    const between = q.slice(taken[i].at + taken[i].len, taken[i + 1].at);
    // (…unless the figure is named again as such: "<甲>里<乙>加<丙>等于<甲>吗".)
    const namedAgain = taken.some((h, j) => j > i + 1 && refKey(h.ref) === refKey(taken[i].ref));
    if (
      /^的?(中|里|里面|里头|里边|当中|其中|下面|下)的?[，,]?$/.test(between) &&
      !SHARE_ASKED.test(q) &&
      !namedAgain
    )
      containers.add(JSON.stringify(taken[i].ref));
    // "<某项>的绩效自评得了几分": the figure right before a score only names what was evaluated.
    // (A project's own form gives its score: the project is kept.)
    if (
      isScore(taken[i + 1].ref) &&
      !isScore(taken[i].ref) &&
      taken[i].ref.type !== "project" &&
      /^[^，,。？?、和与及]{0,6}$/.test(between)
    )
      containers.add(JSON.stringify(taken[i].ref));
  }
  // "<某项>那块（<其所属的类>）": a class in brackets only restates where the item sits.
  // (The hits are in question order: the one before is the last one starting earlier.)
  // "<某俗称>（<表中名称>）": the name in brackets says what the everyday word meant; the
  // thesaurus's own reading of that word is dropped.
  const glossed = new Set<Hit>();
  let before: Hit | undefined;
  for (const [i, hit] of expanded.entries()) {
    if (before && restatesInBrackets(q, before, hit)) containers.add(JSON.stringify(hit.ref));
    if (before && glossedInBrackets(q, before, hit)) {
      // The everyday word may mean the very figure named in brackets: that figure stays.
      if (JSON.stringify(before.ref) !== JSON.stringify(hit.ref)) containers.add(JSON.stringify(before.ref));
      glossed.add(before);
    }
    if (expanded[i + 1]?.at !== hit.at) before = hit;
  }
  for (const ref of partsGlossed(q, expanded)) containers.add(JSON.stringify(ref));
  const siblings = siblingsListed(q, refs, spans);
  refs.push(...siblings.refs);
  spans.push(...siblings.spans);
  return {
    refs: withoutUncodedTwins(refs).filter((r) => !containers.has(JSON.stringify(r))),
    spans: [
      ...spans,
      ...paraphrasedBefore(q, taken),
      ...glosses.map((gloss) => gloss.span),
      ...fundsSaid.map((hit): [number, number] => [hit.at, hit.at + hit.len]),
    ],
    readings: expanded.filter((h) => h.via && !glossed.has(h)).map((h) => ({ asked: h.via!, as: h.ref })),
  };
}

/**
 * "其中某类呢？" after a metric with parts: the part whose own name (after the words it shares with
 * the whole) the question repeats furthest; two parts tied ("公务…") name neither.
 */
export function partFromContext(q: string, previous: MetricRef[]): MetricRef[] {
  for (const prev of previous) {
    if (prev.type !== "metric") continue;
    // After a count, its money counterpart's parts ("几辆车？→ 运行维护费多少").
    const whole = COUNT_AMOUNTS[prev.key] ?? prev.key;
    const parts = METRIC_BY_KEY.get(whole)?.parts ?? LISTED_PARTS[whole] ?? [];
    const scored = parts
      .map((part) => ({
        part,
        len: Math.max(
          repeatedPrefix(q, ownName(part, whole)),
          distinctWords(q, part, whole),
          ...(PART_SHORT_NAMES[part] ?? []).map((word) => (q.includes(word) ? word.length : 0)),
        ),
      }))
      .filter((x) => x.len >= 2 && (PART_NAMED_ONLY_BY[x.part]?.test(q) ?? true))
      .sort((a, b) => b.len - a.len);
    if (scored.length && (scored.length === 1 || scored[0].len > scored[1].len))
      return [{ type: "metric", key: scored[0].part }];
  }
  return [];
}

/** A part's name without the words it shares with its whole, and without a generic tail. */
function ownName(part: string, whole: string): string {
  let i = 0;
  while (i < part.length && part[i] === whole[i]) i++;
  return part.slice(i).replace(/(支出|费用|费)$/, "");
}

/**
 * The longest run of the part's name the question contains that its whole's name does not
 * ("其中小微企业…" after 面向中小企业预留采购金额: 小微企业 names 预留小微企业采购金额), of at least
 * `shortest` characters; 0 when there is none.
 */
export function distinctWords(q: string, part: string, whole: string, shortest = 3): number {
  for (let len = part.length; len >= shortest; len--)
    for (let at = 0; at + len <= part.length; at++) {
      const run = part.slice(at, at + len);
      if (q.includes(run) && !whole.includes(run)) return len;
    }
  return 0;
}

/** How many leading characters of the name the question contains in a row. */
function repeatedPrefix(q: string, name: string): number {
  let len = 0;
  while (len < name.length && q.includes(name.slice(0, len + 1))) len++;
  return len;
}
