import { describe, expect, it } from "vitest";
import { RESTORED_BUILTINS, getDocument } from "./pdfjs.js";

/** A native function prints its body as `[native code]`; core-js's polyfills print JavaScript. */
const isNative = (fn: unknown) => typeof fn === "function" && /\[native code\]/.test(String(fn));

describe("pdf.js loaded through pdfjs.ts", () => {
  it("leaves the process's JSON and Array.prototype.push native", () => {
    expect(isNative(JSON.stringify)).toBe(true);
    expect(isNative(JSON.parse)).toBe(true);
    expect(isNative(Array.prototype.push)).toBe(true);
    // The legacy build did replace them: the guard is doing real work.
    expect(RESTORED_BUILTINS).toEqual(expect.arrayContaining(["stringify", "parse", "push"]));
  });

  it("keeps what the polyfills add, which pdf.js needs on Node 20", () => {
    expect(typeof Reflect.get(Promise, "withResolvers")).toBe("function");
    expect(typeof getDocument).toBe("function");
  });
});
