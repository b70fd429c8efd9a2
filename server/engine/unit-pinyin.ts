import { pinyin } from "pinyin-pro";
import { segment } from "../../ingest/index/tokenize.js";
import { METRICS } from "../../ingest/domain/metrics.js";
import { SPELLED_QUESTION_WORDS } from "./lexicon/spelled-words.js";

/** Letters a name's pinyin has; a spelling shorter than this names nothing reliably. */
const MIN_SPELLING = 4;
/** A short organ name: three or four characters ending in the organ's word (局, 委, 办 …). */
const ORGAN_NAME = /^[\u4e00-\u9fa5]{2,3}(?:局|委|办|处|院|厅|所)$/;
/** A word of Latin letters alone, and the Chinese characters right after it. */
const INITIALS_BEFORE_HAN = /(?<![a-z])([a-z]{2,8})(?![a-z])([\u4e00-\u9fa5]{0,6})/gi;
/** A run of Latin words in a question ("<拼音> street", "<拼音连写>"). */
const LATIN_RUN = /[a-z]+(?:\s+[a-z]+)*/gi;

/** A name's pinyin initials, one letter per character ("财政局" → ["c", "z", "j"]). */
const initialsOf = (name: string): string[] =>
  pinyin(name, { pattern: "first", toneType: "none", type: "array" }).map((letter) => letter.toLowerCase());

/** A key kept for one name only: a second name with the same key leaves it to neither (null). */
function setUnique(map: Map<string, string | null>, key: string, name: string): void {
  const known = map.get(key);
  map.set(key, known === undefined || known === name ? name : null);
}

/**
 * The lexicon's figures by their initials ("<首字母>" for a four-character figure), also with the
 * name's last characters written out ("<首字母>经费"): keys two names share name neither, and a key
 * is at least three letters, or two before characters. Built once: the lexicon is the code's.
 */
const figureInitials = (() => {
  let built: Map<string, string | null> | undefined;
  return (): Map<string, string | null> => {
    if (built) return built;
    built = new Map();
    const names = METRICS.flatMap((metric) => [metric.key, ...metric.synonyms]);
    for (const name of new Set(names)) {
      if (!/^[\u4e00-\u9fa5]{3,}$/.test(name)) continue;
      const letters = initialsOf(name);
      for (let cut = 2; cut <= name.length; cut++) {
        if (cut === name.length && cut < 3) continue;
        setUnique(built, letters.slice(0, cut).join("") + name.slice(cut), name);
      }
    }
    return built;
  };
})();

/**
 * A Chinese text's toneless syllables ("北京" → ["bei", "jing"]), remembered: unit names are spelled
 * for every question. Askers' words pass through too, so the memory is bounded.
 */
const SYLLABLES = new Map<string, readonly string[]>();
const SYLLABLES_KEPT = 10_000;
export function syllables(text: string): readonly string[] {
  let found = SYLLABLES.get(text);
  if (found) return found;
  if (SYLLABLES.size >= SYLLABLES_KEPT) SYLLABLES.clear();
  SYLLABLES.set(text, (found = pinyin(text, { toneType: "none", type: "array" })));
  return found;
}

/** A Chinese name's toneless pinyin without spaces ("北京" → "beijing"). */
export const spelling = (name: string) => syllables(name).join("").toLowerCase();

/**
 * Names spelled in pinyin, as people type them without a Chinese keyboard: each alias of the
 * index (then each other word given: places, figures' names) by its spelling, so "<拼音>街道" and
 * syllables typed apart ("<音节> <音节> …") read as the names they spell. Built on first use from
 * the index's own names (no list of names is kept here); an alias wins a spelling two share.
 */
export class UnitPinyin {
  private bySpelling?: Map<string, string>;
  constructor(
    private readonly aliases: readonly string[],
    private readonly words: readonly string[] = [],
  ) {}

  private spellings(): Map<string, string> {
    if (this.bySpelling) return this.bySpelling;
    this.bySpelling = new Map();
    for (const alias of [...this.aliases, ...this.words]) {
      if (!/^[\u4e00-\u9fa5]+$/.test(alias)) continue;
      const key = spelling(alias);
      if (key.length >= MIN_SPELLING && !this.bySpelling.has(key)) this.bySpelling.set(key, alias);
    }
    return this.bySpelling;
  }

  private byInitials?: Map<string, string | null>;

  /**
   * Short organ names by their pinyin initials ("财政局" typed "czj"): aliases of three or four
   * characters ending in an organ word; initials two aliases share name neither.
   */
  private initials(): Map<string, string | null> {
    if (this.byInitials) return this.byInitials;
    this.byInitials = new Map();
    for (const alias of this.aliases)
      if (ORGAN_NAME.test(alias)) setUnique(this.byInitials, initialsOf(alias).join(""), alias);
    return this.byInitials;
  }

  /** Letters that are a figure's initials, with the characters after them that finish its name. */
  private readFigureInitials(question: string): string {
    return question.replace(INITIALS_BEFORE_HAN, (whole, letters: string, han: string) => {
      const lower = letters.toLowerCase();
      if (this.initials().get(lower)) return whole;
      for (let end = han.length; end >= 0; end--) {
        const name = figureInitials().get(lower + han.slice(0, end));
        if (name) return name + han.slice(end);
      }
      return whole;
    });
  }

  /** The longest alias spelled at the start of these letters, with the letters it takes. */
  private spelledAt(letters: string): { alias: string; length: number } | undefined {
    const spellings = this.spellings();
    for (let end = letters.length; end >= MIN_SPELLING; end--) {
      const alias = spellings.get(letters.slice(0, end));
      if (alias) return { alias, length: end };
    }
    return undefined;
  }

  /** One run of Latin words with the aliases it spells (from a word's start) in Chinese. */
  private readRun(run: string): string {
    const words = run.split(/\s+/);
    const out: string[] = [];
    for (let at = 0; at < words.length;) {
      // Syllables typed apart ("<音节> <音节> …") are joined while they still start a spelling.
      const hit = this.spelledAt(words.slice(at).join("").toLowerCase());
      if (!hit) {
        const word = words[at++];
        out.push(this.initials().get(word.toLowerCase()) ?? word);
        continue;
      }
      let used = 0;
      while (at < words.length && used + words[at].length <= hit.length) used += words[at++].length;
      // A spelling that ends inside a word ("<拼音>jiedao"): the word's rest is kept.
      if (used < hit.length) out.push(hit.alias + words[at++].slice(hit.length - used));
      else out.push(hit.alias);
    }
    return out.join(" ");
  }

  /** The question with every alias spelled in pinyin written in Chinese. */
  transliterate(question: string): string {
    if (!/[a-z]/i.test(question)) return question;
    return this.readFigureInitials(question).replace(LATIN_RUN, (run) => this.readRun(run));
  }
}

/**
 * The words besides unit aliases a question may spell in pinyin: the places in the units' names
 * ("普陀区" and "普陀"), the lexicon's figures and their synonyms, and common question words.
 */
export function spelledWords(unitNames: readonly string[]): string[] {
  const places = unitNames.flatMap((name) =>
    segment(name)
      .filter((word) => /[省市区县]$/.test(word) && word.length >= 3)
      .flatMap((word) => [word, word.slice(0, -1)]),
  );
  const figures = METRICS.flatMap((metric) => [metric.key, ...metric.synonyms]);
  return [...new Set([...places, ...figures, ...SPELLED_QUESTION_WORDS])];
}
