/**
 * The record stream of an Excel 97–2003 workbook ([MS-XLS] 2.1.4): each record a type, a length
 * and its data; a record too long for one is carried on in CONTINUE records, which a string
 * crossing the boundary restarts with a flag byte of its own (2.5.293 XLUnicodeRichExtendedString).
 */

/** Record types read here ([MS-XLS] 2.3). */
export const RECORD = {
  bof: 0x0809,
  eof: 0x000a,
  filePass: 0x002f,
  continue: 0x003c,
  boundSheet: 0x0085,
  sst: 0x00fc,
  format: 0x041e,
  xf: 0x00e0,
  dateMode: 0x0022,
  row: 0x0208,
  colInfo: 0x007d,
  labelSst: 0x00fd,
  label: 0x0204,
  number: 0x0203,
  rk: 0x027e,
  mulRk: 0x00bd,
  formula: 0x0006,
  string: 0x0207,
  boolErr: 0x0205,
  mergeCells: 0x00e5,
} as const;

export interface BiffRecord {
  type: number;
  /** Where the record starts in the stream (a sheet's BOF is found by this). */
  offset: number;
  data: Buffer;
  /** The data of the CONTINUE records that follow it. */
  continued: Buffer[];
}

/** The records of a stream from `start` on, each with its CONTINUE records. */
export function* records(stream: Buffer, start = 0): Generator<BiffRecord> {
  let pending: BiffRecord | undefined;
  for (let at = start; at + 4 <= stream.length;) {
    const type = stream.readUInt16LE(at);
    const length = stream.readUInt16LE(at + 2);
    const data = stream.subarray(at + 4, Math.min(stream.length, at + 4 + length));
    if (type === RECORD.continue && pending) pending.continued.push(data);
    else {
      if (pending) yield pending;
      pending = { type, offset: at, data, continued: [] };
    }
    at += 4 + length;
  }
  if (pending) yield pending;
}

/** Reads a record's data and its continuations as one sequence, knowing where each part begins. */
export class RecordReader {
  private part = 0;
  private at: number;

  constructor(
    private readonly parts: Buffer[],
    at = 0,
  ) {
    this.at = at;
  }

  static of(record: BiffRecord, at = 0): RecordReader {
    return new RecordReader([record.data, ...record.continued], at);
  }

  private get buffer(): Buffer {
    while (this.part < this.parts.length - 1 && this.at >= this.parts[this.part].length) {
      this.at -= this.parts[this.part].length;
      this.part++;
    }
    return this.parts[this.part];
  }

  get done(): boolean {
    return this.part >= this.parts.length - 1 && this.at >= (this.parts[this.parts.length - 1]?.length ?? 0);
  }

  u8(): number {
    return this.buffer[this.at++] ?? 0;
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(bytes: number): void {
    for (let left = bytes; left > 0;) {
      const buffer = this.buffer;
      const step = Math.min(left, buffer.length - this.at);
      if (step <= 0) return;
      this.at += step;
      left -= step;
    }
  }

  /**
   * `count` characters, one or two bytes each as the flag says; where the characters cross into
   * a CONTINUE record, that record's first byte says their width from there on.
   */
  characters(count: number, wide: boolean): string {
    let text = "";
    let twoBytes = wide;
    for (let read = 0; read < count;) {
      const buffer = this.parts[this.part];
      if (this.at >= buffer.length) {
        if (this.part >= this.parts.length - 1) break;
        this.part++;
        this.at = 0;
        twoBytes = (this.parts[this.part][this.at++] & 1) === 1;
        continue;
      }
      const width = twoBytes ? 2 : 1;
      const fit = Math.min(count - read, Math.floor((buffer.length - this.at) / width));
      if (fit <= 0) break;
      const bytes = buffer.subarray(this.at, this.at + fit * width);
      text += twoBytes ? bytes.toString("utf16le") : bytes.toString("latin1");
      this.at += fit * width;
      read += fit;
    }
    return text;
  }

  /** XLUnicodeString: a 16-bit count, a flag byte, the characters. */
  unicodeString(): string {
    const count = this.u16();
    return this.characters(count, (this.u8() & 1) === 1);
  }

  /** ShortXLUnicodeString: an 8-bit count, a flag byte, the characters. */
  shortString(): string {
    const count = this.u8();
    return this.characters(count, (this.u8() & 1) === 1);
  }

  /** XLUnicodeRichExtendedString (the shared strings): runs and phonetic data are skipped. */
  richString(): string {
    const count = this.u16();
    const flags = this.u8();
    const runs = flags & 0x08 ? this.u16() : 0;
    const extended = flags & 0x04 ? this.u32() : 0;
    const text = this.characters(count, (flags & 1) === 1);
    this.skip(runs * 4 + extended);
    return text;
  }
}
