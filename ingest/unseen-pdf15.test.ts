import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A document written for these tests (eval/gold/unseen-pdf15/NOTES.md): not one department's
 * disclosure but a county finance bureau's account of all its county-level departments' 三公经费
 * ("桐溪县2024年度县本级部门“三公”经费决算情况说明"), printed by Chromium. Its 表1 lists one row a
 * department, two column groups (2024年预算数, 2024年决算数) each of 合计 / 因公出国（境）费 /
 * 公务用车购置及运行维护费小计 / 其中：购置费 / 其中：运行维护费 / 公务接待费. Rendered page 4: the 合计 row
 * "1266.00 31.00 1060.00 142.00 918.00 175.00 | 1201.68 22.24 1027.86 135.70 892.16 151.58"; row 12
 * "县公安局 416.00 | | 408.00 90.00 318.00 8.00 | 405.61 | | 398.76 86.40 312.36 6.85". Its planted table error
 * is 县应急管理局's 决算 小计 printed 43.26 (page 5), whose parts 28.50 + 15.76 make 44.26.
 */
const path = "./fixtures/unseen/tongxi-czj-2024-sangong-juesuan.pdf";
const file = fileURLToPath(new URL(path, import.meta.url));
const read = await readDocument(file, await readFile(file));
const parsed = parseDocument({
  docId: "sangong",
  file: path,
  hash: "test",
  text: read.text,
  sources: read.sources,
});

describe("a finance bureau's account of every department's 三公经费", () => {
  it("is a disclosure of the county's departments together, not of the bureau publishing it", () => {
    expect(parsed.info.unit).toBe("桐溪县本级部门");
    expect(parsed.info.kind).toBe("决算");
    expect(parsed.info.year).toBe(2024);
  });

  it("takes each department of its table for a body it covers", () => {
    const bodies = parsed.info.relations.map((r) => r.child);
    expect(bodies).toContain("县公安局");
    expect(bodies).toContain("县人民政府办公室（县外事办）");
    expect(bodies).not.toContain("合计");
  });

  it("puts a subtotal named in one cell over the 其中 columns after it", () => {
    const police = parsed.facts.filter((f) => f.table === "09" && f.row === "县公安局");
    const cell = (column: string) => police.find((f) => f.column === column)?.value;
    expect(cell("2024年决算数 / 合计")).toBe("405.61");
    expect(cell("2024年决算数 / 公务用车购置及运行维护费 / 小计")).toBe("398.76");
    expect(cell("2024年决算数 / 公务用车购置及运行维护费 / 购置费")).toBe("86.40");
    expect(cell("2024年决算数 / 公务接待费")).toBe("6.85");
  });

  it("finds the planted subtotal and no other sum of the table wrong", () => {
    const failed = parsed.info.report!.checks.failed.filter((c) => c.kind === "three_public");
    expect(failed.length).toBeGreaterThan(0);
    for (const check of failed) expect(check.message).toContain("县应急管理局");
    expect(failed.map((c) => c.message).join("\n")).toContain("44.26");
  });
});
