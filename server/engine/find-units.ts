import { segment, tagged } from "../../ingest/index/tokenize.js";
import { METRICS } from "../../ingest/domain/metrics.js";
import { keptFor } from "./kept-for.js";
import type { Knowledge } from "./knowledge.js";
import { levelAsked, levelOf } from "./lexicon/government-levels.js";
import { COUNTRIES } from "./lexicon/countries.js";
import {
  EXCLUSION_CUES,
  FOLLOW_UP_LEADS,
  PLACE_HOMOGRAPHS,
  QUESTION_WORDS,
} from "./lexicon/question-words.js";
import { oneEdit } from "./unit-names.js";

/** A body named like a government unit ("某某市某某局", "某某联络处"): a unit the index may not have. */
// (A year's 年 or 度 before the name begins no name: "2025年某市某局". A name before "那块", "这部分"
// is a part of the unit's figures, by the division it pays for: "某某办公厅那块".)
const UNKNOWN_UNIT =
  /(?:(?:(?![年度])[\u4e00-\u9fa5][\u4e00-\u9fa5]{1,5}?(?:[省区县]|市(?!场)))(?:人民政府)?[\u4e00-\u9fa5]{1,10}?(?:局|委员会|委|办公室|办|联络处|办事处|中心|厅|院|馆|所|队|站|学校|医院)|(?![年度])[\u4e00-\u9fa5][\u4e00-\u9fa5]{1,9}?(?:局|委员会|厅|联络处|办事处|中心|研究院|档案馆|医院|学校|养护站|管理站|检测站|管理段|大队|中队))(?!的?[那这]一?(?:块|部分|项)|点)/g;

/**
 * "<某镇>财政所花了多少": a station of the named unit's place (所, 站), said right after its name and
 * then the question, is a body of its own the unit's documents do not cover.
 */
const STATION_OF_UNIT =
  /(?<=□)[\u4e00-\u9fa5]{2}[所站](?=$|[^\u4e00-\u9fa5]|的|花|有|一共|全年|今年|去年|多少|几)/g;

/**
 * The stations a question names right after a unit ("<某镇>财政所"), as asked (with the unit's
 * name), when none of the unit's bodies is one of them.
 */
export function stationsAfterUnit(q: string, rest: string, bodies: readonly string[]): string[] {
  return [...rest.matchAll(STATION_OF_UNIT)]
    .filter((m) => !bodies.some((body) => body.endsWith(m[0])))
    .map((m) => {
      let from = m.index;
      while (from > 0 && rest[from - 1] === "□") from--;
      return q.slice(from, m.index + m[0].length);
    });
}

export interface FoundUnits {
  units: string[];
  ambiguous?: { key: string; units: string[] };
  /** The question with unit names masked by □. */
  rest: string;
  /** Names read through a typo: what was asked and the unit it was taken for. */
  fuzzy: { asked: string; unit: string }[];
  /** Aliases of the index's units named with another place ("<另一城市>驻京办"): bodies it does not hold. */
  elsewhere: string[];
}

interface Token {
  word: string;
  from: number;
  to: number;
}

/**
 * A place name glued to an alias: jieba reads "某县委办公室" as 某县|委|办公室; a place in front
 * of an alias that the unit's name does not contain names another body.
 */
function placeAt(tokenEndingAt: (end: number) => Token | undefined, at: number): string | undefined {
  const t = [tokenEndingAt(at), tokenEndingAt(at + 1)].find(
    // (A word glued across a conjunction, "<某委>和市…", names no place.)
    (x) =>
      !!x &&
      x.word.length >= 3 &&
      /[省市区县]$/.test(x.word) &&
      x.from < at + 1 &&
      !/[和与及跟或、]/.test(x.word),
  );
  return t?.word;
}

/** Tags of words that are no place name (verbs, pronouns, particles, numerals, time, adjectives, set phrases). */
const NOT_PLACE = /^(v|vn|r|p|d|c|u[a-z]*|y|m|t|f|zg|x|a|ad|an|l|i)$/;

