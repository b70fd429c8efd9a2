import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import type { Request, Response } from "express";
import { z } from "zod";
import type { DocumentInfo } from "../../ingest/schema.js";
import { AppError } from "../../lib/app-error.js";
import { Lru } from "../../lib/lru.js";
import type { Knowledge } from "../engine/knowledge.js";
import { zodToAppError } from "../http/error-handler.js";

/**
 * The original file a document was ingested from, found by docId in the index's document list
 * (never from a path the client sends), and only while it still has the content that was indexed:
 * page boxes of an edited file would point at the wrong spot.
 */
export const DocumentFileParams = z.object({ docId: z.string().min(1).max(200) });

/** The URL the page fetches a document's original file from. */
export const documentFileUrl = (docId: string) => `/api/documents/${encodeURIComponent(docId)}/file`;

const MEDIA_TYPES: Record<string, string> = {
  ".pdf": "application/pdf",
  ".ofd": "application/ofd",
  ".doc": "application/msword",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xls": "application/vnd.ms-excel",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".odt": "application/vnd.oasis.opendocument.text",
  ".ods": "application/vnd.oasis.opendocument.spreadsheet",
  ".fodt": "application/vnd.oasis.opendocument.text-flat-xml",
  ".fods": "application/vnd.oasis.opendocument.spreadsheet-flat-xml",
  ".html": "text/html",
  ".htm": "text/html",
  ".shtml": "text/html",
  ".xhtml": "text/html",
  ".md": "text/markdown",
  ".markdown": "text/markdown",
  ".txt": "text/plain",
  ".text": "text/plain",
  ".zip": "application/zip",
};

/** The policy a saved web page is shown under: a sandbox without scripts, its own styles, no fetches. */
const SAVED_PAGE_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** Bytes read to tell a UTF-8 text export from a GB18030 one. */
const SNIFF_BYTES = 64 * 1024;

/** Files whose hash was checked, by path: a changed size or mtime checks again. */
const checked = new Lru<{ size: number; mtimeMs: number; same: boolean }>(1024);

export interface DocumentFile {
  path: string;
  contentType: string;
}

/** The document's file if it is still on disk with the content that was indexed; else undefined. */
export async function documentFile(k: Knowledge, docId: string): Promise<DocumentFile | undefined> {
  const info = k.documents.find((d) => d.docId === docId);
  if (!info) return undefined;
  // Ingest records the file relative to the folder it ran in, which is the server's folder too.
  const path = resolve(info.file);
  const stats = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
    throw error;
  });
  if (!stats?.isFile() || !(await sameContent(path, stats, info))) return undefined;
  return { path, contentType: await contentType(path) };
}

async function sameContent(
  path: string,
  stats: { size: number; mtimeMs: number },
  info: DocumentInfo,
): Promise<boolean> {
  const known = checked.get(path);
  if (known && known.size === stats.size && known.mtimeMs === stats.mtimeMs) return known.same;
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  const same = hash.digest("hex") === info.hash;
  checked.set(path, { size: stats.size, mtimeMs: stats.mtimeMs, same });
  return same;
}

async function contentType(path: string): Promise<string> {
  const type = MEDIA_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
  if (!type.startsWith("text/")) return type;
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    return `${type}; charset=${isUtf8(buffer.subarray(0, bytesRead)) ? "utf-8" : "gb18030"}`;
  } finally {
    await file.close();
  }
}

function isUtf8(bytes: Buffer): boolean {
  try {
    // stream: a character cut at the end of the sample is not an error.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

/** GET /api/documents/:docId/file: the original file, streamed, shown inline. */
export async function sendDocumentFile(k: Knowledge, req: Request, res: Response): Promise<void> {
  const params = DocumentFileParams.safeParse(req.params);
  if (!params.success) throw zodToAppError(params.error);
  const { docId } = params.data;
  if (!k.documents.some((d) => d.docId === docId)) throw new AppError("NOT_FOUND", `No document ${docId}`);
  const file = await documentFile(k, docId);
  if (!file)
    throw new AppError(
      "NOT_FOUND",
      `The original file of ${docId} is no longer available as it was indexed (moved, removed or changed)`,
      { docId },
    );
  const name = encodeURIComponent(basename(file.path));
  await new Promise<void>((done, fail) =>
    res.sendFile(
      file.path,
      {
        dotfiles: "allow",
        headers: {
          "content-type": file.contentType,
          "content-disposition": `inline; filename*=UTF-8''${name}`,
          "cache-control": "private, no-cache",
          // A saved web page runs nothing and loads nothing from our origin or the site's.
          ...(file.contentType.startsWith("text/html")
            ? { "content-security-policy": SAVED_PAGE_POLICY }
            : {}),
        },
      },
      (error) => {
        if (error && !res.headersSent) return fail(error);
        // Headers are out: the client went away mid-file, nothing left to answer.
        if (error) req.log?.warn({ err: error }, "document file not sent in full");
        done();
      },
    ),
  );
}
