import render from "dom-serializer";
import { type AnyNode, type Document, type Element, isTag } from "domhandler";
import { findAll, findOne, removeElement, textContent } from "domutils";
import { parseDocument } from "htmlparser2";
import { AppError } from "../../lib/app-error.js";
import { decodeHtml } from "./html-charset.js";
import { htmlToLines } from "./html-lines.js";
import type { DocumentReader, DocumentText } from "./read-document.js";

/**
 * Web pages as government sites publish disclosures (.html, as a browser saves them): the article
 * is read, the site around it is not. Elements that never hold the article's text (scripts,
 * styles, forms, navigation) are dropped; the article is the smallest element that still holds
 * most of the page's text, so menus, breadcrumbs, related links and the footer fall outside it.
 * Its title (the page's first heading, else the <title> before the site's name) and its
 * publication line lead the text, then its paragraphs and tables as plain-text lines
 * (html-lines.ts).
 */
export const htmlReader: DocumentReader = {
  extensions: [".html", ".htm", ".shtml", ".xhtml"],
  read: (file, bytes) => readHtmlPage(file, decodeHtml(file, bytes)),
};

/** A web page's article as text lines, from its markup already decoded. */
export function readHtmlPage(file: string, html: string): DocumentText {
  const page = parseDocument(html, { decodeEntities: true });
  const siteTitle = findOne((node) => node.name === "title", page.children);
  const pageTitle = siteTitle ? oneLine(textContent(siteTitle)).split(TITLE_SEPARATOR)[0]! : "";
  for (const element of findAll((node) => NOT_TEXT.has(node.name), page.children)) removeElement(element);
  const article = articleOf(page);
  const lines = htmlToLines(render(article.children, { encodeEntities: "utf8" }), { breaks: "line" });
  if (!lines.some((line) => /[\u4e00-\u9fff]/.test(line)))
    throw new AppError("EMPTY_FILE", `${file}: the web page has no article text`);
  return { text: [...leadOf(page, article, pageTitle, lines), ...lines].join("\n"), format: "html" };
}

/** Elements whose text is never the article's. */
const NOT_TEXT = new Set([
  "head",
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "svg",
  "form",
  "select",
  "button",
  "nav",
]);

/** The share of the page's text the article holds at least (the rest is menus, links, footer). */
const ARTICLE_SHARE = 0.8;

/** How a page states when the article was published. */
const PUBLISHED = /(?:发布|公开|成文)(?:时间|日期)[:：]\s*\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?/;

/** A title that names a disclosure ("…2024年度部门决算", "…预算公开"). */
const DISCLOSURE_TITLE = /预算|决算/;

/** Where the site's name follows the article's title in <title>. */
const TITLE_SEPARATOR = /\s*(?:[_|｜]|——|--|\s-\s)\s*/;

const textLength = (node: AnyNode) => textContent(node).replace(/\s+/g, "").length;

/** The smallest element holding ARTICLE_SHARE of the page's text: the article, not the site. */
function articleOf(page: Document): Document | Element {
  // Pages saved together (an archive's several pages) have a body each: the article spans them.
  const bodies = findAll((node) => node.name === "body", page.children);
  const body = bodies.length === 1 ? bodies[0]! : page;
  const total = textLength(body);
  let article: Document | Element = body;
  for (;;) {
    const inner = article.children.filter(isTag).find((child) => textLength(child) >= total * ARTICLE_SHARE);
    if (!inner) return article;
    article = inner;
  }
}

/** The title and publication line a reader sees above the article, when the article does not repeat them. */
function leadOf(page: Document, article: Document | Element, pageTitle: string, lines: string[]): string[] {
  // A disclosure's title, not the site's name in a logo heading nor a sidebar's "相关链接".
  const heading = findOne(
    (node) =>
      /^h[1-3]$/.test(node.name) && !within(node, article) && DISCLOSURE_TITLE.test(textContent(node)),
    page.children,
  );
  const title = heading ? oneLine(textContent(heading)) : DISCLOSURE_TITLE.test(pageTitle) ? pageTitle : "";
  const published = textContent(page).match(PUBLISHED)?.[0];
  const opening = lines.slice(0, 5).join("");
  return [title, published ?? ""].filter((line) => line && !opening.includes(line));
}

function within(node: AnyNode, ancestor: AnyNode): boolean {
  for (let current: AnyNode | null = node; current; current = current.parent)
    if (current === ancestor) return true;
  return false;
}

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();
