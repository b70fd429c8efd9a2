import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createServer, type AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOCS_DIR, ROOT, ingestInto, tempWork, waitFor } from "./testing/http-harness.js";

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
function startMain(
  env: Record<string, string>,
  command: [string, string[]] = [process.execPath, ["--import", "tsx", join(ROOT, "server", "main.ts")]],
): Promise<Started> {
  // The LLM stays off whatever the developer's shell exports.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith("OPENAI_") && k !== "EMBEDDING_MODEL" && !k.startsWith("VITEST"),
    ),
  );
  const child = spawn(command[0], command[1], {
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

/**
 * The outcome of one request against a server that is shutting down: "ok", the whole answer
 * (SSE up to its done event); "unsent", no response at all because the connection was refused or
 * reset before the server read the request (the server's own count tells those apart from cut
 * requests); "failed", an error status or a response cut short.
 */
type Outcome = "ok" | "unsent" | "failed";

/**
 * Keep `loops` clients asking until the server refuses new connections: JSON questions, streamed
 * questions and a long conversation (a 1 MB body).
 */
function load(url: string, loops: number, failures: string[]) {
  const outcomes: Outcome[] = [];
  let stop = false;
  const longAnswer = "各单位三公经费排名。".repeat(2200);
  const bodies = [
    { messages: [{ role: "user", content: "驻北京联络处三公经费是多少" }] },
    { messages: [{ role: "user", content: "哪个单位三公经费最高" }], stream: true },
    {
      messages: [
        ...Array.from({ length: 15 }, () => [
          { role: "user", content: "哪个单位三公经费最高" },
          { role: "assistant", content: longAnswer },
        ]).flat(),
        { role: "user", content: "驻北京联络处三公经费是多少" },
      ],
      stream: true,
    },
  ];
  const one = async (i: number): Promise<Outcome | "refused"> => {
    const body = bodies[i % bodies.length];
    let res: Response;
    try {
      res = await fetch(`${url}/api/chat`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch (error) {
      const code = ((error as Error).cause as NodeJS.ErrnoException | undefined)?.code;
      return code === "ECONNREFUSED" ? "refused" : "unsent";
    }
    try {
      const text = await res.text();
      const complete = body.stream ? text.includes('"type":"done"') : text.includes('"answer"');
      if (res.status === 200 && complete) return "ok";
      failures.push(`${res.status} ${text.slice(0, 120)}`);
    } catch (error) {
      failures.push(`cut mid-response: ${(error as Error).message}`);
    }
    return "failed";
  };
  const done = Promise.all(
    Array.from({ length: loops }, async (_, loop) => {
      for (let i = loop; !stop; i++) {
        const outcome = await one(i);
        if (outcome === "refused") return;
        outcomes.push(outcome);
      }
    }),
  );
  return {
    outcomes,
    finished: async () => {
      await done;
      return outcomes;
    },
    stop: () => (stop = true),
  };
}

/** POST /api/chat whose JSON body arrives in two parts `pauseMs` apart. */
function slowUpload(url: string, pauseMs: number): Promise<Response> {
  const encode = (text: string) => new TextEncoder().encode(text);
  const body = new ReadableStream<Uint8Array>({
    async start(c) {
      c.enqueue(encode('{"messages":[{"role":"user",'));
      await new Promise((r) => setTimeout(r, pauseMs));
      c.enqueue(encode('"content":"驻北京联络处三公经费是多少"}]}'));
      c.close();
    },
  });
  return fetch(`${url}/api/chat`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    duplex: "half",
  } as RequestInit & { duplex: "half" });
}

/** SIGKILL a process unless it has already gone. */
function killIfAlive(pid: number): void {
  try {
    process.kill(pid, "SIGKILL");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

describe("server/main.ts", () => {
  it("exits 1 at once on a busy port, saying so, before any index work (issue #12 item 2)", async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "127.0.0.1", resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const started = await startMain({ INDEX_DIR: work.indexDir, PORT: String(port) }).then(
        (s) => (s.child.kill("SIGKILL"), "serving"),
        (error: Error) => error.message,
      );
      expect(started).toMatch(/exited with 1 before serving/);
      expect(started).toContain(`budget-qa failed to start: 127.0.0.1:${port} is already in use`);
    } finally {
      busy.close();
    }
  });

  it("drains under load on SIGTERM: every request in flight completes, then it exits 0 (issue #12 item 2)", async () => {
    const { child, url, logs, exit } = await startMain({
      INDEX_DIR: work.indexDir,
      RATE_LIMIT_PER_MINUTE: "1000000",
    });
    const failures: string[] = [];
    const traffic = load(url, 12, failures);
    try {
      await waitFor(async () => traffic.outcomes.length >= 30, 30_000, 20);
      // And one slow upload: its body is still arriving when the signal comes.
      const slow = slowUpload(url, 1500);
      await new Promise((r) => setTimeout(r, 500));
      child.kill("SIGTERM");
      const slowAnswer = await slow;
      expect(slowAnswer.status).toBe(200);
      expect((await slowAnswer.json()).answer).toContain("23.30万元");
      const outcomes = await traffic.finished();
      const { code } = await exit;
      expect(failures).toEqual([]);
      expect(code).toBe(0);
      const shutdown = logs.find((l) => l.msg === "shutting down") as { inFlight: number } | undefined;
      const stopped = logs.find((l) => l.msg === "stopped") as { requests: number; cutOff: number };
      // Requests were in flight when the signal came; none was cut off, and every request the
      // server received is an answer the clients got in full.
      expect(
        shutdown?.inFlight,
        JSON.stringify({ shutdown, stopped, outcomes: outcomes.length }),
      ).toBeGreaterThan(0);
      expect(stopped).toMatchObject({ cutOff: 0, drained: true });
      const ok = outcomes.filter((o) => o === "ok").length;
      expect(stopped.requests).toBe(ok + 1);
      expect(ok).toBeGreaterThan(30);
    } finally {
      traffic.stop();
      child.kill("SIGKILL");
    }
  });

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

  it("`npm start`: SIGTERM to npm stops the server itself, nothing is left serving (issue #12 item 2)", async () => {
    const { child, url, logs, exit } = await startMain({ INDEX_DIR: work.indexDir }, [
      "npm",
      ["start", "--silent"],
    ]);
    const server = logs.find((l) => l.msg === "budget-qa is serving")!.pid as number;
    try {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      child.kill("SIGTERM");
      await exit;
      // The node process that served (npm's child) is gone, and so is the port.
      await waitFor(async () => {
        try {
          process.kill(server, 0);
          return false;
        } catch (error) {
          return (error as NodeJS.ErrnoException).code === "ESRCH";
        }
      }, 10_000);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    } finally {
      child.kill("SIGKILL");
      killIfAlive(server);
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