/**
 * Two characters in front of an alias that begins with a level of government ("区…办",
 * "市…办") and are no word of the question: the place of another body, when the unit's name
 * does not contain them with that level (an office of the same kind in another district).
 */
function placeBefore(rest: string, at: number, key: string, units: string[]): string | undefined {
  const before = rest.slice(Math.max(0, at - 2), at);
  if (!/^[省市区县]/.test(key) || !/^[\u4e00-\u9fa5]{2}$/.test(before)) return undefined;
  const last = tagged(rest.slice(Math.max(0, at - 4), at)).at(-1);
  if (!last || NOT_PLACE.test(last.tag) || QUESTION_WORDS.has(last.word)) return undefined;
  const place = before + key[0];
  if (units.some((u) => u.includes(place))) return undefined;
  // A typo of the unit's own place (one character off, not its level) is that place.
  const own = units.flatMap((u) => [...u.matchAll(new RegExp(`..${key[0]}`, "g"))].map((m) => m[0]));
  return own.some((o) => oneEdit(o, place)) ? undefined : before;
}

/**
 * A word the segmenter's dictionary knows as a place name (ns), right before an alias ("<另一城市>驻京办"),
 * unless it is the unit's own place or a one-character typo of it (one character off).
 */
function placeNamed(rest: string, at: number, units: string[]): string | undefined {
  const last = tagged(rest.slice(Math.max(0, at - 6), at)).at(-1);
  if (last?.tag !== "ns" || last.word.length < 2 || PLACE_HOMOGRAPHS.has(last.word)) return undefined;
  const place = last.word;
  const own = units.flatMap((u) => [...u].map((_, i) => u.slice(i, i + place.length)));
  // Two real places one character apart ("南京", "北京") differ in their first character; a typo of
  // the unit's own place keeps it more often than not ("株州").
  const typo = (o: string) => o[0] === place[0] && oneEdit(o, place);
  return own.some((o) => o === place || typo(o)) ? undefined : place;
}

/** The body's own place said right before its alias ("株洲" + "驻北京联络处"): no word of the question. */
function ownPlaceBefore(rest: string, at: number, units: string[]): string | undefined {
  const last = tagged(rest.slice(Math.max(0, at - 6), at)).at(-1);
  if (!last || last.word.length < 2 || !(last.tag === "ns" || /[省市区县]$/.test(last.word)))
    return undefined;
  if (rest.slice(at - last.word.length, at) !== last.word) return undefined;
  return units.every((unit) => unit.includes(last.word)) ? last.word : undefined;
}

/** The text's words by where they end (a typed array: a long paste has tens of thousands). */
function tokensByEnd(text: string): (end: number) => Token | undefined {
  const words = tokensOf(text);
  const endingAt = new Int32Array(text.length + 1);
  words.forEach((word, i) => (endingAt[word.to] = i + 1));
  return (end) => (end >= 0 && end <= text.length ? words[endingAt[end] - 1] : undefined);
}

/** The text with `len` characters masked (□) at each place, in order: slices, not one string per character. */
function maskedAt(text: string, places: number[], len: number): string {
  let masked = "";
  let from = 0;
  for (const at of places) {
    masked += text.slice(from, at) + "□".repeat(Math.max(0, Math.min(len, text.length - at)));
    from = at + len;
  }
  return masked + text.slice(from);
}

function tokensOf(text: string): Token[] {
  let offset = 0;
  return segment(text).map((word) => {
    const token = { word, from: offset, to: offset + word.length };
    offset += word.length;
    return token;
  });
}

/**
 * A possessive inside a body's name as people say it ("驻某地的办事处", "某政府的办公室"): the
 * "的" before a name's ending, dropped when the question names no unit otherwise.
 */
const OF_IN_NAME = /的(?=[\u4e00-\u9fa5]{0,4}?(?:局|委员会|办公室|联络处|办事处|街道|福利院))/g;

