import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A document written for these tests (eval/gold/unseen-html4/NOTES.md): a city veterans' bureau's
 * 2025年部门预算 as the saved page of a WeChat official-account article, its paragraphs in nested
 * styled <section>s and its tables as the WeChat editor writes them. Two header cells span one row
 * more than the header has: 表四's second header row has every cell rowspan="2" over no third row,
 * and 表七's first row has rowspan="3" over two. As printed in the page's source:
 * - 表四 2025年财政拨款收支总表: the first row after the header "一、一般公共预算拨款 | 10,162.68 | 一、社会保障和就业
 *   支出 | 10,032.91 | 10,032.91"; "收入总计 | 10,282.68".
 * - 表七 一般公共预算“三公”经费支出表: "2024年预算数 | 25.30 | 0.00 | 19.50 | 0.00 | 19.50 | 5.80"; "2025年预算数 | 23.00 |
 *   0.00 | 18.00 | 0.00 | 18.00 | 5.00".
 * The document's two planted errors (表五 20809 合计 printed 2727.15, its items add to 2772.15; the narrative's
 * 人员经费 767.70 for 表六's 776.70) are the only checks that fail.
 */
const path = "./fixtures/unseen/anqing-tyjrswj-2025-yusuan.html";
const file = fileURLToPath(new URL(path, import.meta.url));
const read = await readDocument(file, await readFile(file));
const lines = read.text.split("\n");
const parsed = parseDocument({ docId: "veterans", file: path, hash: "test", text: read.text });

describe("a table whose header cells span a row more than the header has", () => {
  it("starts its first row of figures in the first column, as the row below the header", () => {
    expect(lines).toContain(
      "一、一般公共预算拨款\t10,162.68\t一、社会保障和就业支出\t10,032.91\t10,032.91\t\t",
    );
    expect(lines).toContain("2024年预算数\t25.30\t0.00\t19.50\t0.00\t19.50\t5.80");
  });

  it("reads its figures in their own columns", () => {
    const threePublic = parsed.facts.filter((f) => f.table === "09" && !f.period);
    expect(threePublic.find((f) => /公务接待费/.test(f.column))?.value).toBe("5.00");
    const income = parsed.facts.find((f) => f.table === "04" && /一般公共预算/.test(f.row));
    expect(income?.value).toBe("10162.68");
  });
});

describe("the article page as a whole", () => {
  it("adds up: only the planted errors fail", () => {
    const { checks } = parsed.info.report!;
    expect(checks.total - checks.passed).toBe(5);
    const messages = checks.failed.map((c) => c.message).join("\n");
    expect(messages).toContain("2727.15");
    expect(messages).toContain("767.7");
    expect(messages).not.toMatch(/财政拨款收支总表|“三公”经费支出表/);
  });
});
