import { execFile } from "node:child_process";
import { chownSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

/**
 * A throwaway PostgreSQL for tests, from Debian's `postgresql` package: a fresh cluster in a temp
 * folder (owned by the `postgres` OS user when running as root), listening on a free loopback
 * port with its socket in the same folder, fsync off. `stop()` stops it and removes the folder.
 */
export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
}

const run = promisify(execFile);
const DEBIAN_ROOT = "/usr/lib/postgresql";
const DATABASE = "budget_qa_test";

/** The newest installed server's bin folder that has initdb and pg_ctl. */
function binDir(): string | undefined {
  if (!existsSync(DEBIAN_ROOT)) return undefined;
  return readdirSync(DEBIAN_ROOT)
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(DEBIAN_ROOT, version, "bin"))
    .find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")));
}

/** uid/gid of the `postgres` OS user (PostgreSQL refuses to run as root). */
function postgresUser(): { uid: number; gid: number } | undefined {
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("postgres:"));
  const [, , uid, gid] = line?.split(":") ?? [];
  return uid && gid ? { uid: Number(uid), gid: Number(gid) } : undefined;
}

const isRoot = () => process.getuid?.() === 0;

export function postgresAvailable(): boolean {
  if (!binDir()) return false;
  return !isRoot() || (postgresUser() !== undefined && existsSync("/usr/sbin/runuser"));
}

/** Runs a server binary, as the `postgres` user when we are root. */
async function runBinary(bin: string, args: string[]): Promise<void> {
  const [file, argv] = isRoot() ? ["/usr/sbin/runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  try {
    await run(file, argv, { timeout: 60_000 });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${bin} ${args.join(" ")} failed: ${stderr || stdout || (error as Error).message}`, {
      cause: error,
    });
  }
}

/** A free TCP port on loopback (tests and benchmarks start servers on it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

async function initCluster(bin: string, data: string): Promise<void> {
  await runBinary(join(bin, "initdb"), [
    "-D",
    data,
    "-U",
    "postgres",
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C",
    "--no-sync",
    "--no-instructions",
  ]);
}

async function startCluster(bin: string, folder: string, data: string, port: number): Promise<void> {
  const options = [
    `-p ${port}`,
    `-k ${folder}`,
    "-c listen_addresses=127.0.0.1",
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=40",
    "-c shared_buffers=32MB",
  ].join(" ");
  const log = join(folder, "log");
  try {
    await runBinary(join(bin, "pg_ctl"), ["start", "-D", data, "-w", "-t", "30", "-l", log, "-o", options]);
  } catch (error) {
    const tail = existsSync(log) ? readFileSync(log, "utf8").split("\n").slice(-10).join("\n") : "";
    throw new Error(`${(error as Error).message}\n${tail}`, { cause: error });
  }
}

async function createDatabase(port: number): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/** The port it listens on; another free port is tried if the chosen one was taken meanwhile. */
async function startOnFreePort(bin: string, folder: string, data: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      await startCluster(bin, folder, data, port);
      return port;
    } catch (error) {
      if (attempt >= 3) throw error;
      console.warn(
        `test PostgreSQL did not start on port ${port} (attempt ${attempt}): ${(error as Error).message}`,
      );
    }
  }
}

/** The temp folder; as root, under /tmp (the `postgres` user must reach it) and owned by `postgres`. */
async function makeFolder(): Promise<string> {
  const owner = isRoot() ? postgresUser() : undefined;
  const folder = await mkdtemp(join(owner ? "/tmp" : tmpdir(), "budget-qa-pg-"));
  if (owner) chownSync(folder, owner.uid, owner.gid);
  return folder;
}

/** Starts a fresh cluster with one database; `stop()` stops it and removes its folder. */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDir();
  if (!bin) throw new Error(`No PostgreSQL server under ${DEBIAN_ROOT}: apt-get install postgresql`);
  const folder = await makeFolder();
  const data = join(folder, "data");
  const pgCtl = (args: string[]) => runBinary(join(bin, "pg_ctl"), [...args, "-D", data]);
  const stop = async () => {
    // `pg_ctl status` exits non-zero when no server runs (never started, or start failed).
    const running = await pgCtl(["status"]).then(
      () => true,
      () => false,
    );
    if (running) await pgCtl(["stop", "-m", "immediate", "-w"]);
    await rm(folder, { recursive: true, force: true });
  };
  try {
    await initCluster(bin, data);
    const port = await startOnFreePort(bin, folder, data);
    await createDatabase(port);
    return { url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`, stop };
  } catch (error) {
    await stop().catch((stopError: unknown) =>
      console.warn(`cleaning up the test PostgreSQL: ${String(stopError)}`),
    );
    throw error;
  }
}
