import type { WordBinary } from "./word-binary.js";

/** What a paragraph's direct properties say of its place in a table ([MS-DOC] 2.6.2, 2.6.3). */
export interface ParagraphProps {
  /** Inside a table (sprmPFInTable), at `depth` (sprmPItap; 1 when absent). */
  inTable: boolean;
  depth: number;
  /** The mark ending a table row (sprmPFTtp, or sprmPFInnerTtp in a nested table). */
  rowEnd: boolean;
  /** The mark ending a cell of a nested table (sprmPFInnerTableCell). */
  innerCell: boolean;
  /** On a row end: the row's cell boundaries in twips (sprmTDefTable rgdxaCenter). */
  edges?: number[];
  /** On a row end: cells merged into the one before them (TC80 fMerged). */
  merged?: boolean[];
  /** A paragraph numbered by a list: its list reference (1-based, sprmPIlfo) and level (sprmPIlvl). */
  list?: { ilfo: number; level: number };
}

interface Run {
  start: number;
  end: number;
  props: ParagraphProps;
}

/** Single-operation property modifiers read here. */
const SPRM = {
  inTable: 0x2416,
  ttp: 0x2417,
  itap: 0x6649,
  innerCell: 0x244b,
  innerTtp: 0x244c,
  defTable: 0xd608,
  ilfo: 0x460b,
  hugePapx: 0x6646,
  ilvl: 0x260a,
  changeTabs: 0xc615,
} as const;

/** Operand bytes by the sprm's spra field; 6 is variable (a length byte, or the exceptions). */
const OPERAND_BYTES = [1, 1, 2, 4, 2, 2, 0, 3] as const;
const FKP_BYTES = 512;
const BX_BYTES = 13;
const TC80_BYTES = 20;
const TC_MERGED = 0x0002;

const NO_PROPS: ParagraphProps = { inTable: false, depth: 0, rowEnd: false, innerCell: false };

/** Paragraph properties by byte offset of the WordDocument stream, from the PAPX pages. */
export class ParagraphRuns {
  private constructor(private readonly runs: Run[]) {}

  static read(binary: WordBinary): ParagraphRuns {
    const { table, word, data, paragraphPages } = binary;
    const count = (paragraphPages.length - 4) / 8;
    const runs: Run[] = [];
    for (let i = 0; i < count; i++) {
      const page = table.readUInt32LE(paragraphPages.offset + (count + 1) * 4 + i * 4) & 0x3fffff;
      runs.push(...pageRuns(word.subarray(page * FKP_BYTES, (page + 1) * FKP_BYTES), data));
    }
    runs.sort((a, b) => a.start - b.start);
    return new ParagraphRuns(runs);
  }

  /** The properties of the paragraph holding the character stored at `offset`. */
  at(offset: number): ParagraphProps {
    let low = 0;
    let high = this.runs.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const run = this.runs[middle];
      if (offset < run.start) high = middle - 1;
      else if (offset >= run.end) low = middle + 1;
      else return run.props;
    }
    return NO_PROPS;
  }
}

/** One PapxFkp page: crun paragraphs, each an FC range and its PapxInFkp. */
function pageRuns(page: Buffer, data: Buffer): Run[] {
  if (page.length < FKP_BYTES) return [];
  const crun = page[FKP_BYTES - 1];
  const runs: Run[] = [];
  for (let j = 0; j < crun; j++) {
    const start = page.readUInt32LE(j * 4);
    const end = page.readUInt32LE((j + 1) * 4);
    const at = page[(crun + 1) * 4 + j * BX_BYTES] * 2;
    runs.push({ start, end, props: at ? papxProps(page, at, data) : NO_PROPS });
  }
  return runs;
}

function papxProps(page: Buffer, at: number, data: Buffer): ParagraphProps {
  const cb = page[at];
  const from = cb ? at + 1 : at + 2;
  const length = cb ? 2 * cb - 1 : 2 * page[at + 1];
  // GrpPrlAndIstd: the style index (2 bytes), then the sprms.
  const props: ParagraphProps = { inTable: false, depth: 0, rowEnd: false, innerCell: false };
  readSprms(page.subarray(from + 2, Math.min(page.length, from + length)), props, data);
  return finish(props);
}

