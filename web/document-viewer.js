// One document in the panel: a PDF page by page with pdf.js (pdf-view.js), a text export as
// numbered lines, other files (Word, Excel, OFD) as a download; the cited place (lines or page
// and box) highlighted and scrolled into view.
import { button, el } from "./dom.js";
import { fetchProblem, openPanel, panelError } from "./panel.js";
import { showPrintedPage } from "./pdf-view.js";

const fileUrl = (docId) => `/api/documents/${encodeURIComponent(docId)}/file`;

async function readText(res) {
  const charset = /charset=([\w-]+)/i.exec(res.headers.get("content-type") ?? "")?.[1] ?? "utf-8";
  return new TextDecoder(charset).decode(await res.arrayBuffer());
}

function textLines(text, [from, to] = []) {
  const list = el("ol", { className: "doc-lines", "aria-label": "原文" });
  text.split(/\r?\n/).forEach((line, i) => {
    const n = i + 1;
    const hit = from !== undefined && n >= from && n <= (to ?? from);
    list.append(el("li", { className: hit ? "hit" : "", "data-line": n }, line || " "));
  });
  return list;
}

/** A file the page cannot show (Word, Excel, OFD): a link to download it; the cited passage is in the source list. */
function fileOnly(doc) {
  return el(
    "div",
    { className: "doc-file" },
    el("p", {}, "这种格式的原文件不能在页面里直接显示，引用的段落见来源列表。"),
    el("a", { href: fileUrl(doc.docId), download: "" }, "下载原文件"),
  );
}

/** The page navigation of a PDF: previous and next page around the page shown. */
function pdfNav(doc, place, page) {
  const go = (p) =>
    showDocument(doc, { page: p, box: p === place.page ? place.box : undefined, cited: place });
  return el(
    "div",
    { className: "panel-tools" },
    button("上一页", () => go(page - 1), { disabled: page <= 1 }),
    button("下一页", () => go(page + 1)),
  );
}

/**
 * Show document `doc` ({ docId, unit, year, kind, file? }) with `place` ({ lines } or
 * { page, box }) highlighted.
 */
export async function showDocument(doc, place = {}) {
  const where = place.lines ? `第${place.lines[0]}行` : place.page ? `第${place.page}页` : "";
  const body = openPanel(`${doc.unit} ${doc.year}年度${doc.kind}`, where ? `引用位置：${where}` : "原文");
  try {
    const res = await fetch(fileUrl(doc.docId));
    if (!res.ok) throw new Error(res.status === 404 ? "原文件已移动或更改" : `HTTP ${res.status}`);
    if ((res.headers.get("content-type") ?? "").startsWith("application/pdf")) {
      res.body?.cancel();
      const page = place.page ?? 1;
      const view = el("div", { className: "doc-view" });
      body.replaceChildren(pdfNav(doc, place.cited ?? place, page), view);
      await showPrintedPage(view, { fileUrl: fileUrl(doc.docId), page, box: place.box });
      return;
    }
    if (!(res.headers.get("content-type") ?? "").startsWith("text/")) {
      res.body?.cancel();
      body.replaceChildren(fileOnly(doc));
      return;
    }
    const list = textLines(await readText(res), place.lines);
    body.replaceChildren(list);
    list.querySelector("li.hit")?.scrollIntoView({ block: "center" });
  } catch (error) {
    panelError(body, fetchProblem(error, "原文"), () => showDocument(doc, place));
  }
}
