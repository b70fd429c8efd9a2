import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A budget written for these tests (eval/gold/unseen-pdf6/NOTES.md): 成都市温江区杏林街道办事处 2025年部门预算,
 * a Writer narrative and landscape Calc tables joined into one PDF. Read off the rendered pages
 * (`pdftoppm -r 80`):
 * - page 7: "6.一般公共服务支出（类）党委办公厅（室）及相关机构事务（款）一般行政管理事务（项）35.00万元";
 * - page 20 (表3): 201 31 02 一般行政管理事务 … 350,000.00 is 2013102, while 201 03 02 (政府办公厅…) is 1,286,000.00;
 *   210 11 行政事业单位医疗 合计 1,146,340.00, its 项 583,260.00 + 412,180.00 + 168,900.00 = 1,164,340.00 (a
 *   planted slip); 212 05 01 城乡社区环境卫生 6,850,000.00;
 * - page 9: "2025年一般公共预算安排“三公”经费11.00万元，比2024年预算12.40万元减少1.40万元";
 * - page 8: "26.城乡社区支出（类）城乡社区环境卫生（款）城乡社区环境卫生（项）658.00万元" (the other planted slip).
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/xinglin-jdb-2025-yusuan.pdf", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "xinglin-jdb-2025-yusuan",
  file: "ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf",
  hash: "test",
  text: read.text,
  sources: read.sources,
});
const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);

describe("an unseen Sichuan street office's budget as a PDF: 杏林街道办事处 2025年部门预算", () => {
  it("a 项 of a 款 two characters away from another (党委办公厅… / 政府办公厅…) takes its own 款's code", () => {
    const stated = doc.facts.find((f) => !f.table && f.value === "35" && f.row === "一般行政管理事务");
    expect(stated?.rowCode).toBe("2013102");
  });

  it("'比2024年预算12.40万元减少1.40万元' (page 9): the figure compared with is 2024's budget", () => {
    const stated = doc.facts.filter((f) => !f.table && f.metric === "三公经费" && f.period === 2024);
    expect(stated.map((f) => [f.basis, f.value])).toContainEqual(["年初预算", "12.4"]);
  });

  it("its checks fail only on its two planted slips", () => {
    // The 21011 slip shows in its own sum, its column's and its class's (210): a 元 cell is exact.
    expect(failed).toHaveLength(4);
    expect(
      failed.every((message) =>
        /(?:行政事业单位医疗|卫生健康支出).*114\.634|城乡社区环境卫生.*658/.test(message),
      ),
    ).toBe(true);
  });
});
