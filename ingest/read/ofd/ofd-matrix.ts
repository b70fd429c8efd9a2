/** OFD's affine matrices ([a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f) and the objects' placement. */

export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `outer` after `inner`: a point is first mapped by `inner`, then by `outer`. */
export function compose(outer: Matrix, inner: Matrix): Matrix {
  const [a, b, c, d, e, f] = outer;
  const [p, q, r, s, t, u] = inner;
  return [a * p + c * q, b * p + d * q, a * r + c * s, b * r + d * s, a * t + c * u + e, b * t + d * u + f];
}

export function apply([a, b, c, d, e, f]: Matrix, x: number, y: number): [number, number] {
  return [a * x + c * y + e, b * x + d * y + f];
}

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
  return compose(parent, compose(shift, own));
}
