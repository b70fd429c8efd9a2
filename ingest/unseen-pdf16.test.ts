import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A document written for these tests (eval/gold/unseen-pdf16/NOTES.md): a county education-and-sports
 * bureau's 2025 budget over 24 units, printed by Chromium. Rendered page 12, 表4 "桐溪县教育体育局2025年部门
 * 支出预算功能分类表" (all funds): "2050204 高中教育 7081.25 | 5498.65 | 1582.60"; page 15, 表6 "…2025年一般公共预算
 * 支出表": "2050204 高中教育 5849.83 | 5111.23 | 738.60". Pages 8–9, 表2 收入总表 one row a unit: "301006 桐溪县
 * 第一中学 4,926.58 …".
 */
const path = "./fixtures/unseen/tongxi-jyj-2025-yusuan.pdf";
const file = fileURLToPath(new URL(path, import.meta.url));
const read = await readDocument(file, await readFile(file));
const parsed = parseDocument({
  docId: "edu",
  file: path,
  hash: "test",
  text: read.text,
  sources: read.sources,
});

describe("an education bureau's budget over its schools", () => {
  it("reads the all-funds spending by function as the spending table, not the general budget's", () => {
    const high = parsed.facts.filter((f) => f.rowCode === "2050204" && f.table);
    const allFunds = high.find((f) => f.value === "7081.25");
    const general = high.find((f) => f.value === "5849.83");
    expect(allFunds?.table).toBe("03");
    expect(general?.table).toBe("05");
  });

  it("takes its schools and kindergartens for bodies it covers", () => {
    const bodies = parsed.info.relations.map((r) => r.child);
    expect(bodies).toContain("桐溪县第一中学");
    expect(bodies).toContain("桐溪县实验幼儿园");
    expect(bodies).not.toContain("桐溪县教育体育局（本级）");
  });
});
