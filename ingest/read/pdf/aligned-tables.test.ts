import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadPdf } from "./load-pdf.js";
import type { TableBlock } from "./page-blocks.js";
import { layoutPage } from "./page-layout.js";
import { readPdf } from "./read-pdf.js";
import { buildPdf, type TestText } from "./testing/build-pdf.js";
import { CORPUS_PDF_DIR, corpusPdfMissing } from "./testing/corpus-pdf.js";

const texts = (tables: TableBlock[]) =>
  tables.flatMap((t) => t.rows.map((r) => r.cells.map((c) => c?.text ?? "")));

describe("tables without rulings", () => {
  it("are read from aligned columns of amounts", async () => {
    const row = (y: number, cells: [number, string][]): TestText[] =>
      cells.map(([x, text]) => ({ x, y, size: 10, text }));
    const pdf = buildPdf([
      {
        texts: [
          { x: 200, y: 60, size: 14, text: "2025年部门支出预算总表" },
          ...row(90, [[60, "单位：元"]]),
          ...row(110, [
            [60, "科目名称"],
            [250, "合计"],
            [350, "基本支出"],
            [450, "项目支出"],
          ]),
          ...row(126, [
            [60, "行政运行"],
            [250, "1,000.00"],
            [350, "1,000.00"],
          ]),
          ...row(142, [
            [60, "一般行政管理事务"],
            [250, "500.00"],
            [450, "500.00"],
          ]),
          ...row(158, [[60, "其他支出"]]),
          ...row(174, [
            [60, "合计"],
            [250, "1,500.00"],
            [350, "1,000.00"],
            [450, "500.00"],
          ]),
          { x: 60, y: 220, size: 10, text: "注：本表金额保留两位小数。" },
        ],
      },
    ]);
    const lines = (await readPdf("aligned.pdf", pdf)).text.split("\n");
    expect(lines).toEqual([
      "2025年部门支出预算总表",
      "单位：元",
      "科目名称\t合计\t基本支出\t项目支出",
      "行政运行\t1,000.00\t1,000.00\t",
      "一般行政管理事务\t500.00\t\t500.00",
      "其他支出\t\t\t",
      "合计\t1,500.00\t1,000.00\t500.00",
      "",
      "注：本表金额保留两位小数。",
    ]);
  });

  it("leave running text with figures in it alone", async () => {
    const pdf = buildPdf([
      {
        texts: [
          { x: 60, y: 100, size: 10, text: "年初预算为 85.55 万元，支出决算为 84.65 万元。" },
          { x: 60, y: 114, size: 10, text: "年初预算为 62.29 万元，支出决算为 60.99 万元。" },
          { x: 60, y: 128, size: 10, text: "截至 2024 年 12 月 31 日，共有车辆 3 辆。" },
        ],
      },
    ]);
    const doc = await readPdf("narrative.pdf", pdf);
    expect(doc.text).not.toContain("\t");
  });

  const missing = corpusPdfMissing();
  it.skipIf(missing !== null)(
    "rebuild a real table with its rulings taken away (收入预算总表, page 10)",
    async () => {
      const file = `${CORPUS_PDF_DIR}putuo-swh-2025-bumen-yusuan.pdf`;
      const page = (await loadPdf(file, readFileSync(file)))[9];
      const tables = layoutPage({ ...page, rules: [] }).filter((b): b is TableBlock => b.kind === "table");
      const rows = texts(tables);
      // Rows as printed on the page (rendered and read): 类 款 项, name, 合计, 财政拨款收入.
      const row = rows.find((r) => r.includes("行政运行"));
      expect(row?.filter((c) => c !== "")).toEqual([
        "201",
        "13",
        "01",
        "行政运行",
        "9,389,913.00",
        "9,389,913.00",
      ]);
      const header = rows.find((r) => r.includes("合计") && r.includes("财政拨款收入"));
      expect(header?.indexOf("合计")).toBe(row?.indexOf("9,389,913.00"));
      expect(header?.indexOf("财政拨款收入")).toBe(row?.lastIndexOf("9,389,913.00"));
      expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    },
  );
});