/** Reads the sprms of a grpprl into `props`; a paragraph's large grpprl is in the Data stream (sprmPHugePapx). */
function readSprms(
  grpprl: Buffer,
  props: ParagraphProps & { innerTtp?: boolean; ilfo?: number; level?: number },
  data: Buffer,
): void {
  for (let at = 0; at + 2 <= grpprl.length;) {
    const sprm = grpprl.readUInt16LE(at);
    const operand = at + 2;
    const size = operandSize(grpprl, sprm, operand);
    if (size < 0 || operand + size > grpprl.length) break;
    if (sprm === SPRM.inTable) props.inTable = grpprl[operand] === 1;
    else if (sprm === SPRM.ttp) props.rowEnd = grpprl[operand] === 1;
    else if (sprm === SPRM.itap) props.depth = grpprl.readInt32LE(operand);
    else if (sprm === SPRM.innerCell) props.innerCell = grpprl[operand] === 1;
    else if (sprm === SPRM.innerTtp) props.innerTtp = grpprl[operand] === 1;
    else if (sprm === SPRM.defTable) Object.assign(props, defTable(grpprl.subarray(operand, operand + size)));
    else if (sprm === SPRM.ilfo) props.ilfo = grpprl.readUInt16LE(operand);
    else if (sprm === SPRM.ilvl) props.level = grpprl[operand];
    else if (sprm === SPRM.hugePapx) readHuge(data, grpprl.readUInt32LE(operand), props);
    at = operand + size;
  }
}

/** PrcData in the Data stream: cbGrpprl, then the grpprl. */
function readHuge(data: Buffer, offset: number, props: ParagraphProps): void {
  if (offset + 2 > data.length) return;
  const length = data.readInt16LE(offset);
  readSprms(data.subarray(offset + 2, Math.min(data.length, offset + 2 + length)), props, Buffer.alloc(0));
}

function finish(
  props: ParagraphProps & { innerTtp?: boolean; ilfo?: number; level?: number },
): ParagraphProps {
  const { innerTtp, ilfo = 0, level = 0, ...rest } = props;
  if (rest.depth === 0 && rest.inTable) rest.depth = 1;
  if (rest.depth > 1) rest.rowEnd = innerTtp === true;
  // 0 is no list; 0xF801 the "no numbering" of an old format.
  if (ilfo > 0 && ilfo < 0xf801) rest.list = { ilfo, level: Math.min(level, 8) };
  return rest;
}

/** Bytes of a sprm's operand ([MS-DOC] 2.2.5.1), with the two variable-length exceptions. */
function operandSize(grpprl: Buffer, sprm: number, operand: number): number {
  const spra = (sprm >> 13) & 7;
  if (spra !== 6) return OPERAND_BYTES[spra];
  if (operand >= grpprl.length) return -1;
  if (sprm === SPRM.defTable) return operand + 2 <= grpprl.length ? grpprl.readUInt16LE(operand) + 1 : -1;
  if (sprm === SPRM.changeTabs && grpprl[operand] === 255) {
    // PChgTabsPapxOperand at its longest: deletions with close ranges, then additions.
    const deleted = grpprl[operand + 1] ?? 0;
    const added = grpprl[operand + 2 + deleted * 4] ?? 0;
    return 1 + 1 + deleted * 4 + 1 + added * 3;
  }
  return grpprl[operand] + 1;
}

/** TDefTableOperand: cb, the cell count, the cell boundaries and each cell's TC80. */
function defTable(operand: Buffer): Pick<ParagraphProps, "edges" | "merged"> {
  const cells = operand[2] ?? 0;
  const edges: number[] = [];
  for (let i = 0; i <= cells && 3 + i * 2 + 2 <= operand.length; i++)
    edges.push(operand.readInt16LE(3 + i * 2));
  const tcs = 3 + (cells + 1) * 2;
  const merged = Array.from({ length: cells }, (_, i) => {
    const at = tcs + i * TC80_BYTES;
    return at + 2 <= operand.length && (operand.readUInt16LE(at) & TC_MERGED) !== 0;
  });
  return { edges, merged };
}
