import { join } from "node:path";
import type Database from "better-sqlite3";
import { VectorStore } from "../index/vector-store.js";
import { bytesToVector } from "./scoring.js";
import { SEGMENT_DIR } from "./sqlite-check.js";
import { planCompaction } from "./segment-compaction.js";
import { saveSegment } from "./vector-segments.js";

/** A segment is written once it holds this many vectors: ingest memory stays bounded at any size. */
export const SEGMENT_POINTS = 100_000;
/** Rows read at a time when segments are rebuilt from the stored vectors. */
const PAGE = 10_000;

interface SegmentRow {
  name: string;
  count: number;
  first_label: number;
  last_label: number;
}

/**
 * The hnswlib segments of one SQLite ingest. Vectors go into an in-memory graph as chunks are
 * written; every SEGMENT_POINTS of them it is saved as a segment file and registered in the
 * ingest's transaction. Labels are chunk row ids, which only grow, so each segment covers a
 * contiguous range of them. At commit, a run of many small segments is merged (about the cost of
 * those segments), and a store with a quarter of its points deleted is rebuilt.
 */
export class SegmentBuilder {
  readonly written: string[] = [];
  private building: VectorStore | undefined;
  private range = { first: 0, last: 0 };
  private part = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly dir: string,
    private readonly generation: string,
  ) {}

  add(label: number, vector: number[]): void {
    if (!this.building) {
      this.building = VectorStore.create(vector.length || 1, 4096);
      this.range = { first: label, last: label };
    }
    this.building.add(vector, label);
    this.range.last = label;
    if (this.building.size >= SEGMENT_POINTS) this.flush();
  }

  /** Saves the graph being built as a segment of this transaction. */
  flush(): void {
    const store = this.building;
    if (!store?.size) return;
    this.building = undefined;
    const name = `seg-${this.generation}-${this.part++}.hnsw`;
    this.written.push(name);
    const count = saveSegment(join(this.dir, SEGMENT_DIR, name), store);
    this.db
      .prepare(
        "INSERT INTO segments (name, count, dimensions, first_label, last_label) VALUES (?, ?, ?, ?, ?)",
      )
      .run(name, count, store.dimensions, this.range.first, this.range.last);
  }

  /** Merges or rebuilds segments where needed (segment-compaction.ts); returns the names no longer registered. */
  compact(): string[] {
    this.flush();
    const segments = this.db.prepare("SELECT * FROM segments ORDER BY first_label").all() as SegmentRow[];
    const alive = this.db.prepare("SELECT count(*) FROM chunks").pluck().get() as number;
    const plan = planCompaction(
      segments.map((segment) => ({
        name: segment.name,
        count: segment.count,
        firstLabel: segment.first_label,
      })),
      { full: SEGMENT_POINTS, alive },
    );
    return plan.kind === "merge" ? this.rebuild(plan.segments, plan.fromLabel) : [];
  }

  /** Replaces these segments with new ones built from the stored vectors from `from` on. */
  private rebuild(names: string[], from: number): string[] {
    const remove = this.db.prepare("DELETE FROM segments WHERE name = ?");
    for (const name of names) remove.run(name);
    const page = this.db.prepare("SELECT rowid, vector FROM chunks WHERE rowid > ? ORDER BY rowid LIMIT ?");
    for (let after = from - 1; ;) {
      const rows = page.all(after, PAGE) as { rowid: number; vector: Buffer }[];
      if (!rows.length) break;
      for (const row of rows) this.add(row.rowid, Array.from(bytesToVector(row.vector)));
      after = rows[rows.length - 1].rowid;
    }
    this.flush();
    return names;
  }
}
