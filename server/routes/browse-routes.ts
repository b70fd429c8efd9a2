import { Router } from "express";
import { renderTableMarkdown } from "../../ingest/index/render-table.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import { AppError } from "../../lib/app-error.js";
import type { Knowledge } from "../engine/knowledge.js";
import { sendDocumentFile } from "./document-file.js";
import { printedPlace } from "./printed-place.js";
import type { EngineHolder } from "../engine-holder.js";
import { zodToAppError } from "../http/error-handler.js";
import { countFacts, streamFacts } from "../http/facts-export.js";
import { neutralizeMarkup, neutralizeScriptUrls } from "../http/sanitize-markdown.js";
import { FACTS_LIMITS, FactsQuery, SourceParams } from "../http/schemas.js";

function knowledgeOf(holder: EngineHolder): Knowledge {
  const engine = holder.engine;
  if (!engine) throw new AppError("INDEX_MISSING", "The index is not loaded yet");
  return engine.knowledge;
}

/** Escaped for HTML, and no script URL for the Markdown around it to link. */
function escapeHtml(text: string): string {
  return neutralizeScriptUrls(escapeHtmlChars(text));
}

function escapeHtmlChars(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** The cited table with the cell in bold, or the cited section with the sentence marked. */
async function sourceOf(k: Knowledge, id: string) {
  const [fact] = await k.store.factsByIds([id]);
  const table = await k.store.table(fact?.table ? id.replace(/:r\d+:c\d+$/, "") : id);
  if (table) {
    const column = fact ? Number(/:c(\d+)$/.exec(fact.id)?.[1]) : undefined;
    const mark = fact && column !== undefined ? { line: fact.source.lines[0], column } : undefined;
    const doc = k.documents.find((d) => d.docId === table.docId)!;
    return {
      id,
      type: "table" as const,
      title: table.title,
      unit: doc.unit,
      year: doc.year,
      kind: doc.kind,
      docId: doc.docId,
      lines: table.lines,
      markdown: `金额单位：${neutralizeMarkup(table.amountUnit)}\n\n${neutralizeMarkup(renderTableMarkdown(table, mark))}`,
      highlight: fact ? { row: fact.row, column: fact.column, value: fact.value } : null,
    };
  }
  const [chunk] = fact
    ? [await k.store.sectionChunk(fact.docId, fact.source.section)]
    : await k.store.chunks([id]);
  if (!chunk) return undefined;
  const body = chunk.text.split("\n").slice(1).join("\n");
  let html = escapeHtml(body);
  if (fact) {
    const excerpt = escapeHtml(fact.source.excerpt);
    html = html.includes(excerpt)
      ? html.replace(excerpt, `<mark>${excerpt}</mark>`)
      : `<mark>${excerpt}</mark>\n\n${html}`;
  }
  return {
    id,
    type: "section" as const,
    title: chunk.section.join(" > "),
    unit: chunk.unit,
    year: chunk.year,
    kind: chunk.kind,
    docId: chunk.docId,
    lines: fact?.source.lines ?? chunk.lines,
    markdown: html.split("\n").join("\n\n"),
    highlight: fact ? { row: fact.row, column: fact.column, value: fact.value } : null,
  };
}

export function browseRoutes(holder: EngineHolder): Router {
  const router = Router();

  router.get("/api/documents", async (_req, res) => {
    const k = knowledgeOf(holder);
    res.json({
      documents: await k.store.documentInfos(),
      units: k.units.map((u) => ({
        name: u.name,
        parent: u.parent,
        docIds: u.docIds,
        aliases: u.aliases.slice(0, 8),
      })),
    });
  });

  router.get("/api/sources/:id", async (req, res) => {
    const params = SourceParams.safeParse(req.params);
    if (!params.success) throw zodToAppError(params.error);
    const k = knowledgeOf(holder);
    const source = await sourceOf(k, params.data.id);
    if (!source) throw new AppError("NOT_FOUND", `No source ${params.data.id}`);
    // PDF sources also say where the figure is printed: page, box and the file to show it from.
    res.json({ ...source, ...(await printedPlace(k, params.data.id, source.docId)) });
  });

  router.get("/api/documents/:docId/file", (req, res) => sendDocumentFile(knowledgeOf(holder), req, res));

  router.get("/api/facts", async (req, res) => {
    const query = FactsQuery.safeParse(req.query);
    if (!query.success) throw zodToAppError(query.error);
    const { unit, year, q, table, format, limit, offset } = query.data;
    const k = knowledgeOf(holder);
    const units = unit
      ? new Set([unit, ...k.aliases.filter((a) => a.key === matchKey(unit)).flatMap((a) => a.units)])
      : undefined;
    const where = { units: units ? [...units] : undefined, year, table, text: q };
    if (format !== "json") {
      await streamFacts(req, res, k.store, where, { format, limit, offset });
      return;
    }
    const page = limit ?? FACTS_LIMITS.defaultPage;
    const [total, facts] = await Promise.all([
      countFacts(k, where),
      k.store.facts({ ...where, limit: page, offset }),
    ]);
    res.json({ total, offset, limit: page, facts });
  });

  router.get("/healthz", (_req, res) => {
    const engine = holder.engine;
    const state = holder.state;
    if (!engine || state.status !== "ok") {
      res.status(503).json(state);
      return;
    }
    const m = engine.knowledge.manifest;
    res.json({
      status: "ok",
      store: engine.knowledge.store.kind,
      generation: state.generation,
      builtAt: m.builtAt,
      counts: m.counts,
      embedding: m.embedding,
    });
  });
  return router;
}
