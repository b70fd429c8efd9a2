import { pinyin } from "pinyin-pro";
import { isKindHomophone } from "./lexicon/kind-homophones.js";
import { grams } from "./vocabulary.js";

/** Characters that name a level of government: changing one names another body (a 市委 office is not a 区委 one). */
const PLACE_CHARS = /[省市区县州乡镇村]/;

/** Characters that end a body's name and say what kind of body it is. */
/** The last character of a body's name: what kind of body it is (局, 委, 中心 …). */
export const BODY_KIND = /[办处局委厅室院所站部队会司馆园校组团]/;

/**
 * Characters that cannot stand for a body's last character: a subject's level ("<某科目>款" is the
 * 款 of that name, not a slip for "<某科目>局") and anything that is not a Chinese character (a
 * closing quote).
 */
const NEVER_A_KIND_SLIP = /[类款项]|[^\u4e00-\u9fa5]/;

/**
 * Names shorter than this are matched with a typo only inside (a three-character abbreviation with
 * another first character is usually another office: 民政局 is no typo of 财政局).
 */
export const MIN_FUZZY_LENGTH = 4;
/** One-character names of provinces and cities ("驻沪办" is not "驻京办"): never a typo in a short name. */
const PLACE_ABBREVIATIONS =
  /[京沪津渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台株]/;
/** Characters that say which body a short name is ("市委办" vs "市府办"): never a typo there. */
const SHORT_NAME_KIND = /[办处局委厅室院所站部队会司馆园校组团府政党纪宣统人]/;
/** The shortest name matched with a typo at all. */
const MIN_INNER_TYPO_LENGTH = 3;

/** Toneless readings of a character ("长" → chang, zhang). */
const readings = (char: string): string[] =>
  pinyin(char, { toneType: "none", type: "array", multiple: true });

/**
 * Is a character typed in place of another inside a name a slip of the pinyin keyboard (联 → 连,
 * 府 → 付)? A character that sounds otherwise names another body (民政局 is not 财政局).
 */
function soundsAlike(typed: string, meant: string): boolean {
  const meantReadings = new Set(readings(meant));
  return readings(typed).some((reading) => meantReadings.has(reading));
}

/** Names at least this long may carry two slips of the pinyin keyboard ("普托区社会福力院"). */
const MIN_TWO_SLIPS_LENGTH = 6;
/** Slips of the keyboard allowed in a long name, each a character that sounds the same. */
const MOST_SLIPS = 2;

/**
 * A span as long as the name whose every changed character sounds like the name's there (and is no
 * level of government), its last character kept: two slips of the pinyin keyboard in a long name.
 */
function soundsLikeName(span: string, key: string): boolean {
  if (span.length !== key.length || span.at(-1) !== key.at(-1)) return false;
  const changed = [...span].flatMap((char, i) => (char === key[i] ? [] : [[char, key[i]]]));
  return (
    changed.length > 0 &&
    changed.length <= MOST_SLIPS &&
    // (A level of government the name says is never a slip: 市 typed as 州 is another body; 洲 typed
    // as 州, in a place's own name, is a slip.)
    changed.every(([typed, meant]) => !PLACE_CHARS.test(meant) && soundsAlike(typed, meant))
  );
}

/** A three-character name's first and last character: what a typo in its middle leaves. */
const skipGram = (key: string, at = 0) => `${key[at]}…${key[at + 2]}`;

/**
 * The character one edit changes between a and b (a substitution, insertion or deletion), or
 * undefined when they differ by more than one edit or not at all.
 */
export function oneEdit(a: string, b: string): string[] | undefined {
  if (a === b || Math.abs(a.length - b.length) > 1) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) ? [a[i], b[i]] : undefined;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i) ? [long[i]] : undefined;
}

export interface FuzzyUnit {
  /** The words of the question that were read as the name. */
  asked: string;
  key: string;
  units: string[];
  at: number;
}

/**
 * Unit names and aliases for typo-tolerant matching: an alias of four or more characters matches
 * a span of the question one edit away, unless the edit touches a level of government. Candidates
 * come from a bigram index (one edit breaks at most two bigrams), so the cost does not grow with
 * every alias of a large corpus.
 */
export class UnitNames {
  private readonly byGram = new Map<string, number[]>();

