import { z } from "zod";

/**
 * On-disk and in-memory shapes of everything ingest produces. `facts.jsonl` is also a
 * user-facing export, so these schemas are the documented contract (see README).
 */

export const DocKind = z.enum(["决算", "预算"]);
export type DocKind = z.infer<typeof DocKind>;

/** Which figure a budget amount is: start-of-year, adjusted full-year, actual, or unspecified. */
export const Basis = z.enum(["年初预算", "全年预算", "预算", "决算", "上年"]);
export type Basis = z.infer<typeof Basis>;

/** An exact decimal written as a string ("1234.56", "-210.40"); never a float. */
export const DecimalString = z.string().regex(/^-?\d+(\.\d+)?$/, "exact decimal string");

/** The editions of a disclosure: 部门 consolidates a department and its units, 单位 covers one unit. */
export const Edition = z.enum(["部门", "单位"]);
export type Edition = z.infer<typeof Edition>;

/** An amount as the document prints it, before conversion to the canonical measure (万元). */
export const PrintedAmount = z.object({ value: DecimalString, unit: z.string() });
export type PrintedAmount = z.infer<typeof PrintedAmount>;

export const SourceRef = z.object({
  /** Section path titles, outermost first. */
  section: z.array(z.string()),
  /** 1-based inclusive line span in the original document. */
  lines: z.tuple([z.number().int(), z.number().int()]),
  excerpt: z.string(),
  /** PDF sources: the 1-based page the cited line is printed on. */
  page: z.number().int().optional(),
  /** PDF sources: where on that page, [x0, y0, x1, y1] in points from the top-left corner. */
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const Fact = z.object({
  id: z.string(),
  docId: z.string(),
  unit: z.string(),
  year: z.number().int(),
  kind: DocKind,
  /**
   * Standard table number ("01".."09", the 部门决算 numbering; a 预算 table carries the number of the
   * 决算 table with the same content) or attachment table id ("a9"); "bodies" for a numbered list of
   * the department's bodies read as rows (body-staff.ts); absent for narrative facts.
   */
  table: z.string().optional(),
  tableTitle: z.string().optional(),
  /** Canonical id of the standard table (ingest/domain/table-templates.ts), when recognised. */
  template: z.string().optional(),
  /** The table's label as printed ("公开01表", "表一", "2.15"), when it has one. */
  tableLabel: z.string().optional(),
  /** Narrative facts: the metric the sentence is about, from the domain lexicon (e.g. 公务接待费). */
  metric: z.string().optional(),
  row: z.string(),
  rowCode: z.string().optional(),
  /** Subject path for narrative subject lines: 类 / 款 / 项 names. */
  rowPath: z.array(z.string()).optional(),
  column: z.string(),
  /** Exact decimal in `measure`; amounts are always in 万元, with any number of decimals. */
  value: DecimalString,
  measure: z.string(),
  /** The amount as printed when the document states it in another unit (元, 千元, 亿元). */
  printed: PrintedAmount.optional(),
  basis: Basis.optional(),
  /** The year the figure refers to when it is not the document year (e.g. 2023年决算数 in an attachment). */
  period: z.number().int().optional(),
  reason: z.string().optional(),
  /** What the amount is for, as the sentence stating it says ("主要用于…"). */
  purpose: z.string().optional(),
  /**
   * The body (预算单位) a row of a project table listed by body belongs to, as the table prints it
   * ("某中心", "某局（本级）"); on a body's own subtotal row, that body.
   */
  body: z.string().optional(),
  source: SourceRef,
});
export type Fact = z.infer<typeof Fact>;

export const TableColumn = z.object({
  index: z.number().int(),
  path: z.array(z.string()),
  group: z.number().int(),
  /** Attachment tables restate headers mid-table; each restatement starts a new segment. */
  segment: z.number().int(),
});
export type TableColumn = z.infer<typeof TableColumn>;

export const TableRow = z.object({
  line: z.number().int(),
  segment: z.number().int(),
  /** A header restated inside the body (attachment tables); it labels the segment, holds no amounts. */
  header: z.boolean().optional(),
  cells: z.array(z.string()),
  /** Per group: the row's label and subject code. */
  keys: z.array(z.object({ name: z.string(), code: z.string().optional() })),
});
export type TableRow = z.infer<typeof TableRow>;

export const ParsedTable = z.object({
  id: z.string(),
  docId: z.string(),
  number: z.string().optional(),
  /** Canonical id of the standard table, when recognised by title or header. */
  template: z.string().optional(),
  /** The label as printed ("公开01表", "表一", "1.", "2.15", "附表3"). */
  label: z.string().optional(),
  title: z.string(),
  /** The unit the table's cells are printed in ("万元", "元"); facts are converted to 万元. */
  amountUnit: z.string(),
  lines: z.tuple([z.number().int(), z.number().int()]),
  section: z.array(z.string()),
  layout: z.enum(["tabs", "cell-per-line"]),
  groups: z.array(z.object({ title: z.string().optional(), keyColumns: z.array(z.number().int()) })),
  columns: z.array(TableColumn),
  rows: z.array(TableRow),
  /** First cell of the header when it names the rows below ("财政供养人员情况（人）"). */
  headerLabel: z.string().optional(),
  note: z.string().optional(),
});
export type ParsedTable = z.infer<typeof ParsedTable>;

export const Section = z.object({
  id: z.string(),
  level: z.number().int(),
  title: z.string(),
  path: z.array(z.string()),
  lines: z.tuple([z.number().int(), z.number().int()]),
  /** Body text of this section alone (not its subsections), broken sentences repaired. */
  text: z.string(),
});
export type Section = z.infer<typeof Section>;

export const Warning = z.object({
  code: z.enum([
    "sum_mismatch",
    "rounding",
    "table_vs_text",
    "text_conflict",
    "basis_differs",
    "unresolved",
    /** Unit, year or kind not found in the text (a placeholder or inference was used) or overridden. */
    "metadata",
    /** Two or more tables with the same number in one document (all indexed, under distinct ids). */
    "repeated_table",
    /**
     * One cell that misses both the identity it totals and the one above it by the same amount:
     * facts are the cell, the total above it and that total's other parts.
     */
    "misprint",
    /** A part of the file that was not read (an archive's member of a kind not read here, or unreadable). */
    "unread_part",
  ]),
  message: z.string(),
  factIds: z.array(z.string()),
});
export type Warning = z.infer<typeof Warning>;

/** The arithmetic and consistency checks run at ingest (see ingest/checks). */
export const CheckKind = z.enum([
  /** 类 = Σ款, 款 = Σ项 (功能分类 3/5/7 digits, 经济分类 3/5). */
  "subject_hierarchy",
  /** A 合计 row = Σ the top-level subject rows, per column. */
  "total_row",
  /** In one row, a 合计/小计 column = Σ its sibling columns (本年支出合计 = 基本支出 + 项目支出 + …). */
  "total_column",
  /** 三公经费合计 = 因公出国（境）费 + 公务用车购置及运行(维护)费 + 公务接待费; 公务用车 小计 = 购置费 + 运行费. */
  "three_public",
  /** 人员经费合计 = 301 + 303, 公用经费合计 = the other classes, 基本支出 = 人员经费 + 公用经费. */
  "basic_spending",
  /** In a 收支总表: 本年收入合计 = Σ income items, 总计 = 本年合计 + 结转和结余. */
  "statement_total",
  /** In a 收支总表: 收入总计 = 支出总计. */
  "balance",
  /** The same figure printed in two standard tables. */
  "cross_table",
  /** A narrative total = its parts stated beside it (三公经费, 基本支出, 政府采购 …). */
  "narrative_sum",
  /** A stated completion rate = actual ÷ budget. */
  "stated_rate",
  /** A stated change on last year = (this year − last year) ÷ last year, both stated beside it. */
  "stated_change",
  /** The same figure stated twice in the narrative. */
  "text_repeat",
  /** A narrative figure = the table cell holding the same metric. */
  "table_text",
]);
export type CheckKind = z.infer<typeof CheckKind>;

/**
 * How well a document was read: the tables found (and which standard tables they are) and how
 * many of the checks hold. Real disclosures satisfy these identities, so a low rate means a misread
 * (or a document with genuine inconsistencies, which the failures name).
 */
export const DocumentReport = z.object({
  tables: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      /** The standard table's name when the title is one (收入支出决算总表, 部门收入预算总表 …). */
      standard: z.string().optional(),
      /** The label as printed ("公开07表"), when the document labels its tables. */
      label: z.string().optional(),
      /** The table's own note ("…故本表无数据"), clipped. */
      note: z.string().optional(),
      rows: z.number().int(),
      facts: z.number().int(),
      amountUnit: z.string(),
    }),
  ),
  /** Standard tables of the document's kind that were not found. */
  missing: z.array(z.string()),
  checks: z.object({
    /** Checks that could be evaluated (all-zero identities and different budget bases are not counted). */
    total: z.number().int(),
    /** Equal, or equal within the printed rounding. */
    passed: z.number().int(),
    /** The first failures (at most REPORT_FAILURES_KEPT); total − passed says how many there are. */
    failed: z.array(z.object({ kind: CheckKind, message: z.string(), factIds: z.array(z.string()) })),
  }),
  /** passed ÷ total, 0..1; null when nothing could be checked (a narrative-only document). */
  passRate: z.number().min(0).max(1).nullable(),
});
export type DocumentReport = z.infer<typeof DocumentReport>;

