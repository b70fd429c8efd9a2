import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectCleanError } from "../testing/http-expect.js";
import { getJson, startSampleApp, type SampleApp } from "../testing/http-harness.js";
import { BEIJING, DOC } from "../testing/sample-index.js";

/** POST /api/export/facts.csv and /api/export/draft.docx on the real app over the sample index. */
let running: SampleApp;

beforeAll(async () => {
  running = await startSampleApp();
});
afterAll(async () => {
  await running?.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${running.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("POST /api/export/facts.csv", () => {
  it("writes the cited facts in /api/facts's columns, in the order asked", async () => {
    // 001 line 1132: "“三公”经费财政拨款支出预算为40万元，支出决算为23.3万元，完成预算的58.25%".
    const { body } = await getJson(
      running.url,
      `/api/facts?unit=${encodeURIComponent(BEIJING)}&year=2024&q=${encodeURIComponent("三公经费")}&limit=200`,
    );
    const line1132 = body.facts.filter(
      (f: { source: { lines: number[] } }) => f.source.lines[0] === 1132,
    ) as { id: string; value: string }[];
    expect(line1132.map((f) => f.value)).toEqual(expect.arrayContaining(["40", "23.3", "58.25"]));
    const ids = line1132.map((f) => f.id).reverse();
    const res = await post("/api/export/facts.csv", { ids: [...ids, ids[0], `${DOC.beijingFinal}:nope`] });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="facts.csv"/);
    const csv = await res.text();
    const reference = await (await fetch(`${running.url}/api/facts?format=csv&limit=1`)).text();
    const [head, ...rows] = csv.split("\n").filter(Boolean);
    expect(head).toBe(reference.split("\n")[0]);
    // One row per distinct known id, in the order asked; an unknown id is left out.
    expect(rows.map((r) => r.split(",")[0])).toEqual(ids);
    expect(rows.join("\n")).toContain(BEIJING);
    expect(rows.some((r) => r.includes(",23.3,"))).toBe(true);
  });

  it("refuses a body without ids (400) and too many ids (400)", async () => {
    const empty = await post("/api/export/facts.csv", { ids: [] });
    expect(empty.status).toBe(400);
    expectCleanError(await empty.json(), "BAD_REQUEST");
    const many = await post("/api/export/facts.csv", {
      ids: Array.from({ length: 501 }, (_, i) => `id-${i}`),
    });
    expect(many.status).toBe(400);
  });
});

describe("POST /api/export/draft.docx", () => {
  it("builds a Word file with the title, the draft and the numbered sources", async () => {
    const draft = {
      title: "说明草稿",
      paragraphs: [
        "“三公”经费财政拨款支出预算为40万元，支出决算为23.3万元。主要原因是：为响应财政号召，压缩开支，节约经费。",
      ],
      sources: [`${BEIJING} 2024年度决算｜九、财政拨款“三公”经费支出决算情况说明｜第1132行`],
    };
    const res = await post("/api/export/draft.docx", draft);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    const file = join(tmpdir(), `budget-qa-draft-${process.pid}.docx`);
    await writeFile(file, Buffer.from(await res.arrayBuffer()));
    const { stdout } = await promisify(execFile)("unzip", ["-p", file, "word/document.xml"]);
    const text = stdout.replace(/<[^>]+>/g, "");
    expect(text).toContain(draft.title);
    expect(text).toContain(draft.paragraphs[0]);
    expect(text).toContain(`来源1. ${draft.sources[0]}`);
  });

  it("refuses a draft without paragraphs", async () => {
    const res = await post("/api/export/draft.docx", { title: "说明草稿", paragraphs: [] });
    expect(res.status).toBe(400);
    expectCleanError(await res.json(), "BAD_REQUEST");
  });
});
