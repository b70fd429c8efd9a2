import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { parserVersion } from "./parser-version.js";
import type { Prepared, PrepareInput } from "./prepare-document.js";

/**
 * Documents prepared before, by everything their preparation depends on (the bytes' hash, the
 * document id and path, the options and the parsing code), so a later ingest of the same file
 * into another store binds the rows instead of parsing again. Valid for one build of the code: a
 * test run's ingests share one, in a folder made for the run.
 */
export interface PreparedCache {
  get(key: string): Promise<Prepared | undefined>;
  set(key: string, prepared: Prepared): Promise<void>;
}

/** The key of a preparation: its input without the bytes (their hash is in it) and the parser. */
export function preparedKey(input: PrepareInput): string {
  return createHash("sha256")
    .update(JSON.stringify({ parser: parserVersion(), ...input, bytes: undefined }))
    .digest("hex");
}

/** A cache of v8-serialised preparations in a folder; a file is written whole (temp file, rename). */
export function folderPreparedCache(folder: string): PreparedCache {
  const fileOf = (key: string) => join(folder, `${key}.bin`);
  return {
    async get(key) {
      // Only a missing entry is a miss: an unreadable one is an error of the run, not a reason to parse.
      const bytes = await readFile(fileOf(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return undefined;
        throw error;
      });
      return bytes && (deserialize(bytes) as Prepared);
    },
    async set(key, prepared) {
      await mkdir(folder, { recursive: true });
      const temp = `${fileOf(key)}.${process.pid}.${Math.random().toString(36).slice(2)}`;
      await writeFile(temp, serialize(prepared));
      await rename(temp, fileOf(key));
    },
  };
}

/** Prepare through the cache: a hit is returned as stored, a miss prepared and stored. */
export async function preparedThrough(
  cache: PreparedCache | undefined,
  input: PrepareInput,
  prepare: (input: PrepareInput) => Promise<Prepared>,
): Promise<Prepared> {
  if (!cache) return prepare(input);
  const key = preparedKey(input);
  const hit = await cache.get(key);
  if (hit) return hit;
  const prepared = await prepare(input);
  await cache.set(key, prepared);
  return prepared;
}
