// One citation style: the answer's [n] markers become numbered buttons that point into one
// de-duplicated source list (citations of the same place share a number), and each opens a
// pop-over with the cited cell or sentence.
import { button, el } from "./dom.js";
import { attachPopover } from "./cite-popover.js";

/** Where a citation is printed: a PDF page, else the line of the text export. */
export function printedAt(c) {
  return c.page ? `第${c.page}页` : c.lines ? `第${c.lines[0]}行` : undefined;
}

/** The place a citation points to: citations with the same place are one source. */
function placeKey(c) {
  return [
    c.docId,
    c.table ?? "",
    c.table ? "" : (c.section ?? ""),
    c.page ?? "",
    c.lines?.join("-") ?? "",
  ].join("|");
}

/** A table by its title, with the standard table's number when it has one. */
function tableName(c) {
  const number = /^\d+$/.test(c.table) ? `表${c.table}` : undefined;
  return c.tableTitle ? `${c.tableTitle}${number ? `（${number}）` : ""}` : (number ?? "附表");
}

/** A source as one line: document, table or section, row, place. */
export function sourceLabel(c) {
  const section = c.section?.split(" > ").at(-1);
  return [
    `${c.unit} ${c.year}年度${c.kind}`,
    c.table ? tableName(c) : section,
    c.table ? c.row : undefined,
    printedAt(c),
  ]
    .filter(Boolean)
    .join("｜");
}

/**
 * The numbering of an answer's sources: citation i (1-based, as in the markers) → source n, in
 * the order the markers first appear in the text; citations never marked come last.
 */
export function sourceIndex(markdown, citations) {
  const order = [...markdown.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  for (let i = 1; i <= citations.length; i++) order.push(i);
  const byPlace = new Map();
  const numberOf = new Map();
  const sources = [];
  for (const i of order) {
    const c = citations[i - 1];
    if (!c || numberOf.has(i)) continue;
    const key = placeKey(c);
    let source = byPlace.get(key);
    if (!source) {
      source = { n: sources.length + 1, citation: c, citations: [] };
      sources.push(source);
      byPlace.set(key, source);
    }
    source.citations.push(c);
    numberOf.set(i, source.n);
  }
  return { sources, numberOf: (i) => numberOf.get(i) };
}

/** The facts an answer states from a citation (value and measure), by citation id. */
function valuesById(facts) {
  const values = new Map();
  for (const f of facts ?? [])
    for (const id of f.sourceIds ?? []) if (!values.has(id)) values.set(id, `${f.value}${f.measure ?? ""}`);
  return values;
}

/** Pop-over content: each cited cell (row · column = value) or sentence, and a way to the source. */
function popoverContent(source, cited, values, openSource) {
  const items = cited.map((c) =>
    c.table
      ? el(
          "li",
          {},
          `${c.row ?? ""}${c.column ? ` · ${c.column}` : ""}${values.has(c.id) ? `：${values.get(c.id)}` : ""}`,
        )
      : el("li", {}, el("q", {}, c.excerpt ?? c.section ?? "")),
  );
  return [
    el("p", { className: "pop-title" }, `[${source.n}] ${sourceLabel(source.citation)}`),
    el("ul", { className: "pop-cells" }, ...items),
    button("查看原文", () => openSource(source.citation), { className: "ghost pop-open" }),
  ];
}

/** Replace the [n] markers in `container`'s text with buttons; runs of markers become one group. */
export function linkMarkers(container, index, citations, result, openSource) {
  const values = valuesById(result?.facts);
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) if (/\[\d+\]/.test(walker.currentNode.nodeValue)) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const frag = document.createDocumentFragment();
    for (const part of node.nodeValue.split(/((?:\[\d+\])+)/)) {
      if (!/^(\[\d+\])+$/.test(part)) {
        frag.append(part);
        continue;
      }
      const marked = [...part.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      const groups = new Map();
      for (const i of marked) {
        const n = index.numberOf(i);
        if (n) groups.set(n, [...(groups.get(n) ?? []), citations[i - 1]]);
      }
      if (!groups.size) {
        frag.append(part);
        continue;
      }
      const sup = el("sup", { className: "cites" });
      for (const [n, cited] of [...groups].sort((a, b) => a[0] - b[0])) {
        const source = index.sources[n - 1];
        const b = el(
          "button",
          { type: "button", className: "cite", "aria-label": `来源 ${n}：${sourceLabel(source.citation)}` },
          String(n),
        );
        attachPopover(b, () => popoverContent(source, cited, values, openSource));
        sup.append(b);
      }
      frag.append(sup);
    }
    node.replaceWith(frag);
  }
}

/** The answer's sources, once each, numbered as the markers are. */
export function sourceList(index, openSource) {
  const list = el("ol", { className: "sources", "aria-label": "来源" });
  for (const source of index.sources) {
    const label = sourceLabel(source.citation);
    list.append(
      el(
        "li",
        { value: source.n },
        button(label, () => openSource(source.citation), {
          className: "source-link",
          title: source.citation.section ?? label,
        }),
      ),
    );
  }
  return el("section", { className: "sources-box" }, el("h3", { className: "sources-head" }, "来源"), list);
}
