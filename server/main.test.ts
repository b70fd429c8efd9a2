import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCS_DIR, ROOT, ingestInto, tempWork } from "./testing/http-harness.js";

/** `npm start` as a real process: serves, then drains and exits 0 on SIGTERM. */
let work: Awaited<ReturnType<typeof tempWork>>;

beforeAll(async () => {
  work = await tempWork("budget-qa-main-");
  await ingestInto(work.indexDir);
});
afterAll(async () => {
  await work?.cleanup();
});

interface Started {
  child: ChildProcess;
  url: string;
  logs: Record<string, unknown>[];
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** node --import tsx server/main.ts with PORT=0; the URL comes from the "serving" log line. */
function startMain(env: Record<string, string>): Promise<Started> {
  // The LLM stays off whatever the developer's shell exports.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith("OPENAI_") && k !== "EMBEDDING_MODEL" && !k.startsWith("VITEST"),
    ),
  );
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "server", "main.ts")], {
    cwd: ROOT,
    env: { ...base, HOST: "127.0.0.1", PORT: "0", LOG_LEVEL: "info", LOG_FORMAT: "json", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += String(d)));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  );
  const logs: Record<string, unknown>[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`server did not start: ${stderr}`));
    }, 30_000);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      logs.push(entry);
      if (entry.msg === "budget-qa is serving") {
        clearTimeout(timer);
        resolve({ child, url: String(entry.url).replace(/\/$/, ""), logs, exit });
      }
    });
    void exit.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before serving: ${stderr}`));
    });
  });
}

describe("server/main.ts", () => {
  it("serves the index and exits 0 on SIGTERM, closing idle keep-alive connections promptly", async () => {
    const { child, url, logs, exit } = await startMain({ INDEX_DIR: work.indexDir });
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect((await health.json()).counts.documents).toBe(4);
      // Leaves a keep-alive connection open in fetch's pool.
      const chat = await fetch(`${url}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          messages: [{ role: "user", content: "驻北京联络处三公经费是多少" }],
          stream: true,
        }),
      });
      expect(await chat.text()).toContain("23.30万元");
      expect(logs.some((l) => l.msg === "index loaded")).toBe(true);

      const sent = Date.now();
      child.kill("SIGTERM");
      const { code, signal, stderr } = await exit;
      expect({ code, signal, stderr }).toEqual({ code: 0, signal: null, stderr: "" });
      // Well under the 10 s drain timeout: the idle connection did not hold the server open.
      expect(Date.now() - sent).toBeLessThan(5_000);
      expect(logs.some((l) => l.msg === "shutting down" && l.signal === "SIGTERM")).toBe(true);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("builds the index from DOCS_DIR on first start", async () => {
    const dir = join(work.work, "fresh", "index");
    const { child, url, logs, exit } = await startMain({ INDEX_DIR: dir, DOCS_DIR });
    try {
      expect(logs.some((l) => l.msg === "no index yet: ingesting")).toBe(true);
      expect(logs.find((l) => l.msg === "index built")).toMatchObject({ documents: 4 });
      expect((await (await fetch(`${url}/healthz`)).json()).counts.documents).toBe(4);
      child.kill("SIGTERM");
      expect((await exit).code).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("serves 503 with the reason over a damaged store, and never rebuilds over it", async () => {
    const dir = join(work.work, "broken", "index");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "index.db"), "this is not a database, but somebody's data may be in here");
    const { child, url, logs, exit } = await startMain({ INDEX_DIR: dir, DOCS_DIR });
    try {
      expect(logs.some((l) => l.msg === "no index yet: ingesting")).toBe(false);
      expect(logs.some((l) => /damaged/.test(String(l.msg)))).toBe(true);
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({
        status: "unavailable",
        reason: expect.stringMatching(/index\.db|database/),
      });
      const chat = await fetch(`${url}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ messages: [{ role: "user", content: "驻北京联络处三公经费是多少" }] }),
      });
      expect(chat.status).toBe(503);
      expect(await readFile(join(dir, "index.db"), "utf8")).toMatch(/^this is not a database/);
      child.kill("SIGTERM");
      expect((await exit).code).toBe(0);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
