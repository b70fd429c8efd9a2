import { VectorStore } from "../index/vector-store.js";

/**
 * hnswlib segment files: each ingest adds one segment with its new chunks (labels are chunk
 * rowids), so adding a document costs one document. Deleted chunks stay in old segments until a
 * compaction; searches drop labels that are no longer stored.
 */
export async function writeSegment(
  file: string,
  points: { label: number; vector: number[] }[],
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

/** Segments loaded on first use: a server that answers only scoped questions never loads them. */
export class SegmentSet {
  private loaded: VectorStore[] | undefined;

  constructor(
    private readonly files: string[],
    private readonly dimensions: number,
  ) {}

  search(vector: number[], limit: number): { label: number; score: number }[] {
    this.loaded ??= this.files.map((file) => VectorStore.read(file, this.dimensions));
    return this.loaded
      .flatMap((segment) => segment.search(vector, limit))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }
}