  constructor(private readonly aliases: { key: string; units: string[] }[]) {
    aliases.forEach((a, i) => {
      if (a.key.length < MIN_INNER_TYPO_LENGTH) return;
      const keys = a.key.length < MIN_FUZZY_LENGTH ? [...grams(a.key), skipGram(a.key)] : grams(a.key);
      for (const g of keys) {
        const list = this.byGram.get(g);
        if (list) list.push(i);
        else this.byGram.set(g, [i]);
      }
    });
  }

  /** Is the whole text one edit from a unit's name or alias ("上海市财正局")? */
  isTypoOfName(text: string): boolean {
    return this.fuzzy(text, () => false).some((hit) => hit.asked === text);
  }

  /** Spans of `q` one edit from an alias (longest alias first), skipping masked characters. */
  fuzzy(q: string, blocked: (from: number, to: number) => boolean): FuzzyUnit[] {
    const shared = new Map<number, number>();
    const skips = [...q].slice(0, -2).map((_, at) => skipGram(q, at));
    for (const g of new Set([...grams(q), ...skips]))
      for (const i of this.byGram.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const found: FuzzyUnit[] = [];
    const candidates = [...shared]
      // (One edit breaks at most two bigrams; two slips in a long name, four.)
      .filter(([i, n]) => {
        const key = this.aliases[i].key;
        return n >= grams(key).length - (key.length >= MIN_TWO_SLIPS_LENGTH ? 2 * MOST_SLIPS : 2);
      })
      .map(([i]) => this.aliases[i])
      .sort((a, b) => b.key.length - a.key.length);
    for (const a of candidates) {
      const hit = this.spanNear(q, a.key, blocked);
      if (hit && !found.some((f) => hit.at < f.at + f.asked.length && f.at < hit.at + hit.asked.length))
        found.push({ ...hit, key: a.key, units: a.units });
    }
    return found;
  }

  private spanNear(
    q: string,
    key: string,
    blocked: (from: number, to: number) => boolean,
  ): { asked: string; at: number } | undefined {
    // A short name: one character changed in its middle ("某立院" for "某利院"), none added or lost.
    const short = key.length < MIN_FUZZY_LENGTH;
    for (const len of short ? [key.length] : [key.length, key.length + 1, key.length - 1]) {
      for (let at = 0; at + len <= q.length; at++) {
        if (blocked(at, at + len)) continue;
        const span = q.slice(at, at + len);
        const changed = oneEdit(span, key);
        // The last character says what kind of body it is (办, 处, 局): a change to another such
        // character is another body; any other last character ("联络外") is a typo.
        const sameKind =
          span.at(-1) === key.at(-1) ||
          (span.length === key.length &&
            !BODY_KIND.test(span.at(-1) ?? "") &&
            !NEVER_A_KIND_SLIP.test(span.at(-1) ?? ""));
        // A short name keeps its first and last character: only its middle is mistyped ("某立院" for "某利院").
        // …or only its last is a pinyin slip for it ("商务为"), which names no other kind of body.
        const lastOnly = span.slice(0, -1) === key.slice(0, -1);
        const slip = lastOnly && isKindHomophone(span.at(-1), key.at(-1));
        const inside =
          !short ||
          slip ||
          // A first character that sounds the same, the rest kept, is a slip of voice input ("私法局").
          (span.length === key.length &&
            span[0] !== key[0] &&
            span.slice(1) === key.slice(1) &&
            soundsAlike(span[0], key[0]) &&
            !PLACE_ABBREVIATIONS.test(span[0] + key[0])) ||
          (span[0] === key[0] &&
            span.at(-1) === key.at(-1) &&
            !changed?.some((c) => PLACE_ABBREVIATIONS.test(c) || SHORT_NAME_KIND.test(c)));
        // Inside a name a changed character is a typo only when it sounds alike; the last
        // character is judged above by the kind of body it names.
        const slipInside = changed?.length !== 2 || lastOnly || soundsAlike(changed[0], changed[1]);
        if (changed && !changed.some((c) => PLACE_CHARS.test(c)) && sameKind && inside && slipInside)
          return { asked: span, at };
        if (key.length >= MIN_TWO_SLIPS_LENGTH && soundsLikeName(span, key)) return { asked: span, at };
      }
    }
    return undefined;
  }
}
