import { loadConfig } from "../../lib/config.js";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DocId } from "../testing/corpus.js";
import type { ParsedWrite, IndexStore, ScoredChunk } from "./store.js";
import {
  corpusWrites,
  EMBEDDINGS,
  ingestInto,
  postgresTarget,
  sqliteTarget,
  type PostgresTargetStore,
  type StoreTarget,
  type TargetStore,
} from "./testing/store-fixture.js";
import { PG_SCHEMA_VERSION } from "./postgres-schema.js";
import { PostgresStore } from "./postgres-store.js";

/**
 * One contract, two stores: the sample corpus ingested into SQLite and into a throwaway
 * PostgreSQL answers every IndexStore query with the same real values. Searches run on both
 * paths: scoped (exact scoring of a filtered set) and whole-store (the store's own indexes,
 * reached by lowering EXACT_CANDIDATES to 0).
 */
const exact = vi.hoisted(() => ({ candidates: undefined as number | undefined }));
vi.mock("./scoring.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./scoring.js")>();
  return {
    ...actual,
    get EXACT_CANDIDATES() {
      return exact.candidates ?? actual.EXACT_CANDIDATES;
    },
  };
});

/** The same document under another id: every string that is its id or starts with "<id>:" renamed. */
function renamed(write: ParsedWrite, docId: string): ParsedWrite {
  const old = write.parsed.info.docId;
  return JSON.parse(JSON.stringify(write), (_key, value: unknown) =>
    value === old
      ? docId
      : typeof value === "string" && value.startsWith(`${old}:`)
        ? docId + value.slice(old.length)
        : value,
  ) as ParsedWrite;
}

async function wholeStore<T>(search: () => Promise<T>): Promise<T> {
  exact.candidates = 0;
  try {
    return await search();
  } finally {
    exact.candidates = undefined;
  }
}

const BEIJING = "株洲市人民政府驻北京联络处";
const CITY = "株洲市人民政府办公室";
const DISTRICT = "中共株洲市天元区委办公室";

let writes: Record<DocId, ParsedWrite>;
/** The SQLite reader every PostgreSQL answer is compared with. */
let reference: IndexStore;
const sqlite = sqliteTarget();
const postgres = postgresTarget();
const targets: StoreTarget[] = [sqlite, postgres];

beforeAll(async () => {
  writes = await corpusWrites();
  const store = await sqlite.create("reference");
  await ingestInto(store.store, Object.values(writes));
  reference = store.store.reader();
});

afterAll(async () => {
  await reference?.close();
  for (const target of targets) await target.stop();
});

const ids = (hits: ScoredChunk[]) => hits.map((hit) => hit.chunk.id);

