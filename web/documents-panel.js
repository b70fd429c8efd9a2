// The documents page (in the panel): every indexed document with unit, year, kind, edition, its
// understanding report and check notes, a search box, and a viewer for each document.
import { $, button, el } from "./dom.js";
import { reportDetails } from "./doc-report.js";
import { showDocument } from "./document-viewer.js";
import { fetchProblem, openPanel, panelError } from "./panel.js";
import { loadCatalog } from "./catalog.js";

function warningsDetails(doc) {
  const shown = doc.warnings.filter((w) => w.code !== "rounding");
  if (!shown.length) return "";
  return el(
    "details",
    {},
    el("summary", {}, `核对提示（${shown.length}）`),
    el("ul", {}, ...shown.map((w) => el("li", {}, w.message))),
  );
}

function documentItem(doc) {
  const counts = `${doc.counts.tables} 张表 · ${doc.counts.facts} 条数据 · ${doc.warnings.length} 条核对提示`;
  const label = `${doc.unit} · ${doc.year}年度${doc.kind}`;
  const li = el(
    "li",
    { "data-doc": doc.docId },
    el("h3", {}, label),
    el("p", { className: "meta" }, `${doc.edition ? `${doc.edition} · ` : ""}${counts}`),
    button("查看原文", () => showDocument(doc), {
      className: "ghost view-doc",
      "aria-label": `查看原文：${label}`,
    }),
    doc.report ? reportDetails(doc.report) : "",
    warningsDetails(doc),
  );
  li.dataset.search = [
    doc.unit,
    doc.year,
    `${doc.year}年`,
    doc.kind,
    doc.title,
    doc.edition,
    ...(doc.aliases ?? []),
  ]
    .join(" ")
    .toLowerCase();
  return li;
}

function filter(list, query, count) {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const li of list.children) {
    li.hidden = !words.every((w) => li.dataset.search.includes(w));
    if (!li.hidden) shown++;
  }
  count.textContent = `共 ${list.children.length} 份，显示 ${shown} 份`;
}

export async function showDocuments() {
  const body = openPanel("已收录的文件", "核对提示是入库时发现的前后不一致，回答会同时列出两种说法。");
  try {
    const { documents } = await loadCatalog(true);
    const list = el("ul", { className: "docs" }, ...documents.map(documentItem));
    const count = el("p", { className: "meta", role: "status" });
    const search = el("input", {
      type: "search",
      id: "doc-search",
      placeholder: "按单位、年份、预算/决算筛选",
      "aria-label": "筛选文件",
    });
    search.addEventListener("input", () => filter(list, search.value, count));
    body.replaceChildren(search, count, list);
    filter(list, "", count);
  } catch (error) {
    panelError(body, fetchProblem(error, "文件列表"), () => showDocuments());
  }
  $("panel-title").focus?.();
}