/** Find units by full name or alias; a name said with a possessive inside it is read without it. */
export function findUnits(k: Knowledge, q: string): FoundUnits {
  const found = findUnitsAsWritten(k, q);
  if (found.units.length || found.ambiguous) return found;
  const plain = q.replace(OF_IN_NAME, "");
  const without = plain === q ? found : findUnitsAsWritten(k, plain);
  if (without.units.length) return without;
  // "<职能>这边（<某区>）": a name said loosely, read again as it would be written, step by step.
  let spoken = plain;
  for (const [said, written] of SPOKEN_NAMES) {
    const next = spoken.replace(said, written);
    if (next === spoken) continue;
    spoken = next;
    // Only a name read exactly: a guess at a guess is none.
    const again = findUnitsAsWritten(k, spoken);
    if ((again.units.length || again.ambiguous) && !again.fuzzy.length) return again;
  }
  return found;
}

/**
 * How a body is named in talk rather than in writing, and its written order: a filler after the
 * name ("<职能>那边") or before it ("整个<某局>"), the place in brackets after it ("<职能>（<某区>）"),
 * the place's 区/县 dropped before a short name ("<某区><职能>" for the alias "<某><职能>"). Tried only
 * when nothing else is found, and kept only when a name is then read exactly.
 */
const SPOKEN_NAMES: readonly [RegExp, string][] = [
  [/(?<=[\u4e00-\u9fa5])(?:那边|这边|那块|那头|那里|这里)/g, ""],
  // "整个<某局>（含下属单位）": the whole body, said before its name.
  [/(?:整个|整体)(?=[\u4e00-\u9fa5]{2,10}(?:局|委|办|中心|院|所|队|站))/g, ""],
  [/([\u4e00-\u9fa5]{2,6})[（(]([\u4e00-\u9fa5]{2,4}[区县市])[）)]/g, "$2$1"],
  // (Not before a body's full name: "<某区>人民政府办公室", "<某区>财政局" are other bodies.)
  [
    /([\u4e00-\u9fa5]{2,3})[区县](?=[\u4e00-\u9fa5]{2}(?![\u4e00-\u9fa5]{0,4}(?:局|办公室|委员会|委|办|政府|中心|院|处|所|站|队)))/g,
    "$1",
  ],
];

/** "第二", "第12": an ordinal right before a body's name ("第二人民医院" is not the 人民医院). */
const ORDINAL_BEFORE = /第[一二三四五六七八九十百\d]{1,3}$/;

/** The first character of an amount's unit ("万", "亿"), which may also begin a name. */
const AMOUNT_UNIT_START = /^[万亿千百]/;