describe.each(targets)("$name store", (target) => {
  if (!target.available) {
    // CI installs Debian's postgresql (.ci/run): there a missing server is a failure, not a skip.
    if (loadConfig().CI)
      it("has a PostgreSQL server in CI", () => expect.fail("no initdb under /usr/lib/postgresql"));
    else {
      console.warn(`${target.name}: no initdb under /usr/lib/postgresql; skipping its contract tests`);
      it.skip("needs Debian's postgresql package", () => undefined);
    }
    return;
  }
  let main: TargetStore;
  let reader: IndexStore;

  /** The target's answer, checked against the SQLite reference's answer to the same query. */
  async function agreed<T>(query: (store: IndexStore) => Promise<T>): Promise<T> {
    const value = await query(reader);
    if (target.name !== "sqlite") expect(value).toEqual(await query(reference));
    return value;
  }

  beforeAll(async () => {
    main = await target.create("main");
    await ingestInto(main.store, Object.values(writes));
    reader = main.store.reader();
  });
  afterAll(() => reader?.close());

  it("is empty before the first ingest", async () => {
    const empty = (await target.create("empty")).store.reader();
    expect(await empty.generation()).toBeUndefined();
    await expect(empty.head()).rejects.toMatchObject({ code: "INDEX_MISSING" });
    expect((await empty.check()).ok).toBe(false);
    await empty.close();
  });

  it("keeps the head: documents, units, subjects, projects", async () => {
    const head = await agreed((store) => store.head());
    expect(head.documents.map((document) => document.docId)).toEqual(["000", "001", "002", "003"]);
    // Facts per document: 000 686, 001 504, 002 901, 003 56. Indicator values of performance forms
    // are stated only where the cell or the indicator's name gives their measure (none in 万元);
    // 001's forms, printed one cell per line, are read as rows (+33, with its two projects' funds);
    // 003's spending budget by class is read from its prose (+4). 000's performance section states
    // the evaluated government-fund and state-capital spending (0 万元 each, line 528). 002's 年鉴编纂
    // form prints its 年度资金总额 label over two cells (line 1180): read aligned, the row states its
    // 年初预算数 18 as well (+1). 003's cars to be bought (line 51, "2024年拟新增配置公务用车0辆，其中…")
    // are one count, not five more kinds of cars held (−5). "附件：1. …" then "2. …", "3. …" (000 line
    // 718, 001 line 1299, 002 line 694) is a list, not three headings: 000's items, one section
    // each before, are one paragraph (−1 chunk). The shares a class list states after each class
    // ("主要用于以下方面：…支出674.75万元，占80.3%"; 002 line 370: five, 000 line 388: two of the
    // classes written as the tables name them) are facts of those classes (+7). 003 line 30 counts
    // those at work among the staff ("在职人数108人，其中在岗人数107人"): a count of its own (+1). 003
    // line 39 states its spending as "一般公共预算拨款支出5311.92万元": the appropriation's spending (+1).
    // The performance write-ups state the projects budgeted at the start of the year and those added
    // during it as two groups, three figures each (000 lines 652 and 662, 002 lines 612 and 640: +6 each).
    // 002's forms count people in 名, certificates in 本, buildings in 栋 and yearbooks in 套 (lines 891:
    // 6 名 / 6 名, 892: 60 本 / 60 本, 894: 11 栋, 1184: 1套): indicator values too (+6). 003 line 60
    // totals its meetings after saying what they are for ("会议费1万元，主要是…会议，共计4次，每次30人"): two
    // counts of 会议费 (+2). 002 line 666 counts in 名 the people a project pays ("发放 9 名退休职工 2024
    // 年度独生子女费"): a count of that project (+1). The same class lists state each class's amount
    // beside its share, the appropriation's part of that class: facts of those classes too (+7: 002 line
    // 370 674.75, 43.24 …; 000 line 388 15.18 and 39.27, as 000's tables print them at lines 118–119).
    // The narrative's income sources are figures of their own, as the tables' are: 002 line 352
    // ("上级补助收入 0 万元，占 0%；事业收入 0 万元，占 0%；…其他收入 0 万元，占 0%": five amounts and five
    // shares, +10) and 003 line 35 ("其他收入0万元", +1).
    expect(head.manifest.counts).toMatchObject({ documents: 4, facts: 2148, chunks: 246, tables: 50 });
    expect(head.units.find((unit) => unit.name === CITY)?.docIds).toEqual(["000", "003"]);
    expect(head.units.find((unit) => unit.name === BEIJING)).toMatchObject({ parent: CITY, docIds: ["001"] });
    expect(head.units.find((unit) => unit.name === BEIJING)?.aliases).toContain("驻京办");
    expect(head.subjects).toHaveLength(126);
    expect(head.subjects[0]).toEqual({
      name: "一般公共服务支出",
      scheme: "function",
      units: [CITY, BEIJING, DISTRICT],
    });
    // Includes the projects named only in a 项目支出绩效自评表 header (ingest/parse/project-funds.ts);
    // rows of performance forms are indicators, never projects (002's "因此项目为涉密项目…" was one).
    expect(head.projects).toHaveLength(43);
    // Each with the bodies whose documents name it: 000 line 739 and 001 line 1367 print the
    // 基础数据表 header row, 000 lines 740 and 856 the portal's project; 002 alone (lines 502, 648,
    // 840) names a project "因公出国经费".
    expect(head.projects.slice(0, 2)).toEqual([
      { name: "市级专项资金（一个专项一行）", units: [CITY, BEIJING] },
      { name: "政府门户网专项", units: [CITY] },
    ]);
    expect(head.projects.find((project) => project.name === "因公出国经费")?.units).toEqual([DISTRICT]);
  });

  it("returns every document's info with its ingest warnings", async () => {
    const infos = await agreed((store) => store.documentInfos());
    expect(infos.map((document) => document.docId)).toEqual(["000", "001", "002", "003"]);
    // 001 states 公务接待费 as 3.6 (三公 paragraph) and as 3.61 (its own paragraph).
    const beijing = infos.find((document) => document.docId === "001")!;
    expect(beijing.warnings.some((w) => /公务接待费/.test(w.message) && /3\.61?/.test(w.message))).toBe(true);
  });

  it("finds facts by document, metric, code, unit, year, kind, table and text", async () => {
    const sanGong = await agreed((store) => store.facts({ docIds: ["001"], metrics: ["三公经费"] }));
    expect(sanGong.map((fact) => [fact.id, fact.value])).toEqual([
      ["001:a9:r2:c1", "26.42"],
      ["001:a9:r2:c2", "40"],
      ["001:a9:r2:c3", "23.3"],
      ["001:p24:0:15", "40"],
      ["001:p24:0:25", "23.3"],
      ["001:p24:0:37", "58.25"],
    ]);
    const administration = await agreed((store) => store.facts({ rowCodes: ["2010301"], table: "03" }));
    expect(administration.map((fact) => [fact.column, fact.value])).toEqual([
      ["本年支出合计", "3508.11"],
      ["基本支出", "3508.11"],
    ]);
    const budget = await agreed((store) => store.facts({ units: [CITY], year: 2024, kind: "预算" }));
    // (003 line 35 "2024年年初部门收入预算5311.92万元" is its income budget too.)
    expect(budget).toHaveLength(57);
    expect(budget.every((fact) => fact.docId === "003")).toBe(true);
    const either = await agreed((store) =>
      store.facts({ docIds: ["001"], metrics: ["三公经费"], rowKeys: ["一般行政管理事务"] }),
    );
    expect(either).toHaveLength(6 + 19);
    expect(await agreed((store) => store.facts({ docIds: [] }))).toEqual([]);
    expect(await agreed((store) => store.countFacts({}))).toBe(2148);
  });

  it("keeps each document's headline figure per metric, chosen at ingest", async () => {
    // 三公经费 决算: 000 table 公开09表 合计 (line 356), 001 narrative (line 1132, it has no table 09),
    // 002 table 公开09表 合计 (line 338); the 001 budget is the narrative's 预算为40万元.
    const figures = await agreed((store) =>
      store.figures({ metrics: ["三公经费"], wants: ["actual", "budget"], docIds: ["000", "001", "002"] }),
    );
    const byKey = new Map(figures.map((figure) => [`${figure.docId} ${figure.want}`, figure.value]));
    expect(byKey.get("000 actual")).toBe("136.85");
    expect(byKey.get("001 actual")).toBe("23.3");
    expect(byKey.get("001 budget")).toBe("40");
    expect(byKey.get("002 actual")).toBe("9.00");
    const facts = await agreed((store) => store.factsByIds(figures.map((figure) => figure.factId)));
    expect(facts).toHaveLength(new Set(figures.map((figure) => figure.factId)).size);
    const everyDocument = await agreed((store) =>
      store.figures({ metrics: ["三公经费"], wants: ["actual"] }),
    );
    expect(everyDocument.map((figure) => figure.docId).sort()).toEqual(
      expect.arrayContaining(["000", "001", "002"]),
    );
  });

  it("pages facts with limit and offset, and counts them", async () => {
    const query = { text: "公务接待费" };
    expect(await agreed((store) => store.countFacts(query))).toBe(57);
    const all = await agreed((store) => store.facts(query));
    const page = await agreed((store) => store.facts({ ...query, limit: 5, offset: 3 }));
    expect(page.map((fact) => fact.id)).toEqual(all.slice(3, 8).map((fact) => fact.id));
    expect(await agreed((store) => store.facts({ ...query, limit: 0 }))).toEqual([]);
  });

  it("reads facts, tables, chunks and section chunks by id", async () => {
    const wanted = ["001:a9:r2:c3", "000:t02:r2:c2", "missing"];
    const byIds = await agreed(async (store) =>
      (await store.factsByIds(wanted)).map((fact) => fact.id).sort(),
    );
    expect(byIds).toEqual(["000:t02:r2:c2", "001:a9:r2:c3"]);
    const table = await agreed((store) => store.table("001:t05"));
    expect(table).toMatchObject({ number: "05", title: "一般公共预算财政拨款支出决算表", docId: "001" });
    expect(await reader.table("001:t99")).toBeUndefined();
    const chunks = await agreed(async (store) =>
      (await store.chunks(["001:s1", "001:s0"])).map((chunk) => chunk.id).sort(),
    );
    expect(chunks).toEqual(["001:s0", "001:s1"]);
    const section = ["第一部分 株洲市人民政府驻北京联络处概况", "（二）单位机构、人员情况"];
    expect(await agreed((store) => store.sectionChunk("001", section))).toMatchObject({
      id: "001:s1",
      type: "section",
    });
    expect(await reader.sectionChunk("001", ["没有这一节"])).toBeUndefined();
  });

  it("searches text in one unit exactly (BM25 with store-wide statistics)", async () => {
    const hits = await agreed((store) => store.searchText("三公经费 公务接待费", { units: [BEIJING] }, 5));
    expect(ids(hits)).toEqual(["001:s19", "001:s27", "001:a9", "001:s18", "001:t06"]);
    // Store-wide statistics: 001's folded forms changed its table chunks' text (was 34.897, then
    // 34.942); the 附件 lists read as paragraphs changed the chunk count and lengths again, and so did
    // a list's short last item read as text instead of an empty heading (34.899 → 34.908).
    expect(hits[0].score).toBeCloseTo(34.908, 3);
    expect(await reader.searchText("的 了", {}, 5)).toEqual([]);
  });

  it("searches text over the whole store through its index", async () => {
    const hits = await wholeStore(() => reader.searchText("三公经费 公务接待费", { units: [BEIJING] }, 5));
    expect(hits).toHaveLength(5);
    expect(hits.every((hit) => hit.chunk.unit === BEIJING)).toBe(true);
    expect(ids(hits)).toContain("001:s19");
    const anywhere = await wholeStore(() => reader.searchText("驻北京联络处 三公经费", {}, 10));
    const expected = await wholeStore(() => reference.searchText("驻北京联络处 三公经费", {}, 10));
    expect(anywhere[0].chunk.unit).toBe(BEIJING);
    // Index rankings differ in detail (FTS5's bm25 vs BM25 in SQL); the leaders agree.
    expect(ids(anywhere).filter((id) => ids(expected).includes(id)).length).toBeGreaterThanOrEqual(7);
  });

  it("searches vectors in one unit exactly and over the whole store", async () => {
    const wanted = writes["002"].parsed.chunks[5];
    const vector = await EMBEDDINGS.embeddings.embedQuery(wanted.text);
    const scoped = await agreed((store) =>
      store.searchVectors(vector, { units: [DISTRICT], type: "section" }, 3),
    );
    expect(scoped[0].chunk.id).toBe(wanted.id);
    expect(scoped[0].score).toBeCloseTo(1, 5);
    expect(scoped.every((hit) => hit.chunk.unit === DISTRICT && hit.chunk.type === "section")).toBe(true);
    const whole = await wholeStore(() => reader.searchVectors(vector, {}, 5));
    const expected = await wholeStore(() => reference.searchVectors(vector, {}, 5));
    expect(whole[0]).toMatchObject({ chunk: { id: wanted.id } });
    expect(ids(whole)).toEqual(ids(expected));
    const filtered = await wholeStore(() =>
      reader.searchVectors(vector, { units: [CITY], years: [2024] }, 3),
    );
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((hit) => hit.chunk.unit === CITY)).toBe(true);
  });

  it("passes its check", async () => {
    expect(await reader.check()).toEqual({ ok: true, problems: [] });
  });

  it("answers again after close()", async () => {
    const generation = await reader.generation();
    await reader.close();
    expect(await reader.generation()).toBe(generation);
    expect(await reader.countFacts({ docIds: ["003"] })).toBe(57);
  });

  describe("writing", () => {
    let store: TargetStore;
    let writing: IndexStore;
    beforeAll(async () => {
      store = await target.create("writing");
      writing = store.store.reader();
    });
    afterAll(() => writing?.close());

    it("adds, replaces and removes documents across transactions", async () => {
      await ingestInto(store.store, [writes["000"], writes["001"]]);
      const first = await writing.generation();
      expect((await writing.head()).documents.map((document) => document.docId)).toEqual(["000", "001"]);
      await ingestInto(store.store, [writes["002"], writes["000"]], ["001"]);
      expect(await writing.generation()).not.toBe(first);
      const head = await writing.head();
      expect(head.documents.map((document) => document.docId)).toEqual(["000", "002"]);
      expect(head.manifest.counts.facts).toBe(686 + 901);
      expect(await writing.countFacts({})).toBe(686 + 901);
      expect(await writing.countFacts({ docIds: ["001"] })).toBe(0);
      expect(head.units.find((unit) => unit.name === BEIJING)?.docIds).toEqual([]);
      const removed = writes["001"].parsed.chunks[3];
      const vector = await EMBEDDINGS.embeddings.embedQuery(removed.text);
      const hits = await wholeStore(() => writing.searchVectors(vector, {}, 10));
      expect(hits.length).toBe(10);
      expect(hits.some((hit) => hit.chunk.docId === "001")).toBe(false);
      expect(new Set(ids(hits)).size).toBe(hits.length);
      expect(await writing.check()).toEqual({ ok: true, problems: [] });
    });

    it("scores text after incremental writes as a store built in one go", async () => {
      const once = await target.create("once");
      await ingestInto(once.store, [writes["000"], writes["002"]]);
      const fresh = once.store.reader();
      for (const filter of [{ units: [CITY] }, { units: [DISTRICT], type: "table" as const }]) {
        const query = "一般公共服务支出 三公经费 会议费";
        expect(await writing.searchText(query, filter, 8)).toEqual(await fresh.searchText(query, filter, 8));
      }
      await fresh.close();
    });

    it("counts a term's chunks anew after an ingest adds it (a reader kept open)", async () => {
      const grown = await target.create("grown");
      await ingestInto(grown.store, [writes["000"]]);
      const reader = grown.store.reader();
      // Words only the 2024 budget (003) uses, with others the final accounts (000) use too.
      const query = "驻沪办 招商项目对接会议";
      const before = await reader.searchText(query, { units: [CITY] }, 5);
      expect(before.every((hit) => hit.chunk.docId === "000")).toBe(true);
      await ingestInto(grown.store, [writes["003"]]);
      const hits = await reader.searchText(query, { units: [CITY] }, 5);
      expect(hits[0]?.chunk.docId).toBe("003");
      const fresh = grown.store.reader();
      expect(hits).toEqual(await fresh.searchText(query, { units: [CITY] }, 5));
      await Promise.all([reader.close(), fresh.close()]);
    });

    it("leaves the store unchanged when a writer aborts", async () => {
      const generation = await writing.generation();
      const before = await writing.head();
      const writer = await store.store.writer();
      await writer.remove("000");
      await writer.put(writes["003"]);
      expect((await writer.documents()).map((document) => document.docId)).toEqual(["002", "003"]);
      await writer.abort();
      expect(await writing.generation()).toBe(generation);
      expect(await writing.head()).toEqual(before);
      expect(await writing.countFacts({ docIds: ["003"] })).toBe(0);
    });

    it("admits one writer at a time", async () => {
      const first = await store.store.writer();
      await expect(store.store.writer({ waitMs: 0 })).rejects.toMatchObject({ code: "INDEX_LOCKED" });
      const started = Date.now();
      await expect(store.store.writer({ waitMs: 300 })).rejects.toMatchObject({ code: "INDEX_LOCKED" });
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      await first.abort();
      const next = await store.store.writer({ waitMs: 0 });
      await next.abort();
    });

    it("reports tampering in its check", async () => {
      await store.deleteFacts("000");
      const check = await writing.check();
      expect(check.ok).toBe(false);
      expect(check.problems).toContain("facts: 901 stored, manifest says 1587");
    });
  });
});

