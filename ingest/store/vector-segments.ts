import { VectorStore } from "../index/vector-store.js";

/**
 * hnswlib segment files: each ingest adds one segment with its new chunks (labels are chunk
 * rowids), so adding a document costs one document. Deleted chunks stay in old segments until a
 * compaction; searches drop labels that are no longer stored.
 */
export async function writeSegment(
  file: string,
  points: { label: number; vector: number[] | Float32Array }[],
  dimensions: number,
): Promise<number> {
  const store = VectorStore.create(points[0]?.vector.length || dimensions || 1, points.length);
  for (const point of points) store.add(point.vector, point.label);
  return saveSegment(file, store);
}

/** Writes a built segment and reads it back: hnswlib reports success on a full disk. */
export function saveSegment(file: string, store: VectorStore): number {
  store.finish();
  store.write(file);
  const check = VectorStore.read(file, store.dimensions);
  if (check.size !== store.size)
    throw new Error(`vector segment ${file} holds ${check.size} of ${store.size} vectors after writing`);
  return store.size;
}

/** How much memory whole-store vector search may take, and what the segments take. */
export interface SegmentBudget {
  /** Bytes of the segment files: hnswlib holds about this much in memory once they are loaded. */
  bytes: number;
  /** The most the segments may take (config VECTOR_MEMORY_MB); absent: no limit. */
  memoryBytes?: number;
}

/**
 * Segments loaded on first use: a server that answers only scoped questions never loads them.
 * Segments larger than the memory budget are never loaded: a whole-store search then finds no
 * vectors (retrieval's lexical half stands alone), and the first such search warns once. Searches
 * scoped to a unit never reach the segments (they score the stored vectors exactly).
 */
export class SegmentSet {
  private loaded: VectorStore[] | undefined;
  private warned = false;

  constructor(
    private readonly files: string[],
    private readonly dimensions: number,
    private readonly budget: SegmentBudget = { bytes: 0 },
  ) {}

  /** False when the segments are over the memory budget and whole-store vector search is off. */
  get searchable(): boolean {
    return this.budget.bytes <= (this.budget.memoryBytes ?? Infinity);
  }

  search(vector: number[], limit: number): { label: number; score: number }[] {
    if (!this.searchable) {
      this.warnOverBudget();
      return [];
    }
    this.loaded ??= this.files.map((file) => VectorStore.read(file, this.dimensions));
    return this.loaded
      .flatMap((segment) => segment.search(vector, limit))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  private warnOverBudget(): void {
    if (this.warned) return;
    this.warned = true;
    const mib = (bytes: number) => Math.ceil(bytes / 2 ** 20);
    process.emitWarning(
      `vector segments take ${mib(this.budget.bytes)} MiB, over VECTOR_MEMORY_MB=${mib(this.budget.memoryBytes ?? 0)}: searches over the whole store use the lexical index only (searches within a unit are unaffected)`,
      { code: "VECTOR_MEMORY" },
    );
  }
}