/** Find units by full name or alias, longest first; a span matched once is not matched again. */
function findUnitsAsWritten(k: Knowledge, q: string): FoundUnits {
  // Aliases are plain names (no brackets or spaces), so they match the normalised question as is.
  let rest = q.toLowerCase();
  const units: string[] = [];
  let ambiguous: FoundUnits["ambiguous"];
  const foreign: [number, number][] = [];
  const elsewhere: string[] = [];
  const positions = new Map<string, number>();
  // Tokens by where they end: a place right before an alias is found without scanning them all.
  const tokens = tokensByEnd(rest);
  /** Record a unit named at these places; the places are masked (□) in one pass over the text. */
  const take = (places: number[], len: number, named: string[], key: string) => {
    if (!places.length) return;
    rest = maskedAt(rest, places, len);
    // "区里的<某局>": of two bodies of one name, the one of the level the question says.
    const level = named.length > 1 ? levelAsked(q) : undefined;
    const atLevel = level ? named.filter((name) => levelOf(name) === level) : [];
    const names = atLevel.length === 1 ? atLevel : named;
    if (names.length > 1) {
      ambiguous ??= { key, units: names };
      return;
    }
    if (!units.includes(names[0])) units.push(names[0]);
    positions.set(names[0], Math.min(places[0], positions.get(names[0]) ?? places[0]));
  };
  const ownPlaces: [number, number][] = [];
  // Every mention of an alias ("甲部门预算和甲本级…"), each masked.
  for (const a of k.aliases) {
    const places: number[] = [];
    for (let at = rest.indexOf(a.key); at >= 0; at = rest.indexOf(a.key, at + a.key.length)) {
      if (foreign.some(([x, y]) => at < y && x < at + a.key.length)) continue;
      // "<N>万里面": an amount's 万 after its digits begins no name ("万里…").
      if (AMOUNT_UNIT_START.test(a.key) && /\d/.test(rest[at - 1] ?? "")) continue;
      // "<某办公室>机关运行经费": the name of a body ending "…机关" read across a figure's name.
      if (endsInsideFigure(k, rest, at, a)) continue;
      // "博物馆（项）": a subordinate's short name that is also a row of the tables names the row.
      if (isSubjectRowName(k, a) || saidAsSubject(k, rest, at, a.key)) continue;
      // "<某市>第二人民医院": an ordinal before the name names another body of that kind.
      const ordinal = ORDINAL_BEFORE.exec(rest.slice(Math.max(0, at - 5), at))?.[0];
      if (ordinal) {
        foreign.push([at - ordinal.length, at + a.key.length]);
        continue;
      }
      const place =
        placeAt(tokens, at) ?? placeBefore(rest, at, a.key, a.units) ?? placeNamed(rest, at, a.units);
      if (place && a.units.every((u) => !u.includes(place))) {
        foreign.push([at - place.length, at + a.key.length]);
        // A place glued to the alias may share its first character ("某区" + "区…办").
        const from = rest.lastIndexOf(place, at);
        elsewhere.push(rest.slice(Math.max(0, from), at + a.key.length));
        continue;
      }
      places.push(at);
      // "株洲驻北京联络处": a place of the body's own name said before its alias is part of the name.
      const own = ownPlaceBefore(rest, at, a.units);
      if (own) ownPlaces.push([at - own.length, own.length]);
    }
    take(places, a.key.length, a.units, a.key);
    for (const [from, len] of ownPlaces.splice(0)) rest = maskedAt(rest, [from], len);
  }
  const fuzzy: FoundUnits["fuzzy"] = [];
  if (!units.length && !ambiguous) {
    // A body the question names in full ("某市某局") is that body, not a typo of a known one.
    // …unless the full name itself is one edit from a known one ("上海市财正局").
    const named = [...rest.matchAll(UNKNOWN_UNIT)]
      .map(bodyNamed)
      .filter((m) => !k.unitNames.isTypoOfName(m.name))
      .map((m) => [m.at, m.at + m.name.length]);
    const blocked = (from: number, to: number) =>
      /□/.test(rest.slice(from, to)) || [...foreign, ...named].some(([x, y]) => from < y && x < to);
    // Where the segmenter's words of the masked text end (and the text itself).
    const ends = new Set([rest.length, ...tokensOf(rest).map((token) => token.to)]);
    for (const hit of k.unitNames.fuzzy(rest, blocked)) {
      // "<某区>档案数字化": a span ending inside the next word borrowed its first character.
      // (A span ending with the name's own last character borrowed nothing: "<某处>有几台车".)
      if (!ends.has(hit.at + hit.asked.length) && hit.asked.at(-1) !== hit.key.at(-1)) continue;
      // "<某款名>的项目支出": a row's name ("农业农村") and the next character are no misspelt body.
      if (subjectNamesOf(k).has(hit.asked.slice(0, -1))) continue;
      if (hit.units.length === 1) fuzzy.push({ asked: hit.asked, unit: hit.units[0] });
      take([hit.at], hit.asked.length, hit.units, hit.asked);
    }
  }
  if (!units.length && !ambiguous) {
    // "管民政的那个局", "<某职能>那个局": the body by what it runs, when one unit's name says it with that kind.
    const duty = byDuty(k, rest);
    if (duty) take([duty.at], duty.asked.length, duty.owners, duty.asked);
    if (duty?.owners.length === 1) fuzzy.push({ asked: duty.asked, unit: duty.owners[0] });
  }
  // Units in the order the question names them ("甲和乙相差多少": 甲 first).
  units.sort((x, y) => (positions.get(x) ?? 0) - (positions.get(y) ?? 0));
  return { units: withoutExcluded(units, positions, q.toLowerCase()), ambiguous, rest, fuzzy, elsewhere };
}

