import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A budget written for these tests and printed to PDF by Chromium (eval/gold/unseen-pdf2/NOTES.md):
 * 湖州市农业农村局 2025年部门预算 in 浙江's order, the tables first (表1–表10, titles such as
 * "2025年一般公共预算支出预算表（按功能分类）", 表5 carried over as "（续表）"). Read off the rendered pages:
 * - page 7, 表3: 21301 农业农村 合计 17458.94, where its 项 add up to 17485.94 (3482.89 + 14003.05 by
 *   基本/项目) — its writer's planted slip;
 * - page 17: "耕地建设与利用（项）2830.00万元", where 表5 prints 2130153 2380.00 — the other one;
 * - page 18: "上述“三公”经费中，在基本支出中安排公务用车运行维护费26.10万元、公务接待费5.20万元" (a
 *   part of 表7's 31.50 and 8.20);
 * - page 15: "其中：一般公共预算拨款收入比上年17705.20万元增加1239.47万元，增长7.00%".
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/huzhou-nyncj-2025-yusuan.pdf", import.meta.url));
const read = await readDocument(FILE);
const doc = parseDocument({
  docId: "huzhou-nyncj-2025-yusuan",
  file: "ingest/fixtures/unseen/huzhou-nyncj-2025-yusuan.pdf",
  hash: "test",
  text: read.text,
  ...(read.sources ? { sources: read.sources } : {}),
});

describe("an unseen Zhejiang budget printed to PDF: 湖州市农业农村局 2025年部门预算", () => {
  it("places 表5 and 表6 by titles that say how they are arranged ('（按功能分类）'), 表5 read whole", () => {
    const numbers = doc.tables.filter((t) => t.template).map((t) => t.number);
    expect(numbers).toEqual(["01", "02", "03", "04", "05", "06", "09", "07", "08"]);
    expect(doc.tables.find((t) => t.number === "05")?.template).toBe("budget-general-function");
  });

  it("finds exactly its two planted errors", () => {
    const failed = doc.info.report?.checks.failed ?? [];
    const planted = (message: string) => /17458\.94/.test(message) || /2830/.test(message);
    expect(failed.filter((f) => !planted(f.message)).map((f) => f.message)).toEqual([]);
    expect(failed.some((f) => f.kind === "table_text" && /2380.*2830/.test(f.message))).toBe(true);
  });

  it("a part of the figures stated above ('上述…中') is not those figures stated again", () => {
    const running = doc.facts.filter((f) => !f.table && f.metric === "公务用车运行维护费");
    expect(running.filter((f) => f.column === "年初预算数").map((f) => f.value)).toEqual(["31.5"]);
  });

  it("one fund's income named in a sentence takes its change away from the income total", () => {
    const changes = doc.facts.filter((f) => f.metric === "收入合计" && f.column === "比上年增减额");
    expect(changes.map((f) => f.value)).toEqual(["1217.18"]);
  });

  it("lists each project of 表10 under the body whose subtotal row heads it (page 14)", () => {
    const rows = (body: string) =>
      doc.facts.filter((f) => f.body === body && f.column === "合计").map((f) => [f.row, f.value]);
    // "湖州市农产品质量安全检测中心 5,676,000.00", then "15 农产品质量安全例行监测及风险评估 5,676,000.00".
    expect(rows("湖州市农产品质量安全检测中心")).toEqual([
      ["湖州市农产品质量安全检测中心", "567.6"],
      ["农产品质量安全例行监测及风险评估", "567.6"],
    ]);
    expect(rows("湖州市农业综合行政执法队")).toEqual([
      ["湖州市农业综合行政执法队", "216.8"],
      ["农业综合行政执法办案及装备经费", "216.8"],
    ]);
    // "合 计 164,130,500.00" heads the table and belongs to no body.
    expect(doc.facts.some((f) => f.value === "16413.05" && f.tableTitle?.includes("项目") && f.body)).toBe(
      false,
    );
  });
});
