/**
 * The index behind `FactQuery.text` (GET /api/facts?q=): a fact matches when `matchKey(q)` is a
 * substring of its descriptor (row, code, column, metric, table title). Each descriptor is also
 * indexed by its characters, so a search reads the facts that hold every character of the query
 * instead of every fact; the substring test then runs on those only, and results are exactly the
 * substring matches, as before.
 *
 * SQLite: an FTS5 table (`fact_text`, rowid = the fact's rowid) over the characters separated by
 * spaces (unicode61 makes each letter or digit a token; punctuation is no token), searched with a
 * phrase of the query's characters: they must stand next to each other.
 * PostgreSQL: a `tsvector` of the distinct characters (`fact_labels`, GIN), searched for all the
 * query's characters (`&`): no positions, so no limit on a descriptor's length.
 */

/** Letters and digits: the characters FTS5's unicode61 tokenizer indexes. */
const INDEXED = /[\p{L}\p{N}]/u;

/** A descriptor's characters as FTS5 text: one token per letter or digit. */
export function labelChars(descriptor: string): string {
  return [...descriptor].join(" ");
}

/**
 * The FTS5 phrase for a `matchKey` needle, or undefined when the needle has no letter or digit
 * (nothing indexed to look up: the search scans, as it always did).
 */
export function labelPhrase(needle: string): string | undefined {
  if (!INDEXED.test(needle)) return undefined;
  return `"${labelChars(needle).replace(/"/g, '""')}"`;
}

function quoteLexeme(char: string): string {
  return `'${char.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/** A descriptor's distinct characters as a `tsvector` literal (cast with `::tsvector`). */
export function labelTsvector(descriptor: string): string {
  return [...new Set(descriptor)]
    .filter((c) => c.trim())
    .map(quoteLexeme)
    .join(" ");
}

/** A `tsquery` literal requiring every character of a needle, or undefined for an empty needle. */
export function labelTsquery(needle: string): string | undefined {
  const chars = [...new Set(needle)].filter((c) => c.trim());
  return chars.length ? chars.map(quoteLexeme).join(" & ") : undefined;
}
