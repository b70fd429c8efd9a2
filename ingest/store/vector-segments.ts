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
  store.finish();
  store.write(file);
  // hnswlib reports success on a full disk: read the file back before the commit registers it.
  const check = VectorStore.read(file, store.dimensions);
  if (check.size !== points.length)
    throw new Error(`vector segment ${file} holds ${check.size} of ${points.length} vectors after writing`);
  return points.length;
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