export const DocumentInfo = z.object({
  docId: z.string(),
  file: z.string(),
  hash: z.string(),
  title: z.string(),
  unit: z.string(),
  year: z.number().int(),
  kind: DocKind,
  /** 部门 (consolidated) or 单位 (one unit) edition, when the document says which. */
  edition: Edition.optional(),
  amountUnit: z.string(),
  /** Units whose figures this document covers besides its own (e.g. 本级和…驻北京联络处). */
  covers: z.array(z.string()),
  /**
   * Subordinate bodies whose own budget (or accounts) the document prints as a part of its own
   * ("所属单位预算 > 二、<某站>"): their facts and passages carry the body as their unit.
   */
  bodies: z.array(z.string()).optional(),
  /** Short names the document declares for its bodies ("<全称>（以下简称“<简称>”）"). */
  shortNames: z.array(z.object({ name: z.string(), short: z.string() })).optional(),
  /** Parent/child relations the document states. */
  relations: z.array(z.object({ parent: z.string(), child: z.string() })),
  /** Short names the document uses for its own unit ("部门：区委办"). */
  aliases: z.array(z.string()),
  counts: z.object({ sections: z.number(), tables: z.number(), facts: z.number(), chunks: z.number() }),
  warnings: z.array(Warning),
  /** Absent in indexes built before the report existed. */
  report: DocumentReport.optional(),
  /** The day the document says it was published ("公开时间：…"), where it says so (1-based line). */
  published: z
    .object({ date: z.string(), text: z.string(), line: z.number().int(), section: z.array(z.string()) })
    .optional(),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const UnitInfo = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  parent: z.string().optional(),
  children: z.array(z.string()),
  docIds: z.array(z.string()),
});
export type UnitInfo = z.infer<typeof UnitInfo>;

