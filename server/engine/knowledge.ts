import type { Embeddings } from "@langchain/core/embeddings";
import { placeStemsOf } from "./find-units.js";
import type { Figure, Want } from "../../ingest/domain/select-figures.js";
import type { DocumentInfo, Fact, Manifest, UnitInfo, Warning } from "../../ingest/schema.js";
import type { FactQuery, IndexStore, Subject } from "../../ingest/store/store.js";
import { matchKey } from "../../ingest/text/normalize-text.js";
import { Lru } from "../../lib/lru.js";
import type { NamedTable } from "./lexicon/named-tables.js";
import { spelledWords, UnitPinyin } from "./unit-pinyin.js";
import { UnitNames } from "./unit-names.js";
import { projectStem } from "./metric-words.js";
import { NameIndex, Vocabulary } from "./vocabulary.js";
import { BodyViews } from "./body-views.js";

export type { Subject } from "../../ingest/store/store.js";

const figureKey = (docId: string, metric: string, want: string) => `${docId}\u0000${metric}\u0000${want}`;

/** Documents whose facts stay cached between questions (a few hundred KB each). */
const CACHED_DOCUMENTS = 256;
/** Rankings over all units asked recently (one entry holds a figure per document). */
const CACHED_FIGURE_SETS = 8;
/** Warning codes of a document disagreeing with itself (not rounding, not a different basis). */
const CONFLICT_CODES: readonly Warning["code"][] = [
  "text_conflict",
  "table_vs_text",
  "sum_mismatch",
  "misprint",
];
/** Codes whose first fact is a printed total (or the misprinted cell): only that fact carries the note. */
export const TOTAL_FIRST: ReadonlySet<Warning["code"]> = new Set(["sum_mismatch", "misprint"]);
/** Questions over at least this many documents read the cached figures of all documents. */
const WHOLE_FIGURES_FROM = 64;

/**
 * What the engine looks things up in. The server keeps only the store's head in memory (units
 * and aliases, documents, the subject and project vocabulary); facts are read from the store per
 * question into a request view (`forRequest`, then `loadDocuments` / `loadMatching`), so memory
 * does not grow with the corpus.
 */
export class Knowledge {
  readonly manifest: Manifest;
  readonly units: UnitInfo[];
  readonly documents: DocumentInfo[];
  /** (normalised alias, unit names), longest alias first. */
  readonly aliases: { key: string; units: string[] }[];
  readonly docsByUnit = new Map<string, DocumentInfo[]>();
  /** Subordinate bodies' own parts of documents, read as their documents. */
  readonly bodyViews: BodyViews;
  readonly subjects: Subject[];
  readonly projects: string[];
  /** The bodies whose documents name each project. */
  readonly projectUnits = new Map<string, string[]>();
  private stems?: readonly string[];
  /** The subjects, projects and lexicon names, for scoring a question's words against. */
  readonly vocabulary: Vocabulary;
  /** Unit names and aliases for typo-tolerant matching. */
  readonly unitNames: UnitNames;
  /** Unit aliases by their pinyin spelling. */
  readonly unitPinyin: UnitPinyin;
  /** Subject names (matchKey) and projects, for finding the names a question contains. */
  readonly subjectNames: NameIndex<Subject>;
  readonly projectNames: NameIndex<string>;
  /** Project names by their stem ("某某专项", "某某专项资金" → 某某): one project, two spellings. */
  readonly projectsByStem = new Map<string, string[]>();
  private readonly cache = new Lru<Fact[]>(CACHED_DOCUMENTS);
  /** Each document's warnings about its own figures disagreeing, by the ids of the facts involved. */
  private readonly conflictsCache = new Lru<Map<string, Warning[]>>(CACHED_DOCUMENTS);
  /** Headline figures of every document, by (metrics, wants): shared by all requests. */
  private readonly wholeFigures = new Lru<Map<string, Figure>>(CACHED_FIGURE_SETS);
  /** Projects' names without the unit's name they begin with, worked out once (shared by request views). */
  readonly localProjectNames = new Map<string, string>();
  /** Per request view: the facts loaded for this question. */
  private loaded = new Map<string, Fact[]>();
  /** Per request view: headline figures read for this question, by `figureKey`. */
  private figureRows?: Map<string, Figure>;
  /** Per request view: the tables the question names, read first where they print the figure. */
  tablesNamed: NamedTable[] = [];

