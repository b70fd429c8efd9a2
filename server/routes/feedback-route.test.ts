import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EngineHolder } from "../engine-holder.js";
import { expectCleanError } from "../testing/http-expect.js";
import {
  getJson,
  offlineLoader,
  silentLogger,
  startApp,
  tempWork,
  type RunningApp,
} from "../testing/http-harness.js";
import { FEEDBACK_LIMITS } from "./feedback-route.js";

/** POST /api/feedback on the real app: append-only JSONL, zod-validated, size-capped. */
let work: Awaited<ReturnType<typeof tempWork>>;
let running: RunningApp;
let file: string;

beforeAll(async () => {
  work = await tempWork("budget-qa-feedback-");
  file = join(work.work, "feedback", "feedback.jsonl");
  // Feedback needs no index: the holder is never loaded.
  const holder = new EngineHolder(offlineLoader(work.indexDir), silentLogger);
  running = await startApp(holder, { feedbackFile: file });
});
afterAll(async () => {
  await running?.close();
  await work?.cleanup();
});

/** A rating as the chat page sends it: the question, the answer, the plan and the citations. */
const rating = {
  rating: "down",
  question: "驻北京联络处三公经费是多少",
  answer: "株洲市人民政府驻北京联络处2024年度“三公”经费支出决算 **23.30万元**[1]。",
  comment: "应同时给出预算数",
  status: "answered",
  mode: "rules",
  plan: { operation: "value", units: ["株洲市人民政府驻北京联络处"], years: [] },
  citations: [
    {
      id: "001_c98938bd16771fdc:p24:0:25",
      docId: "001_c98938bd16771fdc",
      unit: "株洲市人民政府驻北京联络处",
      year: 2024,
      kind: "决算",
      section: "九、财政拨款“三公”经费支出决算情况说明",
      lines: [1132, 1132],
    },
  ],
  conversationId: "c1",
  turn: 1,
};

const post = (body: unknown) =>
  getJson(running.url, "/api/feedback", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

const lines = async () =>
  (await readFile(file, "utf8"))
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe("POST /api/feedback", () => {
  it("appends one JSON line per rating with everything the page sent, an id and the time", async () => {
    const first = await post(rating);
    expect(first.status).toBe(201);
    expect(first.body.id).toMatch(/^[0-9a-f-]{36}$/);
    const second = await post({ ...rating, rating: "up", comment: undefined, turn: 3 });
    expect(second.status).toBe(201);
    const saved = await lines();
    expect(saved).toHaveLength(2);
    expect(saved[0]).toEqual({ id: first.body.id, at: expect.any(String), ...rating });
    expect(Date.parse(saved[0].at)).toBeGreaterThan(Date.now() - 60_000);
    expect(saved[1]).toMatchObject({ id: second.body.id, rating: "up", turn: 3 });
  });

  it.each([
    ["an unknown rating", { ...rating, rating: "meh" }, "rating"],
    ["no question", { ...rating, question: undefined }, "question"],
    ["a blank question", { ...rating, question: "  " }, "question"],
    ["a citation without id", { ...rating, citations: [{ unit: "x" }] }, "citations.0.id"],
    ["an unknown field", { ...rating, extra: 1 }, "body"],
    ["a question over the limit", { ...rating, question: "问".repeat(4001) }, "question"],
  ])("refuses %s with a 400 naming the field, and writes nothing", async (_name, body, field) => {
    const before = (await lines()).length;
    const { status, body: error } = await post(body);
    expect(status).toBe(400);
    expectCleanError(error, "BAD_REQUEST");
    expect(error.error.details.field).toBe(field);
    expect((await lines()).length).toBe(before);
  });

  it("refuses malformed JSON (400) and a body over the cap (413)", async () => {
    const bad = await post("{not json");
    expect(bad.status).toBe(400);
    expectCleanError(bad.body, "BAD_REQUEST");
    const huge = await post({ ...rating, answer: "答".repeat(FEEDBACK_LIMITS.bodyBytes / 2) });
    expect(huge.status).toBe(413);
    expectCleanError(huge.body, "PAYLOAD_TOO_LARGE");
  });

  it("stops at the file's size limit with a 507, leaving the file as it was", async () => {
    const full = "x".repeat(FEEDBACK_LIMITS.fileBytes - 10);
    const before = await readFile(file, "utf8");
    await writeFile(file, full);
    const { status, body } = await post(rating);
    expect(status).toBe(507);
    expectCleanError(body, "INSUFFICIENT_STORAGE");
    expect((await readFile(file, "utf8")).length).toBe(full.length);
    await writeFile(file, before);
  });
});
