import type { AnswerResult, Citation } from "../engine/plan-schema.js";

/**
 * Document text inside the Markdown the server sends (answers, source views) is made inert here,
 * before it leaves the server; the page's DOMPurify stays a second layer. Markdown itself (bold,
 * lists, `>` quotes, tables, `[n]` markers) is left alone.
 */

/** A script URL scheme, also spelled with spaces or tabs inside (browsers ignore those). */
const SCRIPT_SCHEME = /\b(j\s*a\s*v\s*a|v\s*b)\s*s\s*c\s*r\s*i\s*p\s*t\s*:/gi;

/**
 * `<` always becomes `&lt;`, so no tag, comment or autolink can open; a `>` glued to text (the
 * end of a tag) becomes `&gt;` while Markdown quote markers and the " > " of section paths stay;
 * `&` before an entity name stays literal (no `&#60;script&#62;`, no `javascript&#58;`); and
 * `javascript:` / `vbscript:` lose their colon to a full-width one, so no link can run script.
 */
export function neutralizeMarkup(text: string): string {
  return neutralizeScriptUrls(
    text
      .replace(/&(?=#?[a-z0-9]+;)/gi, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/(?<=\S)>/g, "&gt;"),
  );
}

/** `javascript:` and `vbscript:` with a full-width colon: text, never a link that runs script. */
export function neutralizeScriptUrls(text: string): string {
  return text.replace(SCRIPT_SCHEME, (scheme) => `${scheme.slice(0, -1)}：`);
}

/** A citation with its document excerpt made inert (the other fields are names shown as text). */
function safeCitation(c: Citation): Citation {
  return { ...c, excerpt: neutralizeMarkup(c.excerpt) };
}

/** An answer as it may leave the server: its Markdown and its citations' excerpts inert. */
export function safeAnswer<T extends Pick<AnswerResult, "answer" | "citations">>(result: T): T {
  return {
    ...result,
    answer: neutralizeMarkup(result.answer),
    citations: result.citations.map(safeCitation),
  };
}
