import * as OpenCC from "opencc-js";

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

/** What a rewrite may know besides the question: the index's unit aliases. */
export interface ParaphraseContext {
  aliases: readonly { key: string; units: readonly string[] }[];
}

/**
 * Rewrites that keep a question's meaning: the way people wrap, type or word the same question.
 * An answer that changes under one of them has learned the gold wording, not the question.
 */
export const PARAPHRASES: readonly {
  name: string;
  says: string;
  rewrite: (question: string, context: ParaphraseContext) => string;
}[] = [
  { name: "greeting", says: "你好，想问一下，…？谢谢", rewrite: (q) => `你好，想问一下，${bare(q)}？谢谢` },
  { name: "request", says: "帮我查一下…", rewrite: (q) => `帮我查一下${bare(q)}` },
  { name: "traditional", says: "繁體字", rewrite: (q) => toTraditional(q) },
  {
    name: "full-width",
    says: "２０２４",
    rewrite: (q) => q.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
  },
  { name: "no-mark", says: "no question mark", rewrite: (q) => q.replace(/[？?。]$/, "") },
  { name: "particle", says: "…呢", rewrite: (q) => `${bare(q)}呢` },
  { name: "two-digit-year", says: "24年", rewrite: (q) => q.replace(/20(\d\d)年(?!度)/, "$1年") },
  { name: "year-du", says: "2024年度", rewrite: (q) => q.replace(/(20\d\d)年(?!度)/, "$1年度") },
  { name: "full-name", says: "an abbreviation written out", rewrite: (q, context) => fullName(q, context) },
  { name: "possessive", says: "<单位>的…", rewrite: (q, context) => possessive(q, context) },
  { name: "short-name", says: "a full name abbreviated", rewrite: (q, context) => shortName(q, context) },
  {
    name: "years-joined",
    says: "<年>跟<年>",
    rewrite: (q) => q.replace(/(\d{2,4}年度?)和(\d{2,4}年)/, "$1跟$2"),
  },
];

/** The first full unit name in the question replaced by its shortest alias of three or more characters. */
function shortName(q: string, { aliases }: ParaphraseContext): string {
  const units = [...new Set(aliases.flatMap((alias) => alias.units))].sort((a, b) => b.length - a.length);
  const unit = units.find((name) => q.includes(name));
  if (!unit) return q;
  const short = aliases
    .filter(
      (alias) =>
        alias.units.length === 1 && alias.units[0] === unit && alias.key.length >= 3 && alias.key !== unit,
    )
    .sort((a, b) => a.key.length - b.key.length)[0];
  return short ? q.replace(unit, short.key) : q;
}

const bare = (q: string) => q.replace(/[？?。！!]+$/, "");

/** The first unit abbreviation in the question replaced by the unit's full name. */
function fullName(q: string, { aliases }: ParaphraseContext): string {
  for (const alias of aliases) {
    const [unit] = alias.units;
    if (alias.units.length !== 1 || alias.key.length < 3 || alias.key === unit) continue;
    if (q.includes(alias.key) && !q.includes(unit)) return q.replace(alias.key, unit);
  }
  return q;
}

/** "<单位>三公经费" → "<单位>的三公经费": a 的 after the first unit name followed by a word. */
function possessive(q: string, { aliases }: ParaphraseContext): string {
  for (const alias of aliases) {
    const at = q.indexOf(alias.key);
    if (alias.key.length < 3 || at < 0) continue;
    const next = q.slice(at + alias.key.length);
    return /^[\u4e00-\u9fa5]/.test(next) && !next.startsWith("的")
      ? `${q.slice(0, at + alias.key.length)}的${next}`
      : q;
  }
  return q;
}
