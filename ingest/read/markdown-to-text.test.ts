import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse/parse-document.js";
import { markdownToText } from "./markdown-to-text.js";

const DOCS = join(import.meta.dirname, "..", "..", "data", "docs");

/** The same document as a Markdown export: tab rows become pipe tables, headings get hashes. */
async function asMarkdown(file: string): Promise<string> {
  const text = await readFile(join(DOCS, file), "utf8");
  const out: string[] = [];
  let inTable = false;
  for (const line of text.split("\n")) {
    if (line.includes("\t")) {
      out.push(`| ${line.split("\t").join(" | ")} |`);
      if (!inTable) out.push("| --- |"); // separator after the first row, as converters write it
      inTable = true;
      continue;
    }
    inTable = false;
    out.push(/^(第.部分|[一二三四五六七八九十]+、)/.test(line.trim()) ? `## ${line}` : line);
  }
  return out.join("\n");
}

describe("Markdown exports", () => {
  it("turns pipe rows into tab rows and separators into blank lines, keeping line numbers", () => {
    const md =
      "# 第二部分\n| 项目 | 行次 | 金额 |\n| --- | --- | ---: |\n| **合计** | 1 | 5,487.18 |\n正文**加粗**";
    const text = markdownToText(md);
    expect(text.split("\n")).toEqual(["第二部分", "项目\t行次\t金额", "", "合计\t1\t5,487.18", "正文加粗"]);
  });

  // As ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md (pandoc from a Word document) writes them.
  it("drops a pandoc heading's attributes, unescapes escaped characters and blanks a simple table's rule", () => {
    const md =
      "## 表5 一般公共预算支出表 {#一般公共预算支出表 .unnumbered}\n  ------ ---------\n  1      济宁市博物馆\n大运河（济宁段）文物保护与考古调查\\*";
    expect(markdownToText(md).split("\n")).toEqual([
      "表5 一般公共预算支出表",
      "",
      "  1      济宁市博物馆",
      "大运河（济宁段）文物保护与考古调查*",
    ]);
  });

  it("parses a Markdown conversion of the 区委办 final accounts into the same table facts", async () => {
    const plain = parseDocument({
      docId: "002",
      file: "002.txt",
      hash: "a",
      text: await readFile(join(DOCS, "002_f16b9cd1552d1230.txt"), "utf8"),
    });
    const md = parseDocument({
      docId: "002",
      file: "002.md",
      hash: "b",
      text: markdownToText(await asMarkdown("002_f16b9cd1552d1230.txt")),
    });
    expect(md.info.unit).toBe("中共株洲市天元区委办公室");
    const cell = (d: typeof md, table: string, column: RegExp) =>
      d.facts.find((f) => f.table === table && column.test(f.column))?.value;
    expect(cell(md, "09", /^决算数 \/ 合计$/)).toBe("9.00");
    expect(cell(md, "09", /^决算数 \/ 公务接待费$/)).toBe("0.13");
    expect(cell(md, "06", /决算数/)).toBe(cell(plain, "06", /决算数/));
    const tableFacts = (d: typeof md) =>
      d.facts
        .filter((f) => f.table && /^\d+$/.test(f.table))
        .map((f) => `${f.table}|${f.row}|${f.column}|${f.value}`);
    expect(tableFacts(md).sort()).toEqual(tableFacts(plain).sort());
  });
});
