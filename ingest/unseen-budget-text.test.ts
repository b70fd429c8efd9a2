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

  it("dates 表七's rows by the year each prints (2024年预算数 is last year's)", () => {
    const running = doc.facts.filter((f) => f.table === "09" && f.column.endsWith("公务用车运行费"));
    // Line 260: 2024年预算数 … 21.05; line 261: 2025年预算数 … 16.16.
    expect(running.find((f) => f.value === "21.05")?.period).toBe(2024);
    expect(running.find((f) => f.value === "16.16")?.period).toBeUndefined();
  });

  it("finds the narrative's 16.61 against 表七's 16.16, and only the two planted errors", () => {
    const failed = doc.info.report?.checks.failed ?? [];
    // Line 323: "公务用车运行费16.61万元"; 表七 line 261 and 表六 30231 print 16.16.
    expect(failed.some((f) => f.kind === "table_text" && /16\.16.*16\.61/.test(f.message))).toBe(true);
    // Everything else that fails is the 表五 类 total (10735.30 against its parts' 10735.03).
    const others = failed.filter((f) => f.kind !== "table_text");
    expect(others.every((f) => f.message.includes("10735.30"))).toBe(true);
    expect(failed.filter((f) => f.kind === "table_text")).toHaveLength(1);
  });

  it("sets no figure stated under 一般公共预算 against the all-funds tables", () => {
    // Line 286, under "二、一般公共预算拨款支出情况": 基本支出6,482.18万元 (表五), where 表三's all-funds
    // 基本支出 is 7,632.18 (line 282 says so for all funds).
    const warnings = doc.info.warnings.filter((w) => w.message.includes("6482.18"));
    expect(warnings.every((w) => w.code === "basis_differs")).toBe(true);
    expect(warnings.some((w) => w.message.includes("资金口径不同"))).toBe(true);
  });
});
