import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Manifest } from "../schema.js";
import { DB_FILE, deferredCounts, sqliteProblems } from "./sqlite-check.js";
import { quickCheckInBackground } from "./sqlite-integrity.js";
import { META, readMeta, SCHEMA_VERSION } from "./sqlite-schema.js";
import { corpusWrites, ingestInto, sqliteTarget, type TargetStore } from "./testing/store-fixture.js";

/**
 * A store too large to count whole before each ingest and load (here: any store, the limit set to
 * 0) counts a sample of its documents' rows at once, and its whole tables in the background
 * check. The three 2024 final accounts of the samples, one document's facts then deleted behind
 * the manifest's back.
 */
const target = sqliteTarget();
let store: TargetStore;
let folder: string;

beforeAll(async () => {
  const writes = await corpusWrites();
  store = await target.create("sampled-check");
  await ingestInto(store.store, [writes["000"], writes["001"], writes["002"]]);
  folder = store.store.reader().location;
}, 120_000);
afterAll(() => target.stop());

const open = () => new Database(join(folder, DB_FILE), { readonly: true });

describe("the check of a large store", () => {
  it("finds nothing wrong with a store as committed", () => {
    const db = open();
    try {
      expect(sqliteProblems(db, folder, 0)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it("names a sampled document whose facts were deleted; the background check counts the tables", async () => {
    await store.deleteFacts("001");
    const db = open();
    let counts: Record<string, number>;
    try {
      expect(sqliteProblems(db, folder, 0)).toContainEqual(
        expect.stringMatching(/^facts of 001: 0 stored, its record says \d+$/),
      );
      counts = deferredCounts(Manifest.parse(JSON.parse(readMeta(db, META.manifest)!)), 0);
    } finally {
      db.close();
    }
    expect(Object.keys(counts)).toEqual(["facts", "chunks"]);
    const problems = await quickCheckInBackground(join(folder, DB_FILE), counts);
    expect(problems).toContainEqual(expect.stringMatching(/^facts: \d+ stored, manifest says \d+$/));
    expect(problems.some((problem) => problem.startsWith("chunks"))).toBe(false);
  });
});

describe("a store of the layout before (version 6: no summaries table)", () => {
  it("is refused with how to upgrade it, and the next ingest brings it up to date", async () => {
    const writes = await corpusWrites();
    const older = await target.create("older-layout");
    await ingestInto(older.store, [writes["000"], writes["002"]]);
    const reader = older.store.reader();
    const head = await reader.head();
    await reader.close();
    const db = new Database(join(reader.location, DB_FILE));
    db.exec(`DROP TABLE summaries; UPDATE meta SET value = '6' WHERE key = '${META.schema}'`);
    db.close();
    const before = older.store.reader();
    expect((await before.check()).problems).toEqual([
      `storage version 6: run \`npm run ingest\` once to bring it up to ${SCHEMA_VERSION}`,
    ]);
    await before.close();
    // An ingest that changes no document (it aborts) still leaves the layout upgraded.
    await (await older.store.writer()).abort();
    const upgradedOnly = older.store.reader();
    expect((await upgradedOnly.check()).ok).toBe(true);
    await upgradedOnly.close();
    await ingestInto(older.store, [writes["001"]]);
    const after = older.store.reader();
    expect(await after.check()).toEqual({ ok: true, problems: [] });
    const upgraded = await after.head();
    expect(upgraded.documents.filter((d) => d.docId !== "001")).toEqual(head.documents);
    expect(upgraded.documents.map((d) => d.docId)).toEqual(["000", "001", "002"]);
    await after.close();
  });
});
