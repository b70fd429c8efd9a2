import { describe, expect, it } from "vitest";
import { MAX_SMALL_SEGMENTS, planCompaction, type SegmentExtent } from "./segment-compaction.js";

const FULL = 1000;

/** Segments of these sizes, in label order, each starting where the one before ended. */
function extents(counts: number[], unknownLabels = 0): SegmentExtent[] {
  let label = 1;
  return counts.map((count, i) => {
    const extent = { name: `s${i}`, count, firstLabel: i < unknownLabels ? null : label };
    label += count;
    return extent;
  });
}

const alive = (segments: SegmentExtent[]) => segments.reduce((n, segment) => n + segment.count, 0);

describe("planCompaction", () => {
  it("leaves up to MAX_SMALL_SEGMENTS small segments after the last full one alone", () => {
    const segments = extents([FULL, FULL, ...Array<number>(MAX_SMALL_SEGMENTS).fill(10)]);
    expect(planCompaction(segments, { full: FULL, alive: alive(segments) })).toEqual({ kind: "none" });
  });

  it("merges only the run of small segments after the last full one, from its first label", () => {
    const segments = extents([FULL, 10, FULL, ...Array<number>(MAX_SMALL_SEGMENTS + 1).fill(10)]);
    const plan = planCompaction(segments, { full: FULL, alive: alive(segments) });
    expect(plan).toEqual({
      kind: "merge",
      segments: segments.slice(3).map((segment) => segment.name),
      fromLabel: 2 * FULL + 10 + 1,
    });
  });

  it("never merges a segment whose labels are unknown (stored before labels were recorded)", () => {
    const segments = extents([10, 10, ...Array<number>(MAX_SMALL_SEGMENTS + 1).fill(10)], 2);
    const plan = planCompaction(segments, { full: FULL, alive: alive(segments) });
    expect(plan.kind === "merge" && plan.segments).toEqual(segments.slice(2).map((segment) => segment.name));
    const fewer = extents([10, 10, ...Array<number>(MAX_SMALL_SEGMENTS).fill(10)], 2);
    expect(planCompaction(fewer, { full: FULL, alive: alive(fewer) })).toEqual({ kind: "none" });
  });

  it("rebuilds every segment when over a quarter of their points are deleted", () => {
    const segments = extents([FULL, FULL, 10]);
    const stored = alive(segments);
    expect(planCompaction(segments, { full: FULL, alive: stored - 500 })).toEqual({ kind: "none" });
    expect(planCompaction(segments, { full: FULL, alive: Math.floor(stored * 0.74) })).toEqual({
      kind: "merge",
      segments: ["s0", "s1", "s2"],
      fromLabel: 0,
    });
  });
});
