// The staff draft of a variance answer ("可直接使用的说明草稿" followed by a quote) as its own
// block: copy as plain text (no [n] markers, no formulas) and export to Word with its sources.
import { announce, button, copyText, el } from "./dom.js";
import { sourceLabel } from "./citations.js";
import { downloadPost } from "./exports.js";

const HEADING = /可直接使用的说明草稿/;

/** The draft's quoted lines in the answer's Markdown, or undefined. */
export function draftMarkdown(markdown) {
  const lines = markdown.split("\n");
  const at = lines.findIndex((l) => HEADING.test(l));
  if (at < 0) return undefined;
  const quote = [];
  for (const line of lines.slice(at + 1)) {
    if (line.startsWith(">")) quote.push(line);
    else if (quote.length && line.trim()) break;
  }
  return quote.length ? quote.join("\n") : undefined;
}

/** The draft as paragraphs of plain text: markers, bold marks and "（a − b = c）" formulas removed. */
export function draftParagraphs(quote) {
  return quote
    .split(/\n>\s*\n/)
    .map((p) =>
      p
        .replace(/^>\s?/gm, "")
        .replace(/\[\d+\]/g, "")
        .replace(/\*\*/g, "")
        .replace(/[（(][^（）()]*(?:\([^()]*\)[^（）()]*)*=[^（）()]*[）)]/g, "")
        .replace(/\s*\n\s*/g, "")
        .trim(),
    )
    .filter(Boolean);
}

/** The sources the draft cites, numbered as in the answer. */
function draftSources(quote, index) {
  const numbers = new Set(
    [...quote.matchAll(/\[(\d+)\]/g)].map((m) => index.numberOf(Number(m[1]))).filter(Boolean),
  );
  return [...numbers].sort((a, b) => a - b).map((n) => sourceLabel(index.sources[n - 1].citation));
}

/**
 * Wrap the draft's heading paragraph and quote (already rendered in `body`) in a section with
 * its own buttons. Does nothing for answers without a draft.
 */
export function wrapDraft(body, markdown, index, plan) {
  const quote = draftMarkdown(markdown);
  const heading = [...body.querySelectorAll("p")].find((p) => HEADING.test(p.textContent));
  const blockquote = heading?.nextElementSibling;
  if (!quote || blockquote?.tagName !== "BLOCKQUOTE") return;
  const paragraphs = draftParagraphs(quote);
  const section = el("section", { className: "draft", "aria-label": "说明草稿" });
  heading.replaceWith(section);
  const title = `${plan?.units?.length === 1 ? plan.units[0] : ""}说明草稿`;
  const copy = button("复制草稿", async () => {
    const done = await copyText(paragraphs.join("\n"));
    copy.textContent = done ? "已复制" : "复制失败";
    announce(done ? "草稿已复制" : "浏览器不允许复制");
  });
  const word = button("导出 Word", () =>
    downloadPost(
      "/api/export/draft.docx",
      { title, paragraphs, sources: draftSources(quote, index) },
      `${title}.docx`,
      word,
    ),
  );
  section.append(
    el(
      "div",
      { className: "draft-head" },
      el("h3", {}, "说明草稿"),
      el("div", { className: "draft-actions" }, copy, word),
    ),
    blockquote,
  );
  section.dataset.text = paragraphs.join("\n");
}
