import { describe, expect, it } from "vitest";
import { findGrids } from "./find-grids.js";
import type { PdfRule } from "./pdf-geometry.js";

const h = (y: number, a: number, b: number): PdfRule => ({ axis: "h", at: y, a, b });
const v = (x: number, a: number, b: number): PdfRule => ({ axis: "v", at: x, a, b });

describe("findGrids", () => {
  it("finds merged cells where a ruling is missing (a header spanning columns, a label spanning rows)", () => {
    // 3 columns × 3 rows; row 0 has no ruling at x=200 (cells 1-2 merged: "收入预算");
    // column 0 has no ruling at y=40 (rows 1-2 merged: a two-line label).
    const rules = [
      h(0, 0, 300),
      h(20, 0, 300),
      h(40, 100, 300),
      h(60, 0, 300),
      v(0, 0, 60),
      v(100, 0, 60),
      v(200, 20, 60),
      v(300, 0, 60),
    ];
    const [grid] = findGrids(rules);
    expect(grid.xs).toEqual([0, 100, 200, 300]);
    expect(grid.ys).toEqual([0, 20, 40, 60]);
    const spans = grid.cells.map((c) => [c.r0, c.r1, c.c0, c.c1]);
    expect(spans).toEqual([
      [0, 0, 0, 0],
      [0, 0, 1, 2],
      [1, 2, 0, 0],
      [1, 1, 1, 1],
      [1, 1, 2, 2],
      [2, 2, 1, 1],
      [2, 2, 2, 2],
    ]);
  });

  it("joins borders stroked cell by cell and double lines (ONLYOFFICE) into one ruling", () => {
    const rules = [
      h(0, 0, 100.4),
      h(0.3, 99.8, 200),
      h(20, 0, 200),
      h(40, 0, 200),
      v(0, 0, 40),
      v(99.6, 0, 20.2),
      v(100.2, 19.9, 40),
      v(200, 0, 40),
    ];
    const grids = findGrids(rules);
    expect(grids).toHaveLength(1);
    expect(grids[0].xs).toHaveLength(3);
    expect(grids[0].cells).toHaveLength(4);
  });

  it("takes a frame around text for no table", () => {
    expect(findGrids([h(0, 0, 500), h(300, 0, 500), v(0, 0, 300), v(500, 0, 300)])).toEqual([]);
  });
});
