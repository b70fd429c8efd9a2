import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineHolder } from "../engine-holder.js";
import {
  getJson,
  ingestInto,
  offlineLoader,
  parseSse,
  postChat,
  silentLogger,
  startApp,
  tempWork,
  type RunningApp,
} from "../testing/http-harness.js";
import {
  AT_LABEL,
  BALANCES,
  DUTIES_QUESTION,
  FORMULA_LABEL,
  SENTENCE,
  writePlantedDocument,
} from "../testing/planted-document.js";
import { BEIJING } from "../testing/sample-index.js";

/**
 * A document carrying hostile text (testing/planted-document.ts), ingested and served: its
 * formulas leave the CSV export inert (issue #12 item 3), its HTML and script links leave answers
 * and source views inert (item 5).
 */
let work: Awaited<ReturnType<typeof tempWork>>;
let running: RunningApp;
let url: string;

beforeAll(async () => {
  work = await tempWork("budget-qa-hostile-");
  const docs = join(work.work, "docs");
  await mkdir(docs);
  await writePlantedDocument(docs);
  await ingestInto(work.indexDir, [docs]);
  const holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
  expect(await holder.reload()).toBe(true);
  running = await startApp(holder);
  url = running.url;
});
afterAll(async () => {
  await running?.close();
  await work?.cleanup();
});

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted || (c !== "," && c !== "\n")) cell += c;
    else {
      row.push(cell);
      cell = "";
      if (c === "\n") {
        rows.push(row);
        row = [];
      }
    }
  }
  return rows;
}

describe("a formula planted in a row label (CSV injection)", () => {
  it("is exported with a leading single quote; the row's negative numbers stay numbers", async () => {
    const res = await fetch(`${url}/api/facts?format=csv&unit=${encodeURIComponent(BEIJING)}`);
    expect(res.status).toBe(200);
    const [header, ...rows] = parseCsv((await res.text()).replace(/^\uFEFF/, ""));
    const col = (name: string) => header.indexOf(name);
    for (const label of [FORMULA_LABEL, AT_LABEL]) {
      const facts = rows.filter((r) => r[col("row")] === `'${label}`);
      expect(facts.length, label).toBeGreaterThan(0);
      expect(facts.map((r) => r[col("value")])).toContain(BALANCES[label]);
    }
    // No cell of the export starts a formula, unless it is a plain number.
    for (const r of rows)
      for (const cell of r) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^[+-]?\d+(\.\d+)?$/);
    // The raw text never has a formula at the start of a cell.
    const raw = await (await fetch(`${url}/api/facts?format=csv&unit=${encodeURIComponent(BEIJING)}`)).text();
    expect(raw).not.toMatch(/(^|,)"?[=@]/m);
  });

  it("stays the document's label in JSON (the quote is for spreadsheets only)", async () => {
    const { body } = await getJson(url, `/api/facts?unit=${encodeURIComponent(BEIJING)}&limit=5000`);
    expect(body.facts.some((f: { row: string }) => f.row === FORMULA_LABEL)).toBe(true);
  });
});

describe("HTML and a script link planted in a sentence", () => {
  const inert = (text: string) => {
    expect(text).not.toMatch(/<\s*(img|script|iframe)/i);
    expect(text).not.toMatch(/javascript:/i);
  };

  it("reach the JSON answer only as text", async () => {
    const res = await postChat(url, { messages: [{ role: "user", content: DUTIES_QUESTION }] });
    const body = await res.json();
    expect(body.answer).toContain(SENTENCE.slice(0, 10));
    expect(body.answer).toContain("&lt;img src=x onerror=");
    expect(body.answer).toContain("javascript：alert(3)");
    inert(body.answer);
    for (const c of body.citations) inert(c.excerpt);
  });

  it("reach the streamed answer only as text, in every delta", async () => {
    const res = await postChat(url, { messages: [{ role: "user", content: DUTIES_QUESTION }], stream: true });
    const events = parseSse(await res.text());
    const text = events.flatMap((e) => (e.type === "delta" ? [e.text] : [])).join("");
    expect(text).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    inert(text);
  });

  it("reach the source view of the cited section only as text (the <mark> is the server's own)", async () => {
    const chat = await (
      await postChat(url, { messages: [{ role: "user", content: DUTIES_QUESTION }] })
    ).json();
    const { body } = await getJson(url, `/api/sources/${encodeURIComponent(chat.citations[0].id)}`);
    expect(body.markdown).toContain(SENTENCE.slice(0, 10));
    inert(body.markdown);
  });

  it("reach the source view of a table whose row label carries HTML only as text", async () => {
    const { body } = await getJson(url, `/api/facts?unit=${encodeURIComponent(BEIJING)}&limit=5000`);
    const fact = body.facts.find((f: { row: string }) => f.row === AT_LABEL);
    const source = await getJson(url, `/api/sources/${encodeURIComponent(fact.id)}`);
    expect(source.status).toBe(200);
    expect(source.body.markdown).toContain("@SUM(1)&lt;img/src=x/onerror=alert(5)&gt;");
    inert(source.body.markdown);
  });
});
