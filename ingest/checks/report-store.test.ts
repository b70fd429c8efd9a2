import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../lib/config.js";
import type { ParsedWrite } from "../store/store.js";
import { corpusWrites, ingestInto, postgresTarget, sqliteTarget } from "../store/testing/store-fixture.js";
import type { DocId } from "../testing/corpus.js";

/** Both stores keep DocumentInfo as JSON and parse it with the zod schema: the report must survive. */
let writes: Record<DocId, ParsedWrite>;
const targets = [sqliteTarget(), postgresTarget()];

beforeAll(async () => {
  writes = await corpusWrites();
});
afterAll(async () => {
  for (const target of targets) await target.stop();
});

describe.each(targets)("$name store", (target) => {
  if (!target.available) {
    if (loadConfig().CI)
      it("has a PostgreSQL server in CI", () => expect.fail("no initdb under /usr/lib/postgresql"));
    else it.skip("needs Debian's postgresql package", () => undefined);
    return;
  }

  it("returns each document's report as ingest built it from documentInfos(); head() keeps infos without reports and warnings", async () => {
    const { store } = await target.create("report");
    await ingestInto(store, Object.values(writes));
    const reader = store.reader();
    try {
      const built = Object.values(writes).map((w) => [w.parsed.info.docId, w.parsed.info.report]);
      const infos = await reader.documentInfos();
      expect(infos.map((d) => [d.docId, d.report])).toEqual(built);
      expect(infos.find((d) => d.docId === "001")?.report?.missing).toEqual(["财政拨款“三公”经费支出决算表"]);
      // What a server holds for every document: the info without what is most of its size.
      const head = await reader.head();
      expect(head.documents).toEqual(infos.map((d) => ({ ...d, report: undefined, warnings: [] })));
      expect(head.documents.every((d) => d.report === undefined)).toBe(true);
      expect(infos.some((d) => d.warnings.length > 0)).toBe(true);
    } finally {
      await reader.close();
    }
  });
});
