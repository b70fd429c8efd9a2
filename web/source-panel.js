// A citation's source in the panel: the table with the cited cell in bold, or the section with
// the sentence marked; a PDF source as its printed page with the box outlined (pdf-view.js).
import { $, button, el } from "./dom.js";
import { safeHtml } from "./markdown.js";
import { printedAt } from "./citations.js";
import { fetchProblem, getJson, openPanel, panelError } from "./panel.js";
import { showPrintedPage } from "./pdf-view.js";
import { showDocument } from "./document-viewer.js";

let latest = 0;

export async function openSource(citation) {
  const request = ++latest;
  const where = printedAt(citation);
  const body = openPanel(
    "出处",
    `${citation.unit} ${citation.year}年度${citation.kind}${where ? ` · ${where}` : ""}`,
  );
  try {
    const source = await getJson(`/api/sources/${encodeURIComponent(citation.id)}`);
    if (request !== latest) return;
    $("panel-title").textContent = source.title;
    const view = el("div", { className: "source-view" });
    view.innerHTML = safeHtml(source.markdown);
    const whole = button("在整份文件中查看", () =>
      showDocument(
        { docId: source.docId, unit: source.unit, year: source.year, kind: source.kind },
        { lines: source.lines, page: source.page, box: source.box },
      ),
    );
    body.replaceChildren(el("div", { className: "panel-tools" }, whole), view);
    if (source.fileUrl && source.page) return void (await showPrintedPage(view, source));
    const target = view.querySelector("strong, mark");
    target?.classList.add("hit");
    target?.scrollIntoView({ block: "center", inline: "nearest" });
  } catch (error) {
    if (request === latest) panelError(body, fetchProblem(error, "出处"), () => openSource(citation));
  }
}
