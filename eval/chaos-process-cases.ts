import { spawn } from "node:child_process";
import { mkdir, readFile, symlink, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "./bench-server.js";
import type { Case, Target } from "./chaos-cases.js";

/** The cases of `npm run chaos` that run a process of their own: a second server, the ingest CLI. */

/** Run a node command of this repository; resolves with its exit code and output. */
export function runNode(args: string[], env: Record<string, string>, timeoutMs = 120_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", ...args], {
      cwd: ROOT,
      env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "", LOG_LEVEL: "warn", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += String(d)));
    child.stderr.on("data", (d) => (stderr += String(d)));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Math.round(performance.now() - started) });
    });
  });
}

export function ingestCases(t: Target): Case[] {
  const ingestCli = (paths: string[], env: Record<string, string> = {}) =>
    runNode(["ingest/cli.ts", ...paths], {
      INDEX_DIR: join(t.work, `index-${Math.random().toString(36).slice(2)}`),
      ...env,
    });
  const sample = (name: string) => readFile(join(ROOT, "data", "docs", name), "utf8");
  return [
    {
      name: "second server on the busy port",
      expected: "exit 1 at once, saying the port is in use",
      run: async () => {
        const r = await runNode(
          ["server/main.ts"],
          { PORT: String(t.port), INDEX_DIR: join(t.work, "index") },
          30_000,
        );
        return {
          ok: r.code === 1 && /already in use/.test(r.stderr),
          observed: `exit ${r.code} after ${r.ms} ms: ${r.stderr.trim().slice(0, 70)}`,
        };
      },
    },
    {
      name: "ingest a folder with symlink loops",
      expected: "each real folder once; 1 document",
      run: async () => {
        const dir = join(t.work, "loops");
        await mkdir(join(dir, "sub"), { recursive: true });
        await writeFile(join(dir, "sub", "doc.txt"), await sample("003_ff9efc1699625d1f.txt"));
        await symlink("..", join(dir, "sub", "up"));
        await symlink(".", join(dir, "self"));
        const r = await ingestCli([dir]);
        const documents = /Indexed (\d+) document/.exec(r.stdout)?.[1];
        return {
          ok: r.code === 0 && documents === "1",
          observed: `exit ${r.code}, ${documents} document(s), ${r.ms} ms`,
        };
      },
    },
    {
      name: "ingest a file over MAX_FILE_MB (=1)",
      expected: "that file refused naming the limit; exit 1; others indexed",
      run: async () => {
        const dir = join(t.work, "big");
        await mkdir(dir);
        await writeFile(join(dir, "doc.txt"), await sample("003_ff9efc1699625d1f.txt"));
        await writeFile(join(dir, "big.txt"), "");
        await truncate(join(dir, "big.txt"), 2 * 2 ** 20);
        const r = await ingestCli([dir], { MAX_FILE_MB: "1" });
        return {
          ok: r.code === 1 && /over the limit of 1 MB/.test(r.stderr) && /Indexed 1 document/.test(r.stdout),
          observed: `exit ${r.code}: ${r.stderr.trim().slice(0, 80)}`,
        };
      },
    },
    {
      name: "ingest a document whose tables are printed twice",
      expected: "both indexed; a repeated_table warning per table number",
      run: async () => {
        const dir = join(t.work, "twice");
        await mkdir(dir);
        const text = await sample("001_c98938bd16771fdc.txt");
        await writeFile(
          join(dir, "twice.txt"),
          `${text}\n${text.slice(text.indexOf("第二部分"), text.indexOf("第三部分"))}`,
        );
        await writeFile(join(dir, "doc.txt"), await sample("003_ff9efc1699625d1f.txt"));
        const r = await ingestCli([dir]);
        return {
          ok:
            r.code === 0 &&
            /Indexed 2 document/.test(r.stdout) &&
            /\[twice\] repeated_table: 编号02/.test(r.stdout),
          observed: `exit ${r.code}: ${(r.stdout.match(/\[twice\] repeated_table/g) ?? []).length} repeated_table warning(s) ${r.stderr.trim().slice(0, 60)}`,
        };
      },
    },
  ];
}
