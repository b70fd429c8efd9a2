import { spawn } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatLogLine, servingLine } from "./create-logger.js";
import { ingestInto, ROOT, tempWork } from "./testing/http-harness.js";

/** LOG_FORMAT=text (the default): one line for people on stdout, readable logs on stderr. */
describe("formatLogLine", () => {
  const time = new Date(2025, 0, 2, 9, 5, 7).getTime();

  it("shows a request as method, path, status and time", () => {
    const line = JSON.stringify({
      level: 30,
      time,
      pid: 1,
      hostname: "h",
      req: { id: 1, method: "POST", url: "/v1/chat/completions" },
      res: { statusCode: 200 },
      responseTime: 12.4,
      msg: "request completed",
    });
    expect(formatLogLine(line)).toBe("09:05:07 INFO  POST /v1/chat/completions 200 12ms");
  });

  it("shows the message, its fields and the error's message", () => {
    const line = JSON.stringify({
      level: 50,
      time,
      pid: 1,
      hostname: "h",
      err: { type: "Error", message: "disk full", stack: "Error: disk full\n    at x" },
      generation: "g1",
      msg: "index reload refused",
    });
    expect(formatLogLine(line)).toBe("09:05:07 ERROR index reload refused generation=g1 error=disk full");
  });
});

describe("servingLine", () => {
  it("names the URL to open", () => {
    expect(servingLine("127.0.0.1", 3000)).toBe("budget-qa 正在运行：http://127.0.0.1:3000");
    expect(servingLine("::1", 3000)).toBe("budget-qa 正在运行：http://[::1]:3000");
    expect(servingLine("0.0.0.0", 8080)).toMatch(/^budget-qa 正在运行：http:\/\/localhost:8080（/);
  });
});

describe("npm start in the default format", () => {
  let work: Awaited<ReturnType<typeof tempWork>>;
  beforeAll(async () => {
    work = await tempWork("budget-qa-start-");
    await ingestInto(work.indexDir);
  });
  afterAll(() => work?.cleanup());

  it("prints exactly one line on stdout, the URL, and readable logs on stderr", async () => {
    // The default format, and no LLM, whatever the developer's shell exports.
    const base = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !k.startsWith("OPENAI_") && !k.startsWith("VITEST") && k !== "LOG_FORMAT",
      ),
    );
    const env = { ...base, HOST: "127.0.0.1", PORT: "0", INDEX_DIR: work.indexDir, LOG_LEVEL: "info" };
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "server", "main.ts")], {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL line: ${stderr}`)), 30_000);
        child.stdout.on("data", (d) => {
          stdout += String(d);
          const match = /^budget-qa 正在运行：(http:\/\/127\.0\.0\.1:\d+)\n$/.exec(stdout);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(stdout.split("\n").filter(Boolean)).toHaveLength(1);
      expect(stderr).toMatch(/^\d\d:\d\d:\d\d INFO {2}index loaded /m);
      expect(stderr).toMatch(/INFO {2}GET \/healthz 200 \d+ms/);
      expect(stderr).not.toMatch(/^\{/m);
    } finally {
      child.kill("SIGKILL");
    }
  });
});
