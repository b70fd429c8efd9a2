import type { Chunk, DocumentReport, Fact } from "../../../ingest/schema.js";
import { DraftBuilder, type Draft, type Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import {
  AMOUNT_ASKED,
  EMPTY_NOTE,
  TABLE_ASKED,
  TABLE_LABEL,
  type TableAspect,
} from "../lexicon/table-inventory.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { scopeLabel } from "./labels.js";
import { askedName, namedTables, overlap, plain, type ReportTable } from "./table-names.js";

/**
 * "这份决算有几张表", "哪些表是空的", "某某那张表在不在": the tables the ingest found in each scoped
 * document (its understanding report), each quoted by its label and title and cited; emptiness by
 * the table's facts and its own note; a standard table of the document's kind not found is named.
 * Undefined when the question asks nothing about tables, or a document has no report.
 */
export async function tableInventoryOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  const aspects = new Set(TABLE_ASKED.filter((a) => a.asks.test(plan.question)).map((a) => a.aspect));
  if (!aspects.size || !scopes.length) return undefined;
  // "批了多少钱，这张表在吗": the figure is what is asked; the table is where it is read.
  if (plan.metrics.length && AMOUNT_ASKED.test(plan.question)) return undefined;
  const docs = [...new Map(scopes.map((s) => [s.doc.docId, s])).values()];
  const b = new DraftBuilder();
  for (const asked of docs) {
    const found = await labelledDocument(k, asked, TABLE_LABEL.exec(plan.question)?.[0]);
    if (!found) return undefined;
    const { scope, report } = found;
    const chunks = new Map(
      (await k.store.chunks(report.tables.map((t) => t.id))).map((chunk) => [chunk.id, chunk]),
    );
    const inventory = new Inventory(b, scope, report, chunks, await figuresOfNotedEmpty(k, scope, report));
    if (!inventory.answer(plan.question, aspects)) return undefined;
  }
  return b.build();
}

class Inventory {
  /** The asker wants the tables' own notes ("备注是什么意思"). */
  private noteAsked = false;

  constructor(
    private readonly b: DraftBuilder,
    private readonly scope: Scope,
    private readonly report: DocumentReport,
    private readonly chunks: Map<string, Chunk>,
    /** The first figure of each table whose note says it is empty. */
    private readonly figures: Map<string, Fact>,
  ) {}

  private get label(): string {
    return `${scopeLabel(this.scope)}${this.scope.doc.kind}`;
  }

  /** Each asked aspect in turn: counts and lists first, then a named table, then emptiness. */
  answer(question: string, aspects: Set<TableAspect>): boolean {
    const named = namedTables(question, this.report.tables);
    this.noteAsked = aspects.has("note");
    // "哪几张表是空的", "有几张空表": the count or list is of the empty ones.
    const listed = !aspects.has("empty") && (aspects.has("count") || aspects.has("list"));
    let said = false;
    if (listed) said = this.listAll() || said;
    if (aspects.has("exists")) said = this.exists(question, named) || said;
    if (aspects.has("note")) said = this.notes(named) || said;
    if (aspects.has("empty")) said = this.empty(named) || said;
    return said;
  }

  private count(n: number, label: string, formula: string): Segment {
    return this.b.computed({ value: String(n), measure: "张", formula }, label, []);
  }

  private listAll(): boolean {
    const tables = this.report.tables;
    if (!tables.length) {
      this.b.line([`${this.label}文件中没有识别出表格（只有文字说明）。`]);
      this.missing();
      return true;
    }
    const standard = tables.filter((t) => t.standard);
    const others = tables.length - standard.length;
    this.b.line([
      `${this.label}共列出表格 `,
      this.count(
        tables.length,
        "表格数",
        others ? `标准公开表${standard.length}张 + 其他表${others}张` : "均为标准公开表",
      ),
      standard.length && others
        ? "，其中标准公开表 "
        : standard.length
          ? "，都是标准公开表。"
          : "，没有标准公开表。",
      ...(standard.length && others
        ? [this.count(standard.length, "标准公开表数", `${tables.length} − ${others}`), "。"]
        : []),
    ]);
    for (const table of tables) this.quote(table, emptyWords(table));
    this.missing();
    return true;
  }

  /** Standard tables of the document's kind it does not have (a 决算 without its 三公 table). */
  private missing(): void {
    if (this.report.missing.length)
      this.b.d.notes.push([`${this.label}中未见这些标准表：${this.report.missing.join("、")}。`]);
  }

