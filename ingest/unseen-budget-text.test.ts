import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";

/**
 * A budget written for these tests in another province's template and an export the parser was not
 * built on: 常德市鼎城区卫生健康局 2025年部门预算, 表一–表八, saved as text by a word processor (columns
 * lined up by display width, "部门名称：…  单位：万元" above each table, a 栏次 row in 表五). Its writer's
 * planted error in the tables: 表五 line 189 prints 210 卫生健康支出 合计 10735.30, its 款 (lines 190–205) add
 * up to 701.72 + 4128.45 + 4527.68 + 1012.36 + 364.82 = 10735.03.
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/changde-weijian-2025-yusuan.txt", import.meta.url));
const doc = parseDocument({
  docId: "changde-weijian-2025-yusuan",
  file: "ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt",
  hash: "test",
  text: readFileSync(FILE, "utf8"),
});

describe("an unseen budget saved as text: 常德市鼎城区卫生健康局 2025年部门预算", () => {
  it("places its eight tables among the standard ones", () => {
    const standard = doc.info.report?.tables.filter((t) => t.standard) ?? [];
    expect(standard).toHaveLength(8);
  });

  it("reads 表五's subject codes, and its checks find the planted 类 total", () => {
    const mismatches = doc.info.warnings.filter((w) => w.code === "sum_mismatch");
    expect(mismatches.length).toBeGreaterThan(0);
    expect(mismatches.every((w) => w.message.includes("10735.30"))).toBe(true);
    expect(mismatches.some((w) => w.message.includes("10735.03"))).toBe(true);
  });

  it("reads 表七's columns under their own names", () => {
    const running = doc.facts.filter((f) => f.table === "09" && f.column.endsWith("公务用车运行费"));
    expect(running.map((f) => f.value).sort()).toEqual(["16.16", "21.05"]);
  });
});