export const Chunk = z.object({
  id: z.string(),
  docId: z.string(),
  unit: z.string(),
  year: z.number().int(),
  kind: DocKind,
  type: z.enum(["section", "table"]),
  title: z.string(),
  section: z.array(z.string()),
  table: z.string().optional(),
  lines: z.tuple([z.number().int(), z.number().int()]),
  text: z.string(),
});
export type Chunk = z.infer<typeof Chunk>;

export const Manifest = z.object({
  formatVersion: z.literal(1),
  builtAt: z.string(),
  embedding: z.object({ provider: z.string(), model: z.string(), dimensions: z.number().int() }),
  documents: z.array(z.object({ docId: z.string(), file: z.string(), hash: z.string() })),
  counts: z.object({
    documents: z.number(),
    sections: z.number(),
    tables: z.number(),
    facts: z.number(),
    chunks: z.number(),
    warnings: z.number(),
  }),
  versions: z.record(z.string(), z.string()),
});
export type Manifest = z.infer<typeof Manifest>;

/** Everything parsed from one document; the unit of incremental re-ingest. */
export const ParsedDocument = z.object({
  info: DocumentInfo,
  sections: z.array(Section),
  tables: z.array(ParsedTable),
  facts: z.array(Fact),
  chunks: z.array(Chunk),
});
export type ParsedDocument = z.infer<typeof ParsedDocument>;

/** A section's id: its document and its number in document order ("<docId>:s<n>"). */
export function sectionId(docId: string, n: number): string {
  return `${docId}:s${n}`;
}

/** The number in document order of a section id; undefined for any other id. */
export function sectionNumber(id: string): number | undefined {
  const n = Number(/:s(\d+)$/.exec(id)?.[1]);
  return Number.isInteger(n) ? n : undefined;
}