  private constructor(
    readonly store: IndexStore,
    readonly embeddings: Embeddings,
    head: Awaited<ReturnType<IndexStore["head"]>>,
  ) {
    this.manifest = head.manifest;
    this.units = head.units;
    // Ingest warnings and understanding reports stay in the store (GET /api/documents reads
    // them): up to ~17 KB a document.
    this.documents = head.documents.map(({ report: _report, ...document }) => ({
      ...document,
      warnings: [],
    }));
    this.subjects = head.subjects;
    this.projects = head.projects.map((project) => project.name);
    for (const project of head.projects) this.projectUnits.set(project.name, project.units);
    this.bodyViews = new BodyViews(head.documents);
    for (const d of [...head.documents, ...this.bodyViews.views])
      this.docsByUnit.set(d.unit, [...(this.docsByUnit.get(d.unit) ?? []), d]);
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
    this.unitNames = new UnitNames(this.aliases);
    this.unitPinyin = new UnitPinyin(
      this.aliases.map((a) => a.key),
      spelledWords(this.units.map((u) => u.name)),
    );
    this.subjectNames = new NameIndex(this.subjects.map((s) => ({ key: matchKey(s.name), item: s })));
    this.projectNames = new NameIndex(this.projects.map((p) => ({ key: p, item: p })));
    for (const p of this.projects) {
      const stem = matchKey(projectStem(p));
      if (stem.length >= 2) this.projectsByStem.set(stem, [...(this.projectsByStem.get(stem) ?? []), p]);
    }
    this.vocabulary = new Vocabulary(
      this.subjects,
      this.projects,
      this.aliases.map((a) => a.key),
      this.projectUnits,
    );
  }

  /** `embeddings` may depend on how the index was embedded (its manifest). */
  static async open(
    store: IndexStore,
    embeddings: Embeddings | ((manifest: Manifest) => Embeddings),
  ): Promise<Knowledge> {
    const head = await store.head();
    return new Knowledge(
      store,
      typeof embeddings === "function" ? embeddings(head.manifest) : embeddings,
      head,
    );
  }

  /** A view for one question: shares the head and cache, holds its own loaded facts. */
  forRequest(): Knowledge {
    const view = Object.create(this) as Knowledge;
    view.loaded = new Map();
    view.figureRows = undefined;
    view.tablesNamed = [];
    return view;
  }

  /** Every fact of these documents, from the cache or the store. */
  async loadDocuments(docIds: string[]): Promise<void> {
    const missing: string[] = [];
    for (const docId of this.bodyViews.storedIds(docIds)) {
      const cached = this.cache.get(docId);
      if (cached) this.setLoaded(docId, cached);
      else if (!this.loaded.has(docId)) missing.push(docId);
    }
    if (!missing.length) return;
    const byDoc = new Map<string, Fact[]>(missing.map((id) => [id, []]));
    for (const fact of await this.store.facts({ docIds: missing })) byDoc.get(fact.docId)?.push(fact);
    for (const [docId, facts] of byDoc) {
      this.cache.set(docId, facts);
      this.setLoaded(docId, facts);
    }
  }

  /** A stored document's facts as loaded: the unit's own, and each body's own part as its view. */
  private setLoaded(docId: string, facts: Fact[]): void {
    for (const [id, own] of this.bodyViews.split(docId, facts)) this.loaded.set(id, own);
  }

  /** Every document asked (a ranking of all units): no list of ids to send. */
  private unlessAll(docIds: string[]): string[] | undefined {
    return docIds.length === this.documents.length ? undefined : docIds;
  }

  /**
   * The facts of these rows in these documents, straight from the store: nothing is kept as a
   * document's loaded facts (a row is not the whole document).
   */
  async rowFacts(docIds: string[], rowCodes: string[]): Promise<Fact[]> {
    const asked = new Set(docIds);
    const facts = await this.store.facts({
      docIds: this.unlessAll(this.bodyViews.storedIds(docIds)),
      rowCodes,
    });
    return facts.filter((fact) => asked.has(this.bodyViews.viewOf(fact)));
  }

  /** Only the facts of these documents that match (many documents, one figure each: rankings). */
  async loadMatching(
    docIds: string[],
    match: Pick<FactQuery, "metrics" | "rowCodes" | "rowKeys">,
  ): Promise<void> {
    const wanted = [...new Set(docIds)].filter((id) => !this.loaded.has(id));
    if (!wanted.length) return;
    const byDoc = new Map<string, Fact[]>(wanted.map((id) => [id, []]));
    for (const fact of await this.store.facts({
      docIds: this.unlessAll(this.bodyViews.storedIds(wanted)),
      ...match,
    }))
      byDoc.get(this.bodyViews.viewOf(fact))?.push(fact);
    for (const [docId, facts] of byDoc) this.loaded.set(docId, facts);
  }

