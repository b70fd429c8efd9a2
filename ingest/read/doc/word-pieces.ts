import type { Span, WordBinary } from "./word-binary.js";

/**
 * A run of text as the piece table places it: character positions `cp`…, stored from byte
 * `offset` of the WordDocument stream, one byte a character (Windows-1252) or two (UTF-16LE).
 */
export interface TextSlice {
  cp: number;
  text: string;
  offset: number;
  width: 1 | 2;
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  offset: number;
  width: 1 | 2;
}

/** Clx entries: property runs (Prc) come before the piece table (Pcdt). */
const CLX = { prc: 0x01, pcdt: 0x02 } as const;
/** FcCompressed: the piece is 8-bit text at half its stated offset. */
const COMPRESSED = 0x40000000;
const PCD_BYTES = 8;

const latin = new TextDecoder("windows-1252");
const utf16 = new TextDecoder("utf-16le");

/** The piece table ([MS-DOC] 2.9.38 Clx): where each range of character positions is stored. */
export class PieceTable {
  private constructor(
    private readonly word: Buffer,
    private readonly pieces: Piece[],
  ) {}

  static read(binary: WordBinary): PieceTable {
    return new PieceTable(binary.word, readPieces(binary.table, binary.clx));
  }

  /** The text of character positions [cpStart, cpEnd), slice by slice. */
  slices(cpStart: number, cpEnd: number): TextSlice[] {
    const out: TextSlice[] = [];
    for (const piece of this.pieces) {
      const from = Math.max(cpStart, piece.cpStart);
      const to = Math.min(cpEnd, piece.cpEnd);
      if (from >= to) continue;
      const offset = piece.offset + (from - piece.cpStart) * piece.width;
      const bytes = this.word.subarray(offset, offset + (to - from) * piece.width);
      const text = piece.width === 2 ? utf16.decode(bytes) : latin.decode(bytes);
      out.push({ cp: from, text, offset, width: piece.width });
    }
    return out;
  }
}

function readPieces(table: Buffer, clx: Span): Piece[] {
  let at = clx.offset;
  const end = clx.offset + clx.length;
  while (at < end && table[at] === CLX.prc) at += 3 + table.readInt16LE(at + 1);
  if (table[at] !== CLX.pcdt) throw new Error("no piece table");
  const length = table.readUInt32LE(at + 1);
  const plc = at + 5;
  const count = (length - 4) / (4 + PCD_BYTES);
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const fc = table.readUInt32LE(plc + (count + 1) * 4 + i * PCD_BYTES + 2);
    const compressed = (fc & COMPRESSED) !== 0;
    pieces.push({
      cpStart: table.readUInt32LE(plc + i * 4),
      cpEnd: table.readUInt32LE(plc + (i + 1) * 4),
      offset: compressed ? (fc & ~COMPRESSED) / 2 : fc,
      width: compressed ? 1 : 2,
    });
  }
  return pieces;
}
