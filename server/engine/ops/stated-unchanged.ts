import type { Fact } from "../../../ingest/schema.js";

/** How a sentence says a figure did not change on last year ("与<年>预算持平"). */
const UNCHANGED =
  /(?:与|比|较|同)(?:上年|去年|上一年|20\d{2}年)(?:年初)?(?:预算执行数|预算|决算)?数?(?:相比)?(?:基本)?持平/g;

/** The figure's own clause states it unchanged: those words, and the reason the clause gives. */
export function statedUnchanged(
  f: Pick<Fact, "value" | "source">,
): { words: string; reason?: string } | undefined {
  const text = f.source.excerpt;
  const value = f.value.replace(/\.?0+$/, "").replace(/^$/, "0");
  // Printed with trailing zeros ("12.30" for 12.3, "45.00" for 45).
  const zeros = value.includes(".") ? "0*" : "(?:\\.0+)?";
  const figure = new RegExp(`(?<![\\d.])${value.replace(".", "\\.")}${zeros}\\s*万?元`);
  for (const m of text.matchAll(UNCHANGED)) {
    const at = m.index ?? 0;
    const parts = text.slice(Math.max(0, at - 30), at).split(/[。；;]/);
    // "…<X>万元。与<年>预算持平": a sentence opening with the words speaks of the figure before it.
    const own = parts.at(-1) ?? "";
    const before = own.trim() ? own.slice(-20) : (parts.at(-2) ?? "");
    if (!figure.test(before)) continue;
    const after = text.slice(at + m[0].length).split(/[。；;]/)[0];
    const reason = /主要原因是[:：]?([^，,]+(?:[，,][^，,]+)*)/.exec(after)?.[1];
    return { words: m[0], ...(reason ? { reason } : {}) };
  }
  return undefined;
}
