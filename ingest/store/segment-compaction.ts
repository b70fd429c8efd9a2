/**
 * When the hnswlib segments of a store are merged, for both stores. Each ingest adds small
 * segments; merging only the run of small ones after the last full segment keeps adding one
 * document at about the cost of one document (a merge costs those segments, not the store). A
 * store with a quarter of its points deleted is rebuilt whole.
 */

/** More small segments than this after the last settled one are merged into one. */
export const MAX_SMALL_SEGMENTS = 8;

/** A registered segment, in label order. `firstLabel` null: registered before labels were recorded. */
export interface SegmentExtent {
  name: string;
  count: number;
  firstLabel: number | null;
}

export type CompactionPlan =
  | { kind: "none" }
  /** Replace `segments` by segments built from the stored vectors with labels ≥ `fromLabel`. */
  | { kind: "merge"; segments: string[]; fromLabel: number };

/**
 * `segments` in label order (unknown first labels first); `full`: the points of a full segment;
 * `alive`: the points still stored.
 */
export function planCompaction(
  segments: SegmentExtent[],
  { full, alive }: { full: number; alive: number },
): CompactionPlan {
  const points = segments.reduce((total, segment) => total + segment.count, 0);
  if (points - alive > points / 4)
    return { kind: "merge", segments: segments.map((segment) => segment.name), fromLabel: 0 };
  // A full segment, or one whose labels are unknown, is never merged with the ones after it.
  const settled = segments.findLastIndex((segment) => segment.count >= full || segment.firstLabel === null);
  const small = segments.slice(settled + 1);
  if (small.length <= MAX_SMALL_SEGMENTS) return { kind: "none" };
  return {
    kind: "merge",
    segments: small.map((segment) => segment.name),
    fromLabel: small[0].firstLabel ?? 0,
  };
}
