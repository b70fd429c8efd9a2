import { AppError } from "../../../lib/app-error.js";
import { openCompound } from "../compound-file.js";

/**
 * The parts of a Word 97–2003 binary document (.doc, [MS-DOC]) its text is read from: the
 * WordDocument stream with its File Information Block (FIB), and the table stream the FIB names.
 * The compound-file container is opened by compound-file.ts.
 */
export interface WordBinary {
  /** The WordDocument stream: the FIB, the text and the paragraph property pages. */
  word: Buffer;
  /** The 0Table or 1Table stream: the piece table and the indexes into the property pages. */
  table: Buffer;
  /** The Data stream (properties too large for a property page); empty when the file has none. */
  data: Buffer;
  /** Characters of each story, in the order they follow one another in character positions. */
  stories: Record<Story, number>;
  /** Where the piece table (Clx) is in the table stream. */
  clx: Span;
  /** Where the index of paragraph property pages (PlcBtePapx) is in the table stream. */
  paragraphPages: Span;
  /** Where the list definitions (PlfLst) and the lists paragraphs refer to (PlfLfo) are; empty when none. */
  lists: Span;
  listOverrides: Span;
}

export interface Span {
  offset: number;
  length: number;
}

/** The stories of a document, in the order of their character positions ([MS-DOC] 2.3). */
export const STORIES = [
  "main",
  "footnotes",
  "headers",
  "macro",
  "comments",
  "endnotes",
  "textBoxes",
] as const;
export type Story = (typeof STORIES)[number];

const WORD_IDENT = 0xa5ec;
/** FibBase.flags: the table stream is 1Table (else 0Table); the document is encrypted. */
const FLAG_TABLE_ONE = 0x0200;
const FLAG_ENCRYPTED = 0x0100;
/** Indexes into FibRgFcLcb97 (pairs of offset and length). */
const PAIR = { paragraphPages: 13, clx: 33, lists: 73, listOverrides: 74 } as const;
/** Indexes into FibRgLw97 of each story's character count (macro is reserved and zero). */
const STORY_COUNTS: Record<Story, number> = {
  main: 3,
  footnotes: 4,
  headers: 5,
  macro: 6,
  comments: 7,
  endnotes: 8,
  textBoxes: 9,
};

/** Opens the container and reads the FIB; a file that is not a Word binary document gets a clear error. */
export function readWordBinary(file: string, bytes: Buffer): WordBinary {
  const streams = openStreams(file, bytes);
  const word = streamOf(file, streams, "WordDocument");
  if (word.length < 0x200 || word.readUInt16LE(0) !== WORD_IDENT)
    throw unreadable(file, "no Word text stream");
  const flags = word.readUInt16LE(0x0a);
  if (flags & FLAG_ENCRYPTED)
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: the Word document is password-protected; save it without a password first`,
    );
  const table = streamOf(file, streams, flags & FLAG_TABLE_ONE ? "1Table" : "0Table");
  // FibBase (32 bytes), then the counted arrays fibRgW, fibRgLw and fibRgFcLcb.
  const rgW = 34;
  const rgLw = rgW + word.readUInt16LE(32) * 2 + 2;
  const rgFcLcb = rgLw + word.readUInt16LE(rgLw - 2) * 4 + 2;
  const pairs = word.readUInt16LE(rgFcLcb - 2);
  const pair = (index: number): Span =>
    index < pairs
      ? { offset: word.readUInt32LE(rgFcLcb + index * 8), length: word.readUInt32LE(rgFcLcb + index * 8 + 4) }
      : { offset: 0, length: 0 };
  const stories = Object.fromEntries(
    STORIES.map((story) => [story, word.readInt32LE(rgLw + STORY_COUNTS[story] * 4)]),
  ) as Record<Story, number>;
  return {
    word,
    table,
    data: streams("Data") ?? Buffer.alloc(0),
    stories,
    clx: pair(PAIR.clx),
    paragraphPages: pair(PAIR.paragraphPages),
    lists: pair(PAIR.lists),
    listOverrides: pair(PAIR.listOverrides),
  };
}

/** The first character position of a story. */
export function storyStart(binary: WordBinary, story: Story): number {
  let start = 0;
  for (const each of STORIES) {
    if (each === story) return start;
    start += Math.max(0, binary.stories[each]);
  }
  return start;
}

function openStreams(file: string, bytes: Buffer): (name: string) => Buffer | undefined {
  try {
    return openCompound(bytes);
  } catch (error) {
    throw unreadable(file, (error as Error).message, error);
  }
}

function streamOf(file: string, streams: (name: string) => Buffer | undefined, name: string): Buffer {
  const stream = streams(name);
  if (!stream) throw unreadable(file, `no ${name} stream`);
  return stream;
}

function unreadable(file: string, reason: string, cause?: unknown): AppError {
  return new AppError(
    "UNREADABLE_FILE",
    `${file}: not a readable Word 97–2003 document (${reason})`,
    undefined,
    { cause },
  );
}
