import { DocumentReport, Fact } from "../../ingest/schema.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectCleanError } from "../testing/http-expect.js";
import { getJson, postChat, type SampleApp, startSampleApp } from "../testing/http-harness.js";
import { BEIJING, CITY, DOC } from "../testing/sample-index.js";

/** GET /api/documents, /api/sources/:id and /api/facts (JSON and CSV) on the real app. */
let running: SampleApp;
let url: string;

beforeAll(async () => {
  running = await startSampleApp();
  url = running.url;
});
afterAll(async () => {
  await running?.close();
});

const json = (path: string, init?: RequestInit) => getJson(url, path, init);

describe("GET /api/documents", () => {
  it("lists the four sample documents and their units", async () => {
    const { status, body } = await json("/api/documents");
    expect(status).toBe(200);
    expect(body.documents.map((d: { docId: string }) => d.docId).sort()).toEqual(Object.values(DOC).sort());
    const beijing = body.documents.find((d: { docId: string }) => d.docId === DOC.beijingFinal);
    expect(beijing).toMatchObject({
      unit: BEIJING,
      year: 2024,
      kind: "决算",
      counts: { tables: expect.any(Number), facts: expect.any(Number) },
    });
    expect(Array.isArray(beijing.warnings)).toBe(true);
    expect(body.units.map((u: { name: string }) => u.name)).toEqual(expect.arrayContaining([BEIJING, CITY]));
    for (const u of body.units) expect(u.aliases.length).toBeLessThanOrEqual(8);
  });
});

describe("GET /api/documents: the understanding report", () => {
  it("carries each document's report: tables found, missing standard tables, checks and failures", async () => {
    const { body } = await json("/api/documents");
    for (const d of body.documents) expect(DocumentReport.parse(d.report)).toEqual(d.report);
    const beijing = body.documents.find((d: { docId: string }) => d.docId === DOC.beijingFinal);
    // 001 publishes no table 09; its narrative states 公务接待费 as 3.6 and 3.61 and two completion rates that do not compute.
    expect(beijing.report.missing).toEqual(["财政拨款“三公”经费支出决算表"]);
    expect(beijing.report.checks.failed.map((f: { kind: string }) => f.kind)).toEqual([
      "text_repeat",
      "stated_rate",
      "stated_rate",
    ]);
    const city = body.documents.find((d: { docId: string }) => d.docId === DOC.cityFinal);
    expect(city.report.tables.filter((t: { standard?: string }) => t.standard)).toHaveLength(9);
    expect(city.report.passRate).toBe(1);
  });
});

