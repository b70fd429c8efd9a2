// Markdown from the server is rendered with marked and sanitised with DOMPurify before it
// touches the DOM; nothing else in the page sets innerHTML from server text.
import { marked } from "/vendor/marked/marked.esm.js";
import DOMPurify from "/vendor/dompurify/purify.es.mjs";

export function safeHtml(markdown) {
  return DOMPurify.sanitize(marked.parse(markdown, { async: false }), { USE_PROFILES: { html: true } });
}

/**
 * The answer without its trailing "**来源**" list: the page shows the citations once, as its own
 * de-duplicated source list under the answer.
 */
export function withoutSourceList(markdown) {
  const at = markdown.search(/\n\*\*来源\*\*\s*\n/);
  return at >= 0 ? markdown.slice(0, at).trimEnd() : markdown;
}

/** Plain text of Markdown for copying: no [n] markers, no bold marks, no quote marks. */
export function plainText(markdown) {
  return markdown
    .replace(/\[\d+\]/g, "")
    .replace(/\*\*/g, "")
    .replace(/^>\s?/gm, "")
    .trim();
}