  private exists(question: string, named: ReportTable[]): boolean {
    if (named.length) {
      this.b.line([`${this.label}有这张表：${named.map(tableName).join("、")}。`]);
      for (const table of named) this.quote(table, emptyWords(table));
      return true;
    }
    const absent = this.report.missing.filter((name) => overlap(askedName(question), plain(name)));
    if (!absent.length) return false;
    this.b.line([`${this.label}中没有${absent.join("、")}（文件未列出这张标准表）。`]);
    return true;
  }

  /** "那张表下面的备注是什么意思": the named table's own note, and whether its figures contradict it. */
  private notes(named: ReportTable[]): boolean {
    const noted = named.filter((t) => t.note);
    if (!noted.length) return false;
    for (const table of noted) {
      this.b.line([`${tableName(table)}的表注原文如下${table.facts === 0 ? "（表中没有数字）" : ""}。`]);
      this.quote(table, "");
      this.contradiction(table);
    }
    return true;
  }

  private contradiction(table: ReportTable): void {
    const figure = this.figures.get(table.id);
    if (!figure) return;
    this.b.line([
      `${tableName(table)}的表注说本表为空表，但表中列有数字（如${figure.row}${figure.column ? ` ${figure.column}` : ""} `,
      this.b.fact(figure),
      "），两者不一致（文件前后不一致，请以原文核对）。",
    ]);
  }

  private empty(named: ReportTable[]): boolean {
    const asked = named.length ? named : this.report.tables;
    const empty = asked.filter((t) => t.facts === 0);
    // A note that says "本表为空表" above figures: the note and the table disagree.
    const contradicted = asked.filter((t) => this.figures.has(t.id));
    if (named.length === 1 && !empty.length && !contradicted.length)
      this.b.line([`${tableName(named[0])}不是空表：表中列有数字。`]);
    else if (named.length) {
      for (const table of empty) this.b.line([`${tableName(table)}是空表，表中没有数字。`]);
    } else
      this.b.line([
        `${this.label}中没有数据的表共 `,
        this.count(empty.length, "空表数", empty.map(tableName).join("、") || "无"),
        empty.length ? "：" : "。",
      ]);
    for (const table of empty) this.quote(table, table.note ? "" : "（表中没有数字，也没有说明原因）");
    for (const table of contradicted) {
      this.contradiction(table);
      this.quote(table, "");
    }
    return true;
  }

  /** The table's label, title and note as a passage citing the table. */
  private quote(table: ReportTable, suffix: string): void {
    const chunk = this.chunks.get(table.id);
    if (!chunk || this.b.d.passages.some((p) => p.chunk.id === chunk.id)) return;
    // A table's note is quoted when it says why the table is empty; "本表反映…" notes say nothing asked.
    const note = table.note && (table.facts === 0 || EMPTY_NOTE.test(table.note) || this.noteAsked);
    const text = [`${tableName(table)}${suffix}`, ...(note ? [table.note] : [])].join("\n");
    this.b.d.passages.push({ chunk, title: chunk.section.join(" > ") || chunk.title, text });
  }
}

function tableName(table: ReportTable): string {
  return table.label ? `${table.label}《${table.title}》` : `《${table.title}》`;
}

function emptyWords(table: ReportTable): string {
  return table.facts === 0 ? "（无数据）" : "";
}

/** Tables with figures whose own note says they are empty: the first figure of each, to show the contradiction. */
async function figuresOfNotedEmpty(
  k: Knowledge,
  scope: Scope,
  report: DocumentReport,
): Promise<Map<string, Fact>> {
  const figures = new Map<string, Fact>();
  const noted = report.tables.filter((t) => t.facts > 0 && EMPTY_NOTE.test(t.note ?? ""));
  if (!noted.length) return figures;
  // A table's cells are the facts "<table id>:r<row>:c<column>" (a table's number is not its id).
  await k.loadDocuments([scope.doc.docId]);
  const facts = k.factsOf(scope.doc.docId);
  for (const table of noted) {
    const first = facts.find((fact) => fact.id.startsWith(`${table.id}:r`));
    if (first) figures.set(table.id, first);
  }
  return figures;
}

/**
 * The scoped document's report; a table label the question names ("公开09表") that only another
 * document of the unit and year has (its final accounts, not its budget) picks that document.
 */
async function labelledDocument(
  k: Knowledge,
  scope: Scope,
  label: string | undefined,
): Promise<{ scope: Scope; report: DocumentReport } | undefined> {
  const report = (await k.store.documentInfo(scope.doc.docId))?.report;
  if (!label || report?.tables.some((t) => t.label === label)) return report && { scope, report };
  for (const doc of k.docs(scope.unit, { year: scope.year })) {
    const other = (await k.store.documentInfo(doc.docId))?.report;
    if (other?.tables.some((t) => t.label === label)) return { scope: { ...scope, doc }, report: other };
  }
  return report && { scope, report };
}
