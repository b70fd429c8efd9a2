import { isUtf8 } from "node:buffer";
import { basename, extname } from "node:path";
import JSZip from "jszip";
import { AppError } from "../../lib/app-error.js";
import type { DocumentReader, DocumentText } from "./read-document.js";

/** Limits on what one archive may unpack to: a disclosure is a few files of a few megabytes. */
export const ARCHIVE_LIMITS: ArchiveLimits = {
  members: 200,
  /** Uncompressed bytes over all members read. */
  bytes: 256 * 1024 * 1024,
  /** An archive inside an archive is opened; one inside that is not. */
  depth: 2,
};

export interface ArchiveLimits {
  members: number;
  bytes: number;
  depth: number;
}

/** Members every archiver or desktop adds that are not part of the disclosure. */
const SYSTEM_MEMBER = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|~\$|\._)/i;

/** Member names sort as people number them: "2.…" before "10.…". */
const MEMBER_ORDER = new Intl.Collator("zh-CN", { numeric: true });

/**
 * Decodes a member's name: UTF-8 where the bytes are UTF-8 (with or without the flag saying so),
 * else GB18030, as Windows' compressor and WinRAR store Chinese names on a Chinese system.
 */
export function decodeMemberName(bytes: Uint8Array | string[] | Buffer): string {
  const buffer = Array.isArray(bytes) ? Buffer.from(bytes.join(""), "binary") : Buffer.from(bytes);
  return new TextDecoder(isUtf8(buffer) ? "utf-8" : "gb18030").decode(buffer);
}

/** A member that was not read, and why: a warning on the document, never a failed archive. */
export interface SkippedMember {
  name: string;
  reason: string;
}

/** How to read one member: the project's reader for its extension (read-document.ts). */
export type MemberReader = (file: string, bytes: Buffer) => Promise<DocumentText>;

/**
 * A disclosure published as a .zip archive (the narrative as a Word document, the tables as a
 * workbook, an attachment or two): each member the project reads, in the order its name numbers
 * it, joined into one document. Names are decoded as Windows stores them; members of an
 * unsupported kind or that fail to read are skipped with a warning, as long as one is read.
 * Pages are cited only when a single member is read (page 3 of which file, otherwise?).
 */
export function zipReader(
  readMember: MemberReader,
  supported: (name: string) => boolean,
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): DocumentReader {
  return {
    extensions: [".zip"],
    read: (file, bytes) => readArchive(file, bytes, { readMember, supported, limits }),
  };
}

interface ArchiveReading {
  readMember: MemberReader;
  supported: (name: string) => boolean;
  limits: ArchiveLimits;
}

async function readArchive(file: string, bytes: Buffer, how: ArchiveReading): Promise<DocumentText> {
  const { readMember, supported, limits } = how;
  if (file.split("/").filter((part) => extname(part).toLowerCase() === ".zip").length > limits.depth)
    throw new AppError("UNREADABLE_FILE", `${file}: an archive nested too deep; unpack it first`);
  const members = await listMembers(file, bytes, limits.members);
  const skipped: SkippedMember[] = [];
  const read: DocumentText[] = [];
  let unpacked = 0;
  for (const member of members) {
    if (!supported(member.name)) {
      skipped.push({
        name: member.name,
        reason: `not a format read here (${extname(member.name) || "no extension"})`,
      });
      continue;
    }
    const content = await unpack(file, member.entry, limits.bytes, unpacked);
    unpacked += content.length;
    try {
      read.push(await readMember(`${file}/${member.name}`, content));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      skipped.push({ name: member.name, reason: error.message });
    }
  }
  if (!read.length)
    throw new AppError(
      "EMPTY_FILE",
      `${file}: no member of the archive could be read${skipped.length ? ` (${skipped.map(describe).join("; ")})` : ""}`,
    );
  return joinMembers(read, skipped);
}

/** A member's bytes, unpacked as a stream so that an archive bomb stops at the limit. */
function unpack(file: string, entry: JSZip.JSZipObject, limit: number, unpacked: number): Promise<Buffer> {
  const budget = limit - unpacked;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream("nodebuffer");
    stream
      .on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size <= budget) return void chunks.push(chunk);
        stream.pause();
        reject(new AppError("UNREADABLE_FILE", `${file}: unpacks to more than ${limit / 2 ** 20} MB`));
      })
      .on("error", (error: Error) => reject(error))
      .on("end", () => resolve(Buffer.concat(chunks)))
      .resume();
  });
}

interface Member {
  name: string;
  entry: JSZip.JSZipObject;
}

/** The archive's files in reading order, without folders and desktop litter. */
async function listMembers(file: string, bytes: Buffer, most: number): Promise<Member[]> {
  let archive: JSZip;
  try {
    archive = await JSZip.loadAsync(bytes, { decodeFileName: decodeMemberName });
  } catch (error) {
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: not a readable zip archive (${(error as Error).message})`,
      undefined,
      { cause: error },
    );
  }
  const members = Object.values(archive.files)
    .filter((entry) => !entry.dir && !SYSTEM_MEMBER.test(entry.name))
    .map((entry) => ({ name: entry.name, entry }))
    .sort((a, b) => MEMBER_ORDER.compare(a.name, b.name));
  if (members.length > most)
    throw new AppError("UNREADABLE_FILE", `${file}: more than ${most} files in the archive`);
  return members;
}

/** The members' texts one after the other; page sources kept only for a lone member. */
function joinMembers(read: DocumentText[], skipped: SkippedMember[]): DocumentText {
  const text = read.map((member) => member.text.replace(/\n+$/, "")).join("\n\n");
  const warnings = skipped.map((member) => `archive member ${describe(member)}: not read`);
  return {
    text,
    ...(read.length === 1 && read[0].sources ? { sources: read[0].sources, pages: read[0].pages } : {}),
    format: "zip",
    ...(warnings.length ? { warnings } : {}),
  };
}

const describe = (member: SkippedMember) => `${basename(member.name)} (${member.reason})`;
