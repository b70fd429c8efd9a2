import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import { Router } from "express";
import { z } from "zod";
import { AppError } from "../../lib/app-error.js";
import type { EngineHolder } from "../engine-holder.js";
import { csvLine } from "../http/csv-cell.js";
import { zodToAppError } from "../http/error-handler.js";
import { CSV_COLUMNS } from "../http/facts-export.js";

export const EXPORT_LIMITS = { ids: 500, paragraphs: 50, paragraphChars: 8000, sources: 200 } as const;

/** POST /api/export/facts.csv: the facts an answer cites, by id. */
export const FactsCsvBody = z.object({
  ids: z.array(z.string().min(3).max(200)).min(1).max(EXPORT_LIMITS.ids),
});

/** POST /api/export/draft.docx: a staff draft as the page shows it, without citation markers. */
export const DraftDocxBody = z.object({
  title: z.string().trim().min(1).max(200),
  paragraphs: z.array(z.string().max(EXPORT_LIMITS.paragraphChars)).min(1).max(EXPORT_LIMITS.paragraphs),
  sources: z.array(z.string().min(1).max(1000)).max(EXPORT_LIMITS.sources).default([]),
  /** A line under the title, e.g. where the figures come from and when the draft was made. */
  note: z.string().max(500).optional(),
});
export type DraftDocxBody = z.infer<typeof DraftDocxBody>;

/** The attachment header for a file name that may be Chinese. */
function attachment(name: string, fallback: string): string {
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The cited facts as CSV in /api/facts's columns, formulas neutralised by the same csvCell. */
async function factsCsv(holder: EngineHolder, ids: string[]): Promise<string> {
  const engine = holder.engine;
  if (!engine) throw new AppError("INDEX_MISSING", "The index is not loaded yet");
  const unique = [...new Set(ids)];
  const facts = await engine.knowledge.store.factsByIds(unique);
  const order = new Map(unique.map((id, i) => [id, i]));
  facts.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const lines = facts.map((f) => csvLine(CSV_COLUMNS.map((c) => f[c])));
  return `\uFEFF${CSV_COLUMNS.join(",")}\n${lines.map((l) => `${l}\n`).join("")}`;
}

/** A Word document: the title, the draft's paragraphs, then the numbered source list. */
export function draftDocument(body: DraftDocxBody): Document {
  const text = (t: string) => new TextRun({ text: t, font: { eastAsia: "SimSun" } });
  const children = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(body.title)] }),
    ...(body.note ? [new Paragraph({ children: [text(body.note)] })] : []),
    ...body.paragraphs.map((p) => new Paragraph({ spacing: { after: 160 }, children: [text(p)] })),
  ];
  if (body.sources.length)
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [text("来源")] }),
      ...body.sources.map((s, i) => new Paragraph({ children: [text(`${i + 1}. ${s}`)] })),
    );
  return new Document({
    creator: "budget-qa",
    title: body.title,
    sections: [{ children }],
  });
}

/** Downloads the chat page makes of an answer: its cited facts as CSV, its staff draft as .docx. */
export function exportRoute(holder: EngineHolder): Router {
  const router = Router();
  router.post("/api/export/facts.csv", async (req, res) => {
    const parsed = FactsCsvBody.safeParse(req.body);
    if (!parsed.success) throw zodToAppError(parsed.error);
    const csv = await factsCsv(holder, parsed.data.ids);
    res.setHeader("content-disposition", attachment("引用数据.csv", "facts.csv"));
    res.type("text/csv; charset=utf-8").send(csv);
  });
  router.post("/api/export/draft.docx", async (req, res) => {
    const parsed = DraftDocxBody.safeParse(req.body);
    if (!parsed.success) throw zodToAppError(parsed.error);
    const buffer = await Packer.toBuffer(draftDocument(parsed.data));
    res.setHeader("content-disposition", attachment(`${parsed.data.title}.docx`, "draft.docx"));
    res.type("application/vnd.openxmlformats-officedocument.wordprocessingml.document").send(buffer);
  });
  return router;
}
