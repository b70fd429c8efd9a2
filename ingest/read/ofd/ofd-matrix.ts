import { multiply, type Matrix } from "../pdf/pdf-geometry.js";

/** OFD objects' placement: the PDF reader's matrices ([a b c d e f]), the same convention. */

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** How much the matrix scales lengths (the square root of its determinant's size). */
export function scaleOf([a, b, c, d]: Matrix): number {
  return Math.sqrt(Math.abs(a * d - b * c));
}

/**
 * An object's coordinates into its parent's: first its CTM, then the shift to its Boundary's
 * top-left corner (OFD places every graphic object's own space at its Boundary's origin).
 */
export function objectMatrix(parent: Matrix, boundary: readonly number[], ctm: readonly number[]): Matrix {
  const shift: Matrix = [1, 0, 0, 1, boundary[0] ?? 0, boundary[1] ?? 0];
  const own: Matrix = ctm.length === 6 && ctm.every(Number.isFinite) ? (ctm as Matrix) : IDENTITY;
  return multiply(parent, multiply(shift, own));
}