/**
 * Places the question names outside any unit's name ("这几个<市>的单位", "<区>哪个单位"): words the
 * segmenter's dictionary knows as place names.
 */
export function placesNamed(rest: string, placeStems: readonly string[] = []): string[] {
  const tagged_ = tagged(rest.replace(/□+/g, "，"))
    .filter((t) => t.tag === "ns" && t.word.length >= 2)
    .map((t) => t.word);
  // A place the units' own names hold, said without its 市/区/县 ("<某区>几个单位"), which the
  // segmenter may not tag as a place.
  const stems = placeStems.filter((stem) => rest.includes(stem) && !tagged_.some((p) => p.includes(stem)));
  return [...tagged_, ...stems];
}

/** The places the units' names hold ("<某市><某区>…" → both), by their two characters. */
export function placeStemsOf(unitNames: readonly string[]): string[] {
  const stems = unitNames.flatMap((name) => [...name.matchAll(PLACE_IN_NAME)].map((m) => m[1]!));
  return [...new Set(stems)];
}

/** Two characters before 市, 区 or 县 in a unit's name (not 区委, a party committee's office). */
const PLACE_IN_NAME = /([\u4e00-\u9fa5]{2})(?:市|区|县)(?!委)/g;

/**
 * Places where the question says money was spent ("在<某地>租房", "在<某地>开会花了多少"), outside
 * every asked unit's own name: no table divides a unit's spending by place. A place some name of
 * the index holds (a project, a row) is that name's, not a place of spending.
 */
export function placesOfSpending(
  rest: string,
  units: readonly string[],
  named: (word: string) => boolean,
): string[] {
  if (!rest.includes("在")) return [];
  const tokens = tagged(rest.replace(/□+/g, "，"));
  return tokens
    .filter((t, i) => t.tag === "ns" && t.word.length >= 2 && tokens[i - 1]?.word === "在")
    .map((t) => t.word)
    .filter((place) => !units.some((unit) => unit.includes(place)) && !named(place));
}

/** Units set aside by the question ("<甲>（不是<乙>）"), as long as another unit remains. */
function withoutExcluded(units: string[], positions: Map<string, number>, q: string): string[] {
  const kept = units.filter(
    (u) => !EXCLUSION_CUES.test(q.slice(Math.max(0, (positions.get(u) ?? 0) - 4), positions.get(u))),
  );
  return kept.length ? kept : units;
}

/** A body named by what it runs and its kind ("管民政的那个局", "负责教育的委"). */
const BY_DUTY =
  /(?:管|负责|主管|分管)(?:理)?([\u4e00-\u9fa5]{2,4}?)(?:工作)?的(?:那个|那家|这个)?(委员会|委|局|办公室|办|院)/;

/** "<某职能>那个局", "民政的那个局": what it runs (two to four characters), then the kind. */
const DUTY_THEN_KIND = /的?(?:那个|那家|这个)(委员会|委|局|办公室|办|院)/g;

/** The body named by what it runs, and the units whose names say so. */
function byDuty(k: Knowledge, rest: string): { asked: string; at: number; owners: string[] } | undefined {
  const managed = BY_DUTY.exec(rest);
  if (managed) {
    const owners = k.publishingUnits.filter((u) => ownsDuty(u, managed[1], managed[2]));
    if (owners.length) return { asked: managed[0], at: managed.index, owners };
  }
  for (const m of rest.matchAll(DUTY_THEN_KIND))
    for (const length of [2, 3, 4]) {
      const at = m.index - length;
      const duty = rest.slice(Math.max(0, at), m.index);
      if (at < 0 || !/^[\u4e00-\u9fa5]+$/.test(duty)) break;
      const owners = k.publishingUnits.filter((u) => ownsDuty(u, duty, m[1]));
      if (owners.length) return { asked: duty + m[0], at, owners };
    }
  return undefined;
}

