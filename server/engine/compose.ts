import type { Fact } from "../../ingest/schema.js";
import { money } from "../../lib/money.js";
import { yuanBeside, asksYuan } from "./amount-in-yuan.js";
import { formatValue } from "./calculator.js";
import { placeWords, tableName } from "./ops/labels.js";
import type { Draft, Figure, Segment } from "./draft.js";
import type { AnswerFact, AnswerResult, Citation, QueryPlan } from "./plan-schema.js";

/** A fact as a citation: where it is (table/row/column or section) and what the document says. */
export function factCitation(f: Fact): Citation {
  return {
    id: f.id,
    docId: f.docId,
    unit: f.unit,
    year: f.year,
    kind: f.kind,
    ...(f.table ? { table: f.table } : {}),
    ...(f.tableTitle ? { tableTitle: f.tableTitle } : {}),
    ...(f.tableLabel ? { tableLabel: f.tableLabel } : {}),
    section: f.source.section.join(" > "),
    row: f.rowCode ? `${f.rowCode} ${f.row}` : f.row,
    column: f.column,
    lines: f.source.lines,
    excerpt: f.source.excerpt,
    ...(f.source.page !== undefined ? { page: f.source.page } : {}),
    ...(f.source.box ? { box: f.source.box } : {}),
  };
}

function sourceLine(c: Citation): string {
  const where = c.table
    ? `${tableName(c)}｜${c.row ?? ""}｜${c.column ?? ""}`
    : `${(c.section ?? "").split(" > ").slice(-2).join(" > ")}`;
  const place = placeWords(c);
  return `${c.unit} ${c.year}年度${c.kind}｜${where}${place ? `｜${place}` : ""}`;
}

/** The figure as the table printed it when the table is in 元: the reader finds it on the page. */
export function printedBeside(fig: Figure): { value: string; unit: string } | undefined {
  if (fig.formula || fig.measure !== "万元" || !fig.facts.length) return undefined;
  const printed = fig.facts.find((f) => f.printed?.unit === "元")?.printed;
  if (!printed) return undefined;
  return fig.facts.every((f) => f.value === fig.value) ? printed : undefined;
}

/** Money and rates in bold with their unit; changes say 增加/减少; computed ones show the formula. */
function renderFigure(
  fig: Figure,
  seg: Exclude<Segment, string>,
  marker: string,
  askedYuan: boolean,
): string {
  const v = money(fig.value);
  const magnitude = formatValue(v.abs().toFixed(), fig.measure);
  const unit = fig.measure;
  let text: string;
  if (seg.change) {
    const up = v.gt(0);
    const word = v.isZero() ? "持平" : unit === "%" ? (up ? "增长" : "下降") : up ? "增加" : "减少";
    text = v.isZero() ? word : `${word} **${magnitude}${unit}**`;
  } else text = `**${formatValue(fig.value, unit, fig.places)}${unit}**`;
  const formula = fig.formula && !seg.bare ? `（${fig.formula}）` : "";
  const printed = !seg.change && !seg.bare ? printedBeside(fig) : undefined;
  const asPrinted = printed ? `（表中列为${printed.value}${printed.unit}）` : "";
  const yuan = !printed && !seg.bare && fig.places === undefined ? yuanBeside(fig, askedYuan) : undefined;
  const inYuan = yuan ? `（即${yuan.value}${yuan.measure}）` : "";
  return `${text}${marker}${formula}${asPrinted}${inYuan}`;
}

/** Markers a figure shows before "等": a sum of many parts does not print a marker per part. */
const MAX_MARKERS = 4;

/**
 * Every source of a figure is in the source list; the text marks up to MAX_MARKERS of them, or the
 * first few and "等" (a sum of three parts shows three markers, of thirteen three and "等").
 */
function figureMarkers(numbers: number[]): string {
  const distinct = [...new Set(numbers)];
  const shown = distinct.length > MAX_MARKERS ? distinct.slice(0, MAX_MARKERS - 1) : distinct;
  return shown.map((n) => `[${n}]`).join("") + (shown.length < distinct.length ? "等" : "");
}

/**
 * Turn a draft into the answer: Markdown text with numbered citation markers, the figures with
 * their formulas and source ids, and the citations. Only figures carry digits into the text.
 */
export function compose(draft: Draft, plan: QueryPlan): AnswerResult {
  const citations: Citation[] = [];
  const askedYuan = asksYuan(plan.question);
  const citationIndex = new Map<string, number>();
  const cite = (c: Citation) => {
    if (!citationIndex.has(c.id)) {
      citations.push(c);
      citationIndex.set(c.id, citations.length);
    }
    return citationIndex.get(c.id)!;
  };
  const render = (segs: Segment[]) =>
    segs
      .map((s) => {
        if (typeof s === "string") return s;
        const fig = draft.figures[s.fig];
        const markers = figureMarkers(fig.facts.map((f) => cite(factCitation(f))));
        return renderFigure(fig, s, markers, askedYuan);
      })
      .join("");

  const parts: string[] = [];
  if (draft.headline.length) parts.push(render(draft.headline));
  if (draft.bullets.length) parts.push(draft.bullets.map((b) => `- ${render(b)}`).join("\n"));
  if (draft.draft) parts.push(`**可直接使用的说明草稿：**\n\n> ${render(draft.draft)}`);
  for (const p of draft.passages) {
    const chunk = p.chunk;
    const n = chunk
      ? cite({
          id: chunk.id,
          docId: chunk.docId,
          unit: chunk.unit,
          year: chunk.year,
          kind: chunk.kind,
          section: chunk.section.join(" > "),
          lines: chunk.lines,
          excerpt: p.text.slice(0, 300),
        })
      : 0;
    parts.push(
      `${p.text
        .split("\n")
        .map((l) => `> ${l}`)
        .join("\n")}\n> —— 摘自「${p.title}」[${n}]`,
    );
  }
  if (draft.notes.length) parts.push(`**说明**\n\n${draft.notes.map((n) => `- ${render(n)}`).join("\n")}`);
  if (citations.length)
    parts.push(`**来源**\n\n${citations.map((c, i) => `${i + 1}. ${sourceLine(c)}`).join("\n")}`);

  const facts: AnswerFact[] = draft.figures.flatMap((f) => {
    const sourceIds = f.facts.map((x) => x.id);
    const printed = printedBeside(f);
    const yuan = printed ? undefined : yuanBeside(f, askedYuan);
    return [
      {
        label: f.label,
        value: f.value,
        measure: f.measure,
        ...(f.formula ? { formula: f.formula } : {}),
        sourceIds,
      },
      ...(printed ? [{ label: `${f.label}（表中列数）`, ...printed, measure: printed.unit, sourceIds }] : []),
      ...(yuan ? [{ label: `${f.label}（折合元）`, ...yuan, sourceIds }] : []),
    ];
  });
  return {
    answer: parts.join("\n\n"),
    status: draft.status,
    facts,
    citations,
    ...(draft.chart ? { chart: draft.chart } : {}),
    plan,
    mode: "rules",
  };
}