describe.skipIf(!postgres.available)("PostgreSQL store specifics", () => {
  let target: PostgresTargetStore;
  let reader: IndexStore;
  beforeAll(async () => {
    target = await postgres.create("specifics");
    await ingestInto(target.store, [writes["000"], writes["001"], writes["003"]]);
    await ingestInto(target.store, [writes["002"], writes["000"]], ["003"]);
    reader = target.store.reader();
  });
  afterAll(() => reader?.close());

  it("indexes exact terms, '#' bigrams apart from words, with exact document frequencies", async () => {
    const matching = async (term: string) =>
      (
        await target.sql<{ id: string }>(
          `SELECT id FROM ${target.schema}.chunks WHERE tsv @@ $1::tsquery ORDER BY rowid`,
          [`'${term}'`],
        )
      ).map((row) => row.id);
    // "公经" (inside 三公经费) is a bigram, never a word.
    const bigram = await matching("#公经");
    expect(bigram.length).toBeGreaterThan(0);
    expect((await reader.chunks(bigram)).every((chunk) => chunk.text.includes("公经"))).toBe(true);
    expect(await matching("公经")).toEqual([]);
    expect((await matching("经费")).length).toBeGreaterThan(bigram.length);
    const drift = await target.sql(
      `WITH recount AS (SELECT u.lexeme AS term, count(*)::integer AS doc_count
         FROM ${target.schema}.chunks c, unnest(c.tsv) AS u GROUP BY u.lexeme)
       (SELECT * FROM recount EXCEPT SELECT * FROM ${target.schema}.chunk_terms)
       UNION ALL (SELECT * FROM ${target.schema}.chunk_terms EXCEPT SELECT * FROM recount)`,
    );
    expect(drift).toEqual([]);
  });

  it("ranks the whole store in SQL with the scoped path's BM25", async () => {
    const statements = vi.spyOn(pg.Pool.prototype, "query");
    const whole = await wholeStore(() => reader.searchText("驻北京联络处 三公经费", {}, 10));
    expect(statements.mock.calls.some(([sql]) => String(sql).includes("@@"))).toBe(true);
    statements.mockRestore();
    const scoped = await reader.searchText("驻北京联络处 三公经费", {}, 10);
    expect(ids(whole)).toEqual(ids(scoped));
    whole.forEach((hit, i) => expect(hit.score).toBeCloseTo(scoped[i].score, 9));
  });

  it("downloads vector segments into its cache folder for whole-store search", async () => {
    const vector = await EMBEDDINGS.embeddings.embedQuery("三公经费");
    expect(await wholeStore(() => reader.searchVectors(vector, {}, 3))).toHaveLength(3);
    const stored = await target.sql<{ name: string }>(
      `SELECT name FROM ${target.schema}.segments ORDER BY name`,
    );
    const cached = readdirSync(join(target.cacheDir, "pg-segments"), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".hnsw"))
      .map((file) => basename(file));
    expect(stored.length).toBeGreaterThan(0);
    expect(cached).toEqual(expect.arrayContaining(stored.map((row) => row.name)));
  });

  it("adds a segment per ingest and merges only the run of small ones after a settled segment", async () => {
    const grown = await postgres.create("segments");
    await ingestInto(grown.store, Object.values(writes));
    const registered = () =>
      grown.sql<{ name: string; count: number; first_label: string | null }>(
        `SELECT name, count, first_label FROM ${grown.schema}.segments ORDER BY first_label NULLS FIRST, name`,
      );
    // As if stored before labels were recorded: that segment is never merged again.
    const [first] = await registered();
    await grown.sql(`UPDATE ${grown.schema}.segments SET first_label = NULL`);
    // Nine one-document ingests, each a new document (one sample under nine other ids).
    const sample = writes["003"];
    const copies = Array.from({ length: 9 }, (_, i) =>
      renamed(sample, `${sample.parsed.info.docId}-copy${i}`),
    );
    for (const copy of copies) await ingestInto(grown.store, [copy]);
    const segments = await registered();
    expect(segments.map((segment) => segment.name)).toEqual([first.name, expect.stringContaining("merged")]);
    const [labels] = await grown.sql<{ low: string; n: number }>(
      `SELECT min(rowid)::text AS low, count(*)::integer AS n FROM ${grown.schema}.chunks WHERE doc_id LIKE '%-copy%'`,
    );
    expect(segments[1]).toMatchObject({ count: labels.n, first_label: labels.low });
    const merged = grown.store.reader();
    expect(await merged.check()).toEqual({ ok: true, problems: [] });
    for (const copy of [copies[0], copies[8]]) {
      const hits = await wholeStore(() => merged.searchVectors(copy.vectors[0], {}, 20));
      expect(hits.map((hit) => hit.chunk.id)).toContain(copy.parsed.chunks[0].id);
    }
    await merged.close();
  });

  it("runs no DDL in an ingest into a current layout, and recreates a dropped index", async () => {
    const current = await postgres.create("ddl");
    await ingestInto(current.store, [writes["000"]]);
    const statements = vi.spyOn(pg.Client.prototype, "query");
    await ingestInto(current.store, [writes["001"]]);
    const sql = statements.mock.calls.map(([text]) => (typeof text === "string" ? text : ""));
    statements.mockRestore();
    expect(sql.filter((text) => /CREATE (?:TABLE|INDEX|SCHEMA)/.test(text))).toEqual([]);
    await current.sql(`DROP INDEX ${current.schema}.facts_row_key`);
    await ingestInto(current.store, [writes["002"]]);
    const [index] = await current.sql<{ found: string | null }>("SELECT to_regclass($1)::text AS found", [
      `${current.schema}.facts_row_key`,
    ]);
    expect(index.found).toBe(`${current.schema}.facts_row_key`);
    const reader = current.store.reader();
    expect(await reader.check()).toEqual({ ok: true, problems: [] });
    await reader.close();
  });

  it("refuses a schema written by another storage version", async () => {
    const other = await postgres.create("version");
    await ingestInto(other.store, [writes["003"]]);
    await other.sql(`UPDATE ${other.schema}.meta SET value = '99' WHERE key = 'schema_version'`);
    await expect(other.store.writer()).rejects.toMatchObject({ code: "INDEX_CORRUPT" });
    const otherReader = other.store.reader();
    expect((await otherReader.check()).problems).toContain(
      `storage version 99, expected ${PG_SCHEMA_VERSION}`,
    );
    await otherReader.close();
  });

  it("moves its chunk and term totals by each ingest's changes, matching a recount", async () => {
    const moved = await postgres.create("totals");
    const recount = async () =>
      (
        await moved.sql<{ stored: string; counted: string }>(
          `SELECT (SELECT value FROM ${moved.schema}.meta WHERE key = 'chunk_count') || '/' ||
             (SELECT value FROM ${moved.schema}.meta WHERE key = 'term_total') AS stored,
           count(*) || '/' || coalesce(sum(term_count), 0) AS counted FROM ${moved.schema}.chunks`,
        )
      )[0];
    await ingestInto(moved.store, [writes["000"], writes["001"]]);
    const first = await recount();
    expect(first.stored).toBe(first.counted);
    // 001 written again (a replacement) and 000 removed in one ingest.
    await ingestInto(moved.store, [writes["001"]], ["000"]);
    const second = await recount();
    expect(second.stored).toBe(second.counted);
    expect(second.counted).not.toBe(first.counted);
  });

  it("brings the layout of version 3 (no summaries table, segments without labels) up to date on the next ingest", async () => {
    const older = await postgres.create("older");
    await ingestInto(older.store, [writes["000"], writes["002"]]);
    const before = older.store.reader();
    const head = await before.head();
    await before.close();
    await older.sql(
      `DROP TABLE ${older.schema}.summaries; ALTER TABLE ${older.schema}.segments DROP COLUMN first_label;
       UPDATE ${older.schema}.meta SET value = '3' WHERE key = 'schema_version'`,
    );
    const refused = older.store.reader();
    expect((await refused.check()).problems).toEqual([
      `storage version 3: run \`npm run ingest\` once to bring it up to ${PG_SCHEMA_VERSION}`,
    ]);
    await refused.close();
    // An ingest that changes no document (it aborts) still leaves the layout upgraded.
    await (await older.store.writer()).abort();
    const upgradedOnly = older.store.reader();
    expect(await upgradedOnly.check()).toEqual({ ok: true, problems: [] });
    expect(await upgradedOnly.head()).toEqual(head);
    await upgradedOnly.close();
    await ingestInto(older.store, [writes["001"]]);
    const after = older.store.reader();
    const upgraded = await after.head();
    expect(upgraded.documents.filter((d) => d.docId !== "001")).toEqual(head.documents);
    expect(upgraded.documents.map((d) => d.docId)).toEqual(["000", "001", "002"]);
    await after.close();
  });

  it("keeps the password out of its location", async () => {
    const store = new PostgresStore("postgres://budget:secret@db.example:5432/qa", { cacheDir: tmpdir() });
    const located = store.reader();
    expect(located.location).toBe("postgres://budget@db.example:5432/qa");
    await located.close();
  });
});