/** Its name holds the duty's words and ends with the kind ("委" of 委员会). */
function ownsDuty(unit: string, duty: string, kind: string): boolean {
  return unit.includes(duty) && unit.endsWith(kind === "委" ? "委员会" : kind === "办" ? "办公室" : kind);
}

/**
 * Bodies the question names that matched no unit (answered as not published). A body's name inside
 * a figure's name the question says is that figure ("农村中小学校舍建设", not a 学校).
 */
export function unknownUnitNames(rest: string, k?: Knowledge): string[] {
  const insideFigure = (u: string) => !!k && figureNamesOf(k).some((n) => n.includes(u) && rest.includes(n));
  // "三公经费局本级…": a figure's name, then the asked bureau's own level (局本级), is no body's name.
  const ownLevelOfFigure = (m: RegExpMatchArray) =>
    !!k &&
    rest.startsWith("本级", (m.index ?? 0) + m[0].length) &&
    figureNamesOf(k).some((n) => m[0].startsWith(n));
  return [
    ...new Set(
      [...[...rest.matchAll(UNKNOWN_UNIT)], ...townsNamed(rest)]
        .filter((m) => !ownLevelOfFigure(m))
        .map((m) => bodyNamed(m).name)
        .filter(
          (u) =>
            u.length > 1 &&
            !GENERIC_COMMITTEE.test(u) &&
            !/□/.test(u) &&
            !ASKING_WORDS.test(u) &&
            !GIVING_WORDS.test(u) &&
            !WHOLE_BUREAU.test(u) &&
            !COUNTED_KIND.test(u) &&
            !insideFigure(u),
        ),
    ),
  ];
}

/** Where a town or street a question names ends: the word after its place's name. */
const TOWN_KIND = /^(?:镇|乡|街道)$/;

/**
 * Towns and streets named ("<某地>镇", "<某地>乡", "<某地>街道"): a place name with its kind, as the
 * segmenter reads it (one place word ending in 镇 or 乡, or a place word and then the kind), never
 * a kind said alone ("乡镇街道", "城乡").
 */
function townsNamed(rest: string): RegExpMatchArray[] {
  const tokens = tagged(rest);
  const out: RegExpMatchArray[] = [];
  let at = 0;
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const place = /^[\u4e00-\u9fa5]{2,4}$/.test(token.word) && (token.tag === "ns" || token.tag === "x");
    const name =
      token.tag === "ns" && /^[\u4e00-\u9fa5]{2,4}[镇乡]$/.test(token.word)
        ? token.word
        : place && next && TOWN_KIND.test(next.word)
          ? token.word + next.word
          : undefined;
    if (name) out.push(Object.assign([name], { index: rest.indexOf(name, at) }) as RegExpMatchArray);
    at += token.word.length;
  });
  return out;
}

/**
 * A body's name as UNKNOWN_UNIT read it, without the word a follow-up opens with ("那<某分局>呢") or
 * the words that leave it out ("不算<某局>本级…").
 */
function bodyNamed(match: RegExpMatchArray): { name: string; at: number } {
  const lead = segment(match[0])[0] ?? "";
  const cut = FOLLOW_UP_LEADS.has(lead) ? lead.length : (LEAVING_OUT.exec(match[0])?.[0].length ?? 0);
  return { name: match[0].slice(cut), at: (match.index ?? 0) + cut };
}

/**
 * Villages' and neighbourhoods' committees said as a kind ("拨给居委会的经费"): who money goes to,
 * no body that publishes a budget.
 */
const GENERIC_COMMITTEE = /(?:^|给|向|对|为|和|及)(?:村民|居民)委员会$/;

/** Words that leave a body out of what is asked ("除去<某局>机关", "除了<某中心>"): no part of its name. */
const LEAVING_OUT = /^(?:不算|除了|除去|扣除|扣掉|刨去|刨除|去掉|不含|不包括|排除)/;