describe("GET /api/sources/:id", () => {
  it("renders a cited table cell's table with that cell in bold", async () => {
    const facts = await json(
      `/api/facts?unit=${encodeURIComponent(CITY)}&year=2024&table=02&q=${encodeURIComponent("合计")}`,
    );
    expect(facts.status).toBe(200);
    const cell = facts.body.facts.find(
      (f: { column: string; docId: string }) => f.docId === DOC.cityFinal && f.column.includes("财政拨款"),
    );
    expect(cell, "a 财政拨款 cell in table 02").toBeDefined();
    const { status, body } = await json(`/api/sources/${encodeURIComponent(cell.id)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: cell.id,
      type: "table",
      unit: CITY,
      year: 2024,
      kind: "决算",
      docId: DOC.cityFinal,
    });
    expect(body.highlight).toEqual({ row: cell.row, column: cell.column, value: cell.value });
    expect(body.markdown).toMatch(/^金额单位：/);
    // Exactly the cited cell is bold inside a table row (group titles are bold lines of their own).
    const boldCells = (body.markdown as string)
      .split("\n")
      .filter((l) => l.startsWith("|"))
      .flatMap((l) => [...l.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]));
    expect(boldCells).toHaveLength(1);
    expect(Number(boldCells[0]!.replace(/,/g, ""))).toBeCloseTo(Number(cell.value), 2);
  });

  it("opens a whole table by its id, without a highlight", async () => {
    const facts = await json(`/api/facts?year=2024&table=01&limit=1`);
    const tableId = (facts.body.facts[0].id as string).replace(/:r\d+:c\d+$/, "");
    const { status, body } = await json(`/api/sources/${encodeURIComponent(tableId)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ type: "table", highlight: null });
    expect(body.markdown).toContain("| 项目");
  });

  it("renders a narrative fact's section with the sentence in <mark>, escaping the document's text", async () => {
    const res = await postChat(url, { messages: [{ role: "user", content: "驻北京联络处三公经费是多少" }] });
    const answer = await res.json();
    const citation = answer.citations.find((c: { excerpt?: string }) => c.excerpt?.includes("23.3万元"));
    expect(citation).toBeDefined();
    const { status, body } = await json(`/api/sources/${encodeURIComponent(citation.id)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      type: "section",
      unit: BEIJING,
      docId: DOC.beijingFinal,
      highlight: { value: "23.3" },
    });
    expect(body.markdown).toContain(`<mark>${citation.excerpt}</mark>`);
    expect(body.markdown.match(/<mark>/g)).toHaveLength(1);
    // Only <mark> is markup: everything else from the document is escaped text.
    expect((body.markdown as string).replace(/<\/?mark>/g, "")).not.toMatch(/<[a-z/]/i);
  });

  it("is 404 JSON for an unknown id and 400 for one too short", async () => {
    const missing = await json("/api/sources/nope:t99:r1:c1");
    expect(missing.status).toBe(404);
    expectCleanError(missing.body, "NOT_FOUND");
    const short = await json("/api/sources/ab");
    expect(short.status).toBe(400);
    expectCleanError(short.body, "BAD_REQUEST");
    expect(short.body.error.message).toMatch(/^id:/);
    expect(short.body.error.details).toMatchObject({ field: "id" });
  });
});

describe("GET /api/facts", () => {
  it("filters by unit (an alias works), year and q", async () => {
    const all = await json("/api/facts?limit=5000");
    expect(all.status).toBe(200);
    expect(all.body.total).toBeGreaterThan(100);
    const byUnit = await json(`/api/facts?unit=${encodeURIComponent(BEIJING)}&limit=5000`);
    expect(byUnit.body.total).toBeGreaterThan(0);
    expect(byUnit.body.total).toBeLessThan(all.body.total);
    for (const f of byUnit.body.facts) expect(f.unit).toBe(BEIJING);
    const alias = await json(`/api/facts?unit=${encodeURIComponent("驻京办")}&limit=5000`);
    expect(alias.body.total).toBe(byUnit.body.total);
    const q = await json(
      `/api/facts?unit=${encodeURIComponent(BEIJING)}&year=2024&q=${encodeURIComponent("公务接待费")}`,
    );
    expect(q.body.total).toBeGreaterThan(0);
    expect(q.body.facts.map((f: { value: string }) => f.value)).toEqual(expect.arrayContaining(["3.6"]));
    const none = await json("/api/facts?year=2001");
    expect(none.body).toMatchObject({ total: 0, facts: [] });
  });

  it("pages with limit and offset", async () => {
    const first = await json("/api/facts?limit=3");
    const second = await json("/api/facts?limit=3&offset=3");
    expect(first.body).toMatchObject({ limit: 3, offset: 0 });
    expect(first.body.facts).toHaveLength(3);
    expect(second.body.facts).toHaveLength(3);
    expect(second.body.facts[0].id).not.toBe(first.body.facts[0].id);
    expect(second.body.total).toBe(first.body.total);
  });

  it("exports CSV with a BOM, a header and one row per fact", async () => {
    const unit = encodeURIComponent(BEIJING);
    const res = await fetch(`${url}/api/facts?unit=${unit}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="facts.csv"');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toBe(
      "id,docId,unit,year,kind,table,tableTitle,metric,row,rowCode,column,value,measure,basis,period",
    );
    const { body } = await json(`/api/facts?unit=${unit}&limit=5000`);
    // Quoted cells never hold a newline in this corpus, so lines = rows.
    expect(lines.length - 1).toBe(body.total);
    expect(lines.slice(1).every((l) => l.startsWith(`${DOC.beijingFinal}:`))).toBe(true);
  });

  it("exports JSON Lines: every fact of the unit, each a complete Fact", async () => {
    const unit = encodeURIComponent(BEIJING);
    const res = await fetch(`${url}/api/facts?unit=${unit}&format=jsonl`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const facts = (await res.text())
      .trimEnd()
      .split("\n")
      .map((line) => Fact.parse(JSON.parse(line)));
    const { body } = await json(`/api/facts?unit=${unit}&limit=5000`);
    expect(facts).toHaveLength(body.total);
    // 001 line 1132: “三公”经费财政拨款支出预算为40万元，支出决算为23.3万元.
    expect(facts.some((f) => f.metric === "三公经费" && f.column === "决算数" && f.value === "23.3")).toBe(
      true,
    );
  });

  it.each([
    ["year=abc", "year"],
    ["year=1800", "year"],
    ["limit=0", "limit"],
    ["limit=5001", "limit"],
    ["offset=-1", "offset"],
    ["format=xml", "format"],
    [`q=${"x".repeat(101)}`, "q"],
    ["unit=a&unit=b", "unit"],
  ])("?%s → 400 naming %s", async (query, field) => {
    const { status, body } = await json(`/api/facts?${query}`);
    expect(status).toBe(400);
    expectCleanError(body, "BAD_REQUEST");
    expect(body.error.details.field).toBe(field);
    expect(body.error.message.startsWith(`${field}:`)).toBe(true);
  });
});
