import { NUMBER_FORMATS, UNCOUNTED } from "../docx-numbering.js";
import type { Span, WordBinary } from "./word-binary.js";

/**
 * Word's automatic numbering in a binary document ([MS-DOC] 2.9.147 PlfLst, 2.9.148 PlfLfo): a
 * heading numbered by a list ("一、") has no number in its text, and the parsers find sections by
 * those numbers. ListNumbers counts each list's levels in paragraph order and writes the number
 * as Word shows it, as docx-numbering.ts does for .docx.
 */

interface Level {
  start: number;
  format: string;
  /** The number text: characters 0–8 stand for the count of that level. */
  text: string;
  /** What follows the number: 0 a tab, 1 a space, 2 nothing. */
  follow: number;
}

interface ListOverride {
  lsid: number;
  /** Levels this list reference restarts, at a count of its own. */
  starts: Map<number, number>;
}

/** Word's number format codes (MSONFC) by the names docx-numbering.ts formats; others count in digits. */
const NFC: Record<number, string> = {
  0: "decimal",
  1: "upperRoman",
  2: "lowerRoman",
  3: "upperLetter",
  4: "lowerLetter",
  11: "japaneseCounting",
  14: "decimalFullWidth",
  18: "decimalEnclosedCircle",
  19: "decimalFullWidth",
  22: "decimalZero",
  23: "bullet",
  27: "decimalEnclosedParen",
  30: "ideographTraditional",
  33: "taiwaneseCounting",
  35: "taiwaneseCountingThousand",
  37: "chineseCounting",
  39: "chineseCountingThousand",
  40: "decimal",
  255: "none",
};

const LSTF_BYTES = 28;
const LVLF_BYTES = 28;
const LFO_BYTES = 16;
const LEVELS = 9;

export class ListNumbers {
  private readonly counts = new Map<number, number[]>();
  private readonly restarted = new Set<string>();

  private constructor(
    private readonly lists: Map<number, Level[]>,
    private readonly overrides: ListOverride[],
  ) {}

  static read(binary: WordBinary): ListNumbers {
    return new ListNumbers(
      readLists(binary.table, binary.lists),
      readOverrides(binary.table, binary.listOverrides),
    );
  }

  /** The number of the next paragraph in list reference `ilfo` (1-based) at `level`, with what follows it. */
  next(ilfo: number, level: number): string {
    const override = this.overrides[ilfo - 1];
    const levels = override && this.lists.get(override.lsid);
    const definition = levels?.[level];
    if (!override || !levels || !definition || UNCOUNTED.has(definition.format)) return "";
    const count = this.counts.get(override.lsid) ?? [];
    const key = `${ilfo}:${level}`;
    const restart = override.starts.get(level);
    if (restart !== undefined && !this.restarted.has(key)) {
      this.restarted.add(key);
      count[level] = restart;
    } else count[level] = count[level] === undefined ? definition.start : count[level] + 1;
    count.length = level + 1;
    this.counts.set(override.lsid, count);
    let label = "";
    for (const char of definition.text) {
      const at = char.charCodeAt(0);
      if (at >= LEVELS) label += char;
      else {
        const format = NUMBER_FORMATS[levels[at]?.format ?? "decimal"] ?? String;
        label += format(count[at] ?? levels[at]?.start ?? 1);
      }
    }
    if (!label) return "";
    return label + (definition.follow === 2 || /[、.．)）]$/.test(label) ? "" : " ");
  }
}

function readLists(table: Buffer, span: Span): Map<number, Level[]> {
  const lists = new Map<number, Level[]>();
  if (span.length < 2) return lists;
  const count = table.readInt16LE(span.offset);
  let at = span.offset + 2 + count * LSTF_BYTES;
  for (let i = 0; i < count; i++) {
    const lstf = span.offset + 2 + i * LSTF_BYTES;
    const simple = (table[lstf + 26] & 1) === 1;
    const levels: Level[] = [];
    for (let level = 0; level < (simple ? 1 : LEVELS); level++) {
      const { definition, end } = readLevel(table, at);
      levels.push(definition);
      at = end;
    }
    lists.set(table.readInt32LE(lstf), levels);
  }
  return lists;
}

/** One LVL: its LVLF, its paragraph and character properties (skipped) and its number text. */
function readLevel(table: Buffer, at: number): { definition: Level; end: number } {
  const nfc = table[at + 4];
  const textAt = at + LVLF_BYTES + table[at + 25] + table[at + 24];
  const length = table.readUInt16LE(textAt);
  return {
    definition: {
      start: table.readInt32LE(at),
      format: NFC[nfc] ?? "decimal",
      text: table.toString("utf16le", textAt + 2, textAt + 2 + length * 2),
      follow: table[at + 15],
    },
    end: textAt + 2 + length * 2,
  };
}

function readOverrides(table: Buffer, span: Span): ListOverride[] {
  if (span.length < 4) return [];
  const count = table.readUInt32LE(span.offset);
  const lfos = Array.from({ length: count }, (_, i) => span.offset + 4 + i * LFO_BYTES);
  let at = span.offset + 4 + count * LFO_BYTES;
  return lfos.map((lfo) => {
    const starts = new Map<number, number>();
    at += 4; // LFOData.cp
    for (let k = 0; k < table[lfo + 12]; k++) {
      const start = table.readInt32LE(at);
      const flags = table.readUInt32LE(at + 4);
      at += 8;
      if (flags & 0x10) starts.set(flags & 0x0f, start);
      if (flags & 0x20) at = readLevel(table, at).end;
    }
    return { lsid: table.readInt32LE(lfo), starts };
  });
}
