import { readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Large synthetic documents for ingest scaling measurements, built by repeating the sections of
 * a sample document after its cover and tables (data/docs/000, 市政府办 2024 决算):
 * "narrative" repeats its 第三部分 as published; "headings" repeats each heading of 第三部分
 * with only the first sentence under it (five times the sections per MB).
 */
const SAMPLE = join(import.meta.dirname, "..", "data", "docs", "000_2a4a6f0d8c259386.txt");

export type Shape = "narrative" | "headings";

/** The sample's lines: cover and tables (kept once), and the 第三部分 that is repeated. */
async function parts(): Promise<{ head: string; narrative: string[] }> {
  const lines = (await readFile(SAMPLE, "utf8")).split("\n");
  const third = lines.findIndex((l, i) => i > 100 && l.trim() === "第三部分");
  const fourth = lines.findIndex((l, i) => i > third && l.trim() === "第四部分");
  if (third < 0 || fourth < 0) throw new Error(`${SAMPLE}: no 第三部分 … 第四部分`);
  return { head: lines.slice(0, third).join("\n"), narrative: lines.slice(third, fourth) };
}

function headingsOnly(narrative: string[]): string[] {
  const out: string[] = [];
  narrative.forEach((line, i) => {
    if (!/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(line) || line.length >= 40) return;
    const paragraph = narrative.slice(i + 1, i + 4).find((l) => l.trim()) ?? "";
    out.push(line, `${paragraph.split("。")[0]}。`);
  });
  return out;
}

/** A document of at least `megabytes` MB (UTF-8) of the given shape. */
export async function scaledDocument(megabytes: number, shape: Shape): Promise<string> {
  const { head, narrative } = await parts();
  const block = (shape === "narrative" ? narrative : headingsOnly(narrative)).join("\n");
  const copies = Math.ceil((megabytes * 2 ** 20 - Buffer.byteLength(head)) / (Buffer.byteLength(block) + 1));
  return [head, ...Array.from({ length: Math.max(1, copies) }, () => block)].join("\n");
}
