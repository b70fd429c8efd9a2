import { randomUUID } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rename, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type pg from "pg";
import { META } from "./sqlite-schema.js";
import { bytesToVector } from "./scoring.js";
import { planCompaction } from "./segment-compaction.js";
import { SegmentSet, writeSegment } from "./vector-segments.js";

/**
 * hnswlib segments without pgvector: the writer builds each segment file in a temp folder and
 * stores its bytes in `segments` within the ingest's transaction; a reader downloads the listed
 * segments into its cache folder on its first whole-store vector search. Labels are chunk rowids.
 */

type Queryable = Pick<pg.Client, "query">;

/** Stored vectors read at a time when segments are rebuilt. */
const PAGE = 10_000;

type Point = { label: number; vector: number[] | Float32Array };

/**
 * Points per stored segment: about 32 MB of bytes. A bytea parameter travels as hex text, twice
 * its size, and one string in Node stops at about 512 MB, so a 256 MB part reset the connection.
 */
function partPoints(dimensions: number): number {
  return Math.max(1000, Math.floor(32e6 / (Math.max(1, dimensions) * 4 + 256)));
}

/** Stores the points as segments `<base>-0.hnsw`, `<base>-1.hnsw`, … of at most partPoints each. */
export async function addSegments(
  client: Queryable,
  schema: string,
  base: string,
  points: Point[],
  dimensions: number,
): Promise<void> {
  const size = partPoints(dimensions);
  const folder = await mkdtemp(join(tmpdir(), "budget-qa-segment-"));
  try {
    for (let part = 0; part * size < points.length; part++) {
      const name = `${base}-${part}.hnsw`;
      const file = join(folder, name);
      const partPoints = points.slice(part * size, (part + 1) * size);
      const count = await writeSegment(file, partPoints, dimensions);
      await client.query(
        `INSERT INTO ${schema}.segments (name, count, dimensions, bytes, first_label) VALUES ($1, $2, $3, $4, $5)`,
        [name, count, dimensions, await readFile(file), partPoints[0]?.label ?? null],
      );
      await rm(file);
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Merges the run of small segments, or rebuilds a store with many deleted points
 * (segment-compaction.ts), from the stored vectors a page at a time.
 */
export async function compactSegments(
  client: Queryable,
  schema: string,
  { generation, dimensions, alive }: { generation: string; dimensions: number; alive: number },
): Promise<void> {
  const { rows } = await client.query<{ name: string; count: number; first_label: string | null }>(
    `SELECT name, count, first_label FROM ${schema}.segments ORDER BY first_label NULLS FIRST, name`,
  );
  const segments = rows.map((row) => ({
    name: row.name,
    count: row.count,
    firstLabel: row.first_label === null ? null : Number(row.first_label),
  }));
  const plan = planCompaction(segments, { full: partPoints(dimensions), alive });
  if (plan.kind === "none") return;
  await client.query(`DELETE FROM ${schema}.segments WHERE name = ANY($1::text[])`, [plan.segments]);
  await rebuildFrom(client, schema, {
    base: `seg-${generation}-merged`,
    fromLabel: plan.fromLabel,
    dimensions,
  });
}

/** Segments of every stored vector with a label ≥ fromLabel, a full segment's points at a time. */
async function rebuildFrom(
  client: Queryable,
  schema: string,
  { base, fromLabel, dimensions }: { base: string; fromLabel: number; dimensions: number },
): Promise<void> {
  const size = partPoints(dimensions);
  let points: Point[] = [];
  let written = 0;
  const write = (part: Point[]) => addSegments(client, schema, `${base}-${written++}`, part, dimensions);
  for (let after = fromLabel - 1; ;) {
    const { rows } = await client.query<{ rowid: string; vector: Buffer }>(
      `SELECT rowid, vector FROM ${schema}.chunks WHERE rowid > $1 ORDER BY rowid LIMIT ${PAGE}`,
      [after],
    );
    if (!rows.length) break;
    for (const row of rows) points.push({ label: Number(row.rowid), vector: bytesToVector(row.vector) });
    after = Number(rows[rows.length - 1].rowid);
    for (; points.length >= size; points = points.slice(size)) await write(points.slice(0, size));
  }
  if (points.length) await write(points);
}

interface SegmentRow {
  name: string;
  dimensions: number;
  size: number;
  generation: string | null;
}

/** A reader's local copies of the stored segments, refreshed when the generation changes. */
export class SegmentCache {
  private current: { generation: string; set: SegmentSet } | undefined;

  constructor(
    private readonly pool: () => pg.Pool,
    private readonly schema: string,
    private readonly folder: string,
    private readonly memoryBytes?: number,
  ) {}

  invalidate(): void {
    this.current = undefined;
  }

  /** The segment set of the committed generation (listing and generation read in one snapshot). */
  async segmentSet(generation: string): Promise<SegmentSet> {
    if (this.current?.generation === generation) return this.current.set;
    const { rows } = await this.pool().query<SegmentRow>(
      `SELECT s.name, s.dimensions, octet_length(s.bytes) AS size,
        (SELECT value FROM ${this.schema}.meta WHERE key = $1) AS generation
       FROM ${this.schema}.segments s ORDER BY s.name`,
      [META.generation],
    );
    const budget = { bytes: rows.reduce((total, row) => total + row.size, 0), memoryBytes: this.memoryBytes };
    const set = new SegmentSet(
      rows.map((row) => join(this.folder, row.name)),
      rows[0]?.dimensions ?? 1,
      budget,
    );
    // Segments over the memory budget are never loaded: no point fetching them.
    if (set.searchable) {
      await mkdir(this.folder, { recursive: true });
      for (const row of rows) await this.download(row);
      await this.removeUnlisted(new Set(rows.map((row) => row.name)));
    }
    this.current = { generation: rows[0]?.generation ?? generation, set };
    return set;
  }

  /** Fetches a segment unless an intact copy is cached (written under a temp name, then renamed). */
  private async download(row: SegmentRow): Promise<void> {
    const file = join(this.folder, row.name);
    if (existsSync(file) && statSync(file).size === row.size) return;
    const { rows } = await this.pool().query<{ bytes: Buffer }>(
      `SELECT bytes FROM ${this.schema}.segments WHERE name = $1`,
      [row.name],
    );
    if (!rows[0]) throw new Error(`vector segment ${row.name} disappeared while downloading`);
    const part = `${file}.${process.pid}-${randomUUID().slice(0, 8)}.part`;
    await writeFile(part, rows[0].bytes);
    await rename(part, file);
  }

  /** Segments of older generations (compacted away) are removed from the cache. */
  private async removeUnlisted(listed: Set<string>): Promise<void> {
    for (const name of await readdir(this.folder))
      if (name.endsWith(".hnsw") && !listed.has(name))
        await unlink(join(this.folder, name)).catch((error: unknown) =>
          console.warn(`removing cached vector segment ${name}: ${(error as Error).message}`),
        );
  }
}
