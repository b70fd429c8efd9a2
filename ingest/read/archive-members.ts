import { basename, extname } from "node:path";
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

/** A member that was not read, and why: a warning on the document, never a failed archive. */
export interface SkippedMember {
  name: string;
  reason: string;
}

/** How to read one member: the project's reader for its extension (read-document.ts). */
export type MemberReader = (file: string, bytes: Buffer) => Promise<DocumentText>;

/** One file of an archive: its name as the archive stores it, and its bytes on demand. */
export interface ArchiveMember {
  name: string;
  /** Unpacks the member, stopping (undefined) once it passes `budget` bytes: an archive bomb. */
  unpack(budget: number): Promise<Buffer | undefined>;
}

/** One kind of archive: the files it holds, folders left out. */
export interface ArchiveFormat {
  extensions: readonly string[];
  format: NonNullable<DocumentText["format"]>;
  list(file: string, bytes: Buffer): Promise<ArchiveMember[]>;
}

/** Members every archiver or desktop adds that are not part of the disclosure. */
const SYSTEM_MEMBER = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|~\$|\._)/i;

/** Member names sort as people number them: "2.…" before "10.…". */
const MEMBER_ORDER = new Intl.Collator("zh-CN", { numeric: true });

/** Every archive extension some reader opens, for the nesting limit. */
const ARCHIVE_EXTENSIONS = new Set<string>();

interface ArchiveReading {
  readMember: MemberReader;
  supported: (name: string) => boolean;
  limits: ArchiveLimits;
}

/**
 * A disclosure published as an archive (the narrative as a Word document, the tables as
 * workbooks, an attachment or two): each member the project reads, in the order its name numbers
 * it, joined into one document. Members of an unsupported kind or that fail to read are skipped
 * with a warning, as long as one is read. Pages are cited only when a single member is read (page
 * 3 of which file, otherwise?).
 */
export function archiveReader(
  kind: ArchiveFormat,
  readMember: MemberReader,
  supported: (name: string) => boolean,
  limits: ArchiveLimits = ARCHIVE_LIMITS,
): DocumentReader {
  for (const extension of kind.extensions) ARCHIVE_EXTENSIONS.add(extension);
  return {
    extensions: kind.extensions,
    read: (file, bytes) => readArchive(file, bytes, kind, { readMember, supported, limits }),
  };
}

async function readArchive(
  file: string,
  bytes: Buffer,
  kind: ArchiveFormat,
  how: ArchiveReading,
): Promise<DocumentText> {
  const { readMember, supported, limits } = how;
  const nesting = file.split("/").filter((part) => ARCHIVE_EXTENSIONS.has(extname(part).toLowerCase()));
  if (nesting.length > limits.depth)
    throw new AppError("UNREADABLE_FILE", `${file}: an archive nested too deep; unpack it first`);
  const members = inReadingOrder(file, await kind.list(file, bytes), limits.members);
  const skipped: SkippedMember[] = [];
  const read: (DocumentText & { name: string })[] = [];
  let unpacked = 0;
  for (const member of members) {
    if (!supported(member.name)) {
      skipped.push({
        name: member.name,
        reason: `not a format read here (${extname(member.name) || "no extension"})`,
      });
      continue;
    }
    const content = await member.unpack(limits.bytes - unpacked);
    if (!content)
      throw new AppError("UNREADABLE_FILE", `${file}: unpacks to more than ${limits.bytes / 2 ** 20} MB`);
    unpacked += content.length;
    try {
      read.push({ ...(await readMember(`${file}/${member.name}`, content)), name: member.name });
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
  return joinMembers(withListedUnits(read), skipped, kind.format);
}

/**
 * "03_部门支出总表.csv（单位：万元，…）": a dataset's description listing its files with their amount
 * units. A listed file that prints no unit of its own gets the one listed, as its second line.
 */
const LISTED_UNIT = /([^\s，,、（(：:]+\.csv)\s*[（(]\s*(?:金额)?单位[:：]\s*(万元|千元|亿元|元)/g;

function withListedUnits<T extends DocumentText & { name: string }>(read: T[]): T[] {
  const units = new Map<string, string>();
  for (const member of read)
    for (const [, name, unit] of member.text.matchAll(LISTED_UNIT)) units.set(name, unit);
  return read.map((member) => {
    const unit = units.get(basename(member.name));
    if (!unit || /单位[:：]\s*(?:万元|千元|亿元|元)/.test(member.text.slice(0, 200))) return member;
    const [title, ...rest] = member.text.split("\n");
    return { ...member, text: [title, `单位：${unit}`, ...rest].join("\n") };
  });
}

/** The archive's files in reading order, without desktop litter. */
function inReadingOrder(file: string, members: ArchiveMember[], most: number): ArchiveMember[] {
  const kept = members
    .filter((member) => !SYSTEM_MEMBER.test(member.name))
    .sort((a, b) => MEMBER_ORDER.compare(a.name, b.name));
  if (kept.length > most)
    throw new AppError("UNREADABLE_FILE", `${file}: more than ${most} files in the archive`);
  return kept;
}

/** The members' texts one after the other; page sources kept only for a lone member. */
function joinMembers(
  read: DocumentText[],
  skipped: SkippedMember[],
  format: NonNullable<DocumentText["format"]>,
): DocumentText {
  const text = read.map((member) => member.text.replace(/\n+$/, "")).join("\n\n");
  const warnings = skipped.map((member) => `archive member ${describe(member)}: not read`);
  return {
    text,
    ...(read.length === 1 && read[0].sources ? { sources: read[0].sources, pages: read[0].pages } : {}),
    format,
    ...(warnings.length ? { warnings } : {}),
  };
}

const describe = (member: SkippedMember) => `${basename(member.name)} (${member.reason})`;