  /** Read the documents' headline figures (narrow rows) for these metrics and wanted figures. */
  async loadFigures(docIds: string[], metrics: string[], wants: Want[]): Promise<void> {
    const unique = [...new Set(docIds)];
    // A ranking over many units reads every document's figure once and keeps it until the next
    // reload: the rows of documents outside the question's scopes are never looked up.
    const whole = unique.length === this.documents.length || unique.length >= WHOLE_FIGURES_FROM;
    const only = whole ? undefined : unique;
    const key = whole ? JSON.stringify([[...metrics].sort(), [...wants].sort()]) : undefined;
    const cached = key ? this.wholeFigures.get(key) : undefined;
    if (cached) {
      this.figureRows = cached;
      return;
    }
    const rows = await this.store.figures({ metrics, wants, docIds: only });
    this.figureRows = new Map(rows.map((row) => [figureKey(row.docId, row.metric, row.want), row]));
    if (key) this.wholeFigures.set(key, this.figureRows);
  }

  /** Back to reading facts for this question. */
  dropFigures(): void {
    this.figureRows = undefined;
  }

  /** Whether this question reads headline figures instead of facts. */
  get hasFigures(): boolean {
    return this.figureRows !== undefined;
  }

  /** A document's headline figure, when loaded for this question. */
  figure(docId: string, metric: string, want: Want): Figure | undefined {
    return this.figureRows?.get(figureKey(docId, metric, want));
  }

  /**
   * The ingest's warnings of a document where its own figures disagree (a narrative figure stated
   * twice, a stated change or rate its amounts do not give, a table and its narrative, a printed
   * total its parts do not add up to), by fact id.
   */
  async conflicts(docId: string): Promise<Map<string, Warning[]>> {
    const cached = this.conflictsCache.get(docId);
    if (cached) return cached;
    const byFact = new Map<string, Warning[]>();
    const info = await this.store.documentInfo(docId);
    for (const warning of info?.warnings ?? [])
      if (CONFLICT_CODES.includes(warning.code))
        for (const id of TOTAL_FIRST.has(warning.code) ? warning.factIds.slice(0, 1) : warning.factIds)
          byFact.set(id, [...(byFact.get(id) ?? []), warning]);
    this.conflictsCache.set(docId, byFact);
    return byFact;
  }

  /** Load these facts by id into their documents' loaded facts (the ones an answer cites). */
  async loadFactsById(ids: string[]): Promise<void> {
    for (const fact of await this.store.factsByIds([...new Set(ids)])) {
      const docId = this.bodyViews.viewOf(fact);
      this.loaded.set(docId, [...(this.loaded.get(docId) ?? []), fact]);
    }
  }

  /** A loaded fact by id. */
  loadedFact(docId: string, id: string): Fact | undefined {
    return this.loaded.get(docId)?.find((fact) => fact.id === id);
  }

  /** The loaded facts of a document (empty when it was not loaded for this question). */
  factsOf(docId: string): Fact[] {
    return this.loaded.get(docId) ?? [];
  }

  /** Units that published a document (the ones a question can be answered for). */
  get publishingUnits(): string[] {
    // (A body read from its part of its department's document publishes nothing of its own.)
    return [...this.docsByUnit.keys()].filter((unit) =>
      this.docsByUnit.get(unit)?.some((doc) => !this.bodyViews.isView(doc.docId)),
    );
  }

  /** The places the publishing units' names hold, read once ("<某区>几个单位" names one of them). */
  get placeStems(): readonly string[] {
    const stems = this.stems ?? placeStemsOf(this.publishingUnits);
    this.stems = stems;
    return stems;
  }

  /**
   * Whose documents hold each unit's figures and names: its own, or its parent's when it publishes
   * nothing of its own (a subordinate listed in its department's consolidated tables).
   */
  publishersOf(units: readonly string[]): string[] {
    return [
      ...new Set(units.map((unit) => (this.docs(unit).length ? unit : (this.unit(unit)?.parent ?? unit)))),
    ];
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

  /** The names a project goes by in the index: its own and those with the same stem. */
  projectVariants(name: string): string[] {
    return [...new Set([name, ...(this.projectsByStem.get(matchKey(projectStem(name))) ?? [])])];
  }

  unit(name: string): UnitInfo | undefined {
    return this.units.find((u) => u.name === name);
  }

  /** Every name (normalised) a question may call a unit by: its own and its aliases. */
  namesOf(unit: string): string[] {
    return [
      matchKey(unit),
      ...this.aliases.filter((alias) => alias.units.includes(unit)).map((alias) => alias.key),
    ];
  }

  /** The names that say this unit and no other (not "财政局" when two units are one). */
  ownNamesOf(unit: string): string[] {
    return [
      matchKey(unit),
      ...this.aliases
        .filter((alias) => alias.units.length === 1 && alias.units[0] === unit)
        .map((alias) => alias.key),
    ];
  }
}
