import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse/parse-document.js";

const SAMPLE = join(import.meta.dirname, "..", "..", "data", "docs", "001_c98938bd16771fdc.txt");

/** 1-based line of the first line at or after `from` whose text, trimmed, is `title`. */
function lineOf(lines: string[], title: string, from = 0): number {
  return lines.findIndex((line, i) => i >= from && line.trim() === title) + 1;
}

describe("a document whose tables are printed twice", () => {
  it("indexes both copies under distinct ids and warns once per table number, naming both places", async () => {
    const text = await readFile(SAMPLE, "utf8");
    const repeated = text.slice(text.indexOf("第二部分"), text.indexOf("第三部分"));
    const doubled = `${text}\n${repeated}`;
    const parsed = parseDocument({ docId: "twice", file: "twice.txt", hash: "h", text: doubled });
    const once = parseDocument({ docId: "once", file: "once.txt", hash: "h", text });

    const numbered = once.tables.filter((t) => t.number).length;
    expect(numbered).toBeGreaterThan(0);
    expect(new Set(parsed.tables.map((t) => t.id)).size).toBe(parsed.tables.length);
    const warnings = parsed.info.warnings.filter((w) => w.code === "repeated_table");
    expect(warnings).toHaveLength(numbered);
    expect(once.info.warnings.some((w) => w.code === "repeated_table")).toBe(false);

    // The sample's 收入决算表 (公开02表): the original, and the copy appended after the whole text.
    const lines = doubled.split("\n");
    const first = lineOf(lines, "收入决算表");
    const second = lineOf(lines, "收入决算表", text.split("\n").length);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(warnings.find((w) => w.message.startsWith("编号02的表"))?.message).toContain(
      `第${first}行「收入决算表」、第${second}行「收入决算表」`,
    );
  });
});
