/**
 * pdf.js for Node 20, without its side effects on the rest of the process.
 *
 * The legacy build (the one that runs on Node 20) bundles core-js, which *replaces* built-ins
 * that Node already has whenever they miss a newer proposal: `JSON.stringify` and `JSON.parse`
 * (JSON.rawJSON, parse with source) and `Array.prototype.push` become JavaScript polyfills,
 * about ten times slower, for the whole process: every fact the store writes and every answer
 * Express serialises went through them. pdf.js needs none of those proposals, so the built-ins
 * that existed before the import are put back; what core-js *adds* (Promise.withResolvers, the
 * Set methods, Uint8Array base64 …) stays, since pdf.js relies on those.
 *
 * Every module loads pdf.js through this one.
 */
const GUARDED = {
  JSON,
  Array,
  "Array.prototype": Array.prototype,
  Object,
  Promise,
  "Promise.prototype": Promise.prototype,
  Map: Map.prototype,
  Set: Set.prototype,
  String: String.prototype,
  Math,
  Number,
  Uint8Array: Uint8Array.prototype,
  ArrayBuffer: ArrayBuffer.prototype,
} as const satisfies Record<string, object>;

type Snapshot = Array<[owner: object, name: PropertyKey, descriptor: PropertyDescriptor]>;

function snapshotBuiltins(): Snapshot {
  return Object.values(GUARDED).flatMap((owner) =>
    Reflect.ownKeys(owner).map((name): Snapshot[number] => [
      owner,
      name,
      Object.getOwnPropertyDescriptor(owner, name)!,
    ]),
  );
}

/** Put back every built-in function that existed before and was replaced since. */
export function restoreBuiltins(snapshot: Snapshot): string[] {
  const restored: string[] = [];
  for (const [owner, name, before] of snapshot) {
    const now = Object.getOwnPropertyDescriptor(owner, name);
    if (typeof before.value !== "function" || now?.value === before.value) continue;
    Object.defineProperty(owner, name, before);
    restored.push(String(name));
  }
  return restored;
}

const before = snapshotBuiltins();
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
/** Names of the built-ins pdf.js's polyfills had replaced (for the test). */
export const RESTORED_BUILTINS = restoreBuiltins(before);

export const { getDocument, OPS } = pdfjs;
export type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
