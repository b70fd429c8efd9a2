import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Fact } from "../schema.js";
import { matchKey } from "../text/normalize-text.js";
import { labelPhrase, labelTsquery, labelTsvector } from "./fact-label-search.js";
import { DB_FILE } from "./sqlite-check.js";
import { factDescriptor, factWhere } from "./sqlite-rows.js";
import { SqliteStore } from "./sqlite-store.js";
import type { ParsedWrite, IndexStore } from "./store.js";
import { corpusWrites, ingestInto, postgresTarget, sqliteTarget } from "./testing/store-fixture.js";

/**
 * Issue #12 item 6, "/api/facts?q= scans every fact": FactQuery.text goes through an index of the
 * descriptors' characters, then the substring test. On the sample corpus, in both stores, the
 * facts found for every character, many pieces of labels, punctuation and strings found nowhere
 * are exactly the facts whose descriptor holds the string (the scan's answer), in store order.
 */
describe("label search terms", () => {
  it("makes an FTS5 phrase of a needle's characters, none when nothing in it is indexed", () => {
    expect(labelPhrase("公务接待费")).toBe('"公 务 接 待 费"');
    expect(labelPhrase('a"b')).toBe('"a "" b"');
    expect(labelPhrase("、-%")).toBeUndefined();
    expect(labelPhrase("")).toBeUndefined();
  });

  it("makes tsquery and tsvector literals of distinct characters", () => {
    expect(labelTsquery("支出支")).toBe("'支' & '出'");
    expect(labelTsquery("it's")).toBe("'i' & 't' & '''' & 's'");
    expect(labelTsquery("")).toBeUndefined();
    expect(labelTsvector("a\\b a")).toBe("'a' '\\\\' 'b'");
  });
});

/** Needles from the corpus's own descriptors: characters, pieces at many offsets, and misses. */
function needles(facts: Fact[]): string[] {
  const descriptors = [...new Set(facts.map(factDescriptor))];
  const chars = [...new Set(descriptors.flatMap((d) => [...d]))];
  const out = new Set<string>(chars.filter((_, i) => i % 6 === 0));
  descriptors.forEach((d, i) => {
    if (i % 8) return;
    const from = i % Math.max(1, d.length - 1);
    for (const len of [2, 4, 9]) out.add(d.slice(from, from + len));
  });
  for (const extra of ["", "、", "（一）", "2024", "30217", "无此标签", "猫", "狗猫", "ＡＢ", "公务 接待费"])
    out.add(extra);
  return [...out];
}

const targets = [sqliteTarget(), postgresTarget()].filter((t) => t.available);
let writes: Record<string, ParsedWrite>;

beforeAll(async () => {
  writes = await corpusWrites();
});
afterAll(async () => {
  for (const target of targets) await target.stop();
});

describe.each(targets)("$name store: facts by text", (target) => {
  let reader: IndexStore;
  let all: Fact[];

  beforeAll(async () => {
    const created = await target.create("labels");
    await ingestInto(created.store, Object.values(writes));
    // Replaced documents leave no label rows behind: 001 written again, 003 removed.
    await ingestInto(created.store, [writes["001"]], ["001", "003"]);
    reader = created.store.reader();
    all = await reader.facts({});
  });
  afterAll(() => reader?.close());

  it("finds exactly the facts whose descriptor holds the text, as a scan does", async () => {
    const described = all.map((f) => [f, factDescriptor(f)] as const);
    const list = needles(all);
    expect(list.length).toBeGreaterThan(200);
    console.log(`${target.name}: ${list.length} texts`);
    for (const text of list) {
      const needle = matchKey(text);
      const expected = described.filter(([, d]) => d.includes(needle)).map(([f]) => f.id);
      const found = (await reader.facts({ text })).map((f) => f.id);
      expect(found, text).toEqual(expected);
    }
    expect(await reader.countFacts({ text: "无此标签" })).toBe(0);
    expect(await reader.countFacts({ text: "公务接待费" })).toBe(
      all.filter((f) => factDescriptor(f).includes("公务接待费")).length,
    );
  });

  it("combines the text with the other filters and pages", async () => {
    const query = { text: "基本支出", docIds: ["001"], limit: 3, offset: 2 };
    const expected = all
      .filter((f) => f.docId === "001" && factDescriptor(f).includes("基本支出"))
      .slice(2, 5)
      .map((f) => f.id);
    expect(expected).toHaveLength(3);
    expect((await reader.facts(query)).map((f) => f.id)).toEqual(expected);
    expect(await reader.facts({ text: "公务接待费", docIds: ["003"] })).toEqual([]);
  });
});

describe("SQLite plan of a text search", () => {
  it("reads the facts the label index names, not every fact (the scan it replaces)", async () => {
    const folder = await mkdtemp(join(tmpdir(), "budget-qa-label-plan-"));
    try {
      await ingestInto(new SqliteStore(folder), [writes["001"]]);
      const db = new Database(join(folder, DB_FILE), { readonly: true });
      const plan = (text: string) => {
        const where = factWhere({ text, year: 2024 });
        const sql = `EXPLAIN QUERY PLAN SELECT body FROM facts f ${where.sql} ORDER BY f.rowid LIMIT 50`;
        return (db.prepare(sql).all(...where.params) as { detail: string }[]).map((row) => row.detail);
      };
      for (const text of ["无此标签的查询文字", "猫", "公务接待费"]) {
        expect(plan(text), text).toContain("SEARCH f USING INTEGER PRIMARY KEY (rowid=?)");
        expect(
          plan(text).some((step) => /^SCAN f\b/.test(step)),
          text,
        ).toBe(false);
      }
      // Nothing indexable (punctuation only): the substring test scans, as it always did.
      expect(plan("、").some((step) => /^SCAN f\b/.test(step))).toBe(true);
      db.close();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