/** A kind of body counted or taken together ("<N>个<地名词>分局", "各分局"): bodies of a kind, no one body's name. */
export const COUNTED_KIND = /^(?:[\d两二三四五六七八九十几]+个|各|所有|全部)/;

/** The asked bureau itself ("占全局的几成", "本局", "我局", "这个局"): no other body's name. */
const WHOLE_BUREAU = /(?:全|本|我|该|这个?|那个?|此)局$/;

/** Words that hand money on ("分到局本级"): a clause that holds one says where money went, no name. */
const GIVING_WORDS = /分到|分给|拨给|拨到|给到|安排到|安排给|用到|花到/;

/** Words that ask ("有多少家<某类>所"): a clause that holds one is a question, not a body's name. */
const ASKING_WORDS = /多少|几[家个所处]|哪[些个家]|什么|有没有|是不是|是否|怎么/;

/** Countries, longest first ("印度尼西亚" before "印度"). */
const COUNTRY = new RegExp([...COUNTRIES].sort((a, b) => b.length - a.length).join("|"), "g");

/**
 * Countries and regions abroad the question names outside any unit's name (a trip's destination):
 * a part of a figure, asked by the place it went to.
 */
export function foreignPlaces(rest: string): string[] {
  return [...new Set(rest.match(COUNTRY) ?? [])];
}

/** Figure names of three or more characters (the lexicon's, and the rows the tables print). */
const LEXICON_NAMES = METRICS.flatMap((m) => [m.key, ...m.synonyms]);
const figureNamesOf = keptFor(
  (k) => k.subjects,
  (subjects) => [...new Set([...LEXICON_NAMES, ...subjects.map((s) => s.name)])].filter((n) => n.length >= 3),
);

/** The subjects' printed names (博物馆, 图书馆 …), for telling a row from a subordinate's short name. */
const subjectNamesOf = keptFor(
  (k) => k.subjects,
  (subjects) => new Set(subjects.map((s) => s.name.toLowerCase())),
);

/**
 * An alias of subordinates that publish nothing of their own which is also a row's name: the
 * tables' row is what the documents can answer for; the body's own figures are not published.
 */
function isSubjectRowName(k: Knowledge, alias: { key: string; units: string[] }): boolean {
  return subjectNamesOf(k).has(alias.key) && alias.units.every((unit) => !k.docs(unit).length);
}

/** A row's name said as a row: "“<某名>”这个科目", "<某名>（项）". */
const SAID_AS_SUBJECT = /^[”"」』]?(?:[（(][类款项][)）]|这个科目|这一?科目|科目)/;

/** "“<某馆>”这个科目", "<某馆>（项）": a unit's alias that is also a row's name, said as the row. */
function saidAsSubject(k: Knowledge, text: string, at: number, alias: string): boolean {
  return SAID_AS_SUBJECT.test(text.slice(at + alias.length)) && subjectNamesOf(k).has(alias);
}

/** The aliases' keys, for asking whether a shortened name is one (not a scan per question). */
const aliasKeysOf = keptFor(
  (k) => k.aliases,
  (aliases) => new Set(aliases.map((alias) => alias.key)),
);

/**
 * The alias's last characters begin a figure's name the question goes on to say, and the alias
 * without them names a body too ("<某街道>办公费": <某街道> and 办公费, not "<某街道>办" and 公费;
 * "<某办公室>机关运行经费": the office, not its "…机关").
 */
function endsInsideFigure(
  k: Knowledge,
  text: string,
  at: number,
  alias: { key: string; units: string[] },
): boolean {
  const after = text.slice(at + alias.key.length);
  for (let shared = 1; shared <= alias.key.length - 2; shared++) {
    const shorter = alias.key.slice(0, -shared);
    const tail = alias.key.slice(-shared);
    if (!aliasKeysOf(k).has(shorter)) continue;
    if (
      figureNamesOf(k).some(
        (n) => n.startsWith(tail) && n.length > shared && after.startsWith(n.slice(shared)),
      )
    )
      return true;
  }
  return false;
}
