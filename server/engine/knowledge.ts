import type { Embeddings } from "@langchain/core/embeddings";
import type { IndexContents } from "../../ingest/index/index-files.js";
import type { Chunk, DocumentInfo, Fact, ParsedTable, Section, UnitInfo } from "../../ingest/schema.js";
import { matchKey } from "../../ingest/text/normalize-text.js";

export interface Subject {
  code?: string;
  name: string;
  /** 功能分类 (tables 02/03/05) or 经济分类 (table 06). */
  scheme: "function" | "economic";
  units: string[];
}

/**
 * Everything the engine looks things up in, built once per loaded index: units and their
 * aliases, documents per unit, facts per document, the subject names of the tables.
 */
export class Knowledge {
  readonly units: UnitInfo[];
  readonly documents: DocumentInfo[];
  /** (normalised alias, unit names), longest alias first. */
  readonly aliases: { key: string; units: string[] }[];
  readonly docsByUnit = new Map<string, DocumentInfo[]>();
  readonly factsByDoc = new Map<string, Fact[]>();
  readonly factById = new Map<string, Fact>();
  readonly tableById = new Map<string, ParsedTable>();
  readonly sectionById = new Map<string, Section>();
  readonly chunkIndex = new Map<string, number>();
  readonly subjects: Subject[];
  readonly projects: string[];

  constructor(
    readonly index: IndexContents,
    readonly embeddings: Embeddings,
  ) {
    this.units = index.units;
    this.documents = index.documents;
    for (const d of index.documents) this.docsByUnit.set(d.unit, [...(this.docsByUnit.get(d.unit) ?? []), d]);
    for (const f of index.facts) {
      this.factById.set(f.id, f);
      const list = this.factsByDoc.get(f.docId) ?? [];
      list.push(f);
      this.factsByDoc.set(f.docId, list);
    }
    for (const t of index.tables) this.tableById.set(t.id, t);
    for (const s of index.sections) this.sectionById.set(s.id, s);
    index.chunks.forEach((c, i) => this.chunkIndex.set(c.id, i));

    const aliasMap = new Map<string, Set<string>>();
    const add = (alias: string, unit: string) => {
      const key = matchKey(alias);
      if (key.length < 2) return;
      aliasMap.set(key, (aliasMap.get(key) ?? new Set()).add(unit));
    };
    for (const u of this.units) {
      add(u.name, u.name);
      for (const a of u.aliases) add(a, u.name);
    }
    this.aliases = [...aliasMap.entries()]
      .map(([key, units]) => ({ key, units: [...units] }))
      .sort((a, b) => b.key.length - a.key.length);

    const subjects = new Map<string, Subject>();
    for (const f of index.facts) {
      // Class rows of tables 01/04 ("一般公共服务支出") have names but no codes.
      const classRow =
        (f.table === "01" || f.table === "04") &&
        /支出$/.test(f.row) &&
        /支出/.test(f.column) &&
        !/合计|总计/.test(f.row);
      if (classRow) {
        const key = `|${f.row}`;
        const s = subjects.get(key) ?? { name: f.row, scheme: "function" as const, units: [] };
        if (!s.units.includes(f.unit)) s.units.push(f.unit);
        subjects.set(key, s);
        continue;
      }
      if (!f.table || !/^0[2-6]$/.test(f.table) || !f.rowCode) continue;
      const key = `${f.rowCode}|${f.row}`;
      const s = subjects.get(key) ?? {
        code: f.rowCode,
        name: f.row,
        scheme: f.table === "06" ? "economic" : "function",
        units: [],
      };
      if (!s.units.includes(f.unit)) s.units.push(f.unit);
      subjects.set(key, s);
    }
    this.subjects = [...subjects.values()];
    // Named projects: from the narrative, and the project rows of attachment tables.
    const attachmentRows = index.facts
      .filter((f) => f.table && !/^\d+$/.test(f.table) && !f.metric && /专项|项目|经费/.test(f.row))
      .map((f) => f.row);
    this.projects = [
      ...new Set([
        ...index.facts.filter((f) => f.rowPath?.[0] === "项目").map((f) => f.row),
        ...attachmentRows,
      ]),
    ];
  }

  /** Units that published a document (the ones a question can be answered for). */
  get publishingUnits(): string[] {
    return [...this.docsByUnit.keys()];
  }

  docs(unit: string, filter: { year?: number; kind?: DocumentInfo["kind"] } = {}): DocumentInfo[] {
    return (this.docsByUnit.get(unit) ?? []).filter(
      (d) => (!filter.year || d.year === filter.year) && (!filter.kind || d.kind === filter.kind),
    );
  }

  latestYear(unit: string, kind?: DocumentInfo["kind"]): number | undefined {
    const years = this.docs(unit, { kind }).map((d) => d.year);
    return years.length ? Math.max(...years) : undefined;
  }

  unit(name: string): UnitInfo | undefined {
    return this.units.find((u) => u.name === name);
  }

  chunk(id: string): Chunk | undefined {
    const i = this.chunkIndex.get(id);
    return i === undefined ? undefined : this.index.chunks[i];
  }
}
