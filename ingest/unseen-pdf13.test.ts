import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A document written for these tests (eval/gold/unseen-pdf13/NOTES.md): 隆化县审计局's 2024年度部门决算 as
 * a PDF whose table pages are landscape pages stored portrait with /Rotate 90, their content drawn
 * rotated. Read off the rendered pages (`pdftoppm -r 60`):
 * - page 7 (printed "第 5 页"), 表3 支出决算表: a 栏次 row "1 2 3 4 5 6" under the header; "合计 | 1104.94 |
 *   783.31 | 321.63"; "2010804 | 审计业务 | 248.73 | | 248.73".
 * - page 17 ("第 15 页"): "2. …审计业务（项）：年初预算为220.00万元，全年预算为251.58万元，支出决算为246.38
 *   万元，完成全年预算的97.93%。全年预算大于年初预算，主要原因是上年结转16.80万元纳入本年使用，…；决算数小于
 *   全年预算数，主要原因是部分政府投资项目结算审计跨年度实施，相关资金结转下年使用。"
 * - page 18 ("第 16 页"): "…支出决算为8.37万元，…。其中：因公出国（境）费支出决算0.00万元，…公务接待费支出决算
 *   1.42万元。与上年决算数9.12万元相比，减少0.75万元，下降8.22%，…"
 * - page 19 ("第 17 页"): "公务用车运行维护费支出决算6.59万元，…，主要用于3辆公务用车的燃料费、…等支出，与上年
 *   决算数7.46万元相比，减少0.51万元，下降6.84%".
 */
const path = "./fixtures/unseen/longhua-sjj-2024-juesuan.pdf";
const file = fileURLToPath(new URL(path, import.meta.url));
const read = await readDocument(file, await readFile(file));
const parsed = parseDocument({
  docId: "longhua",
  file: path,
  hash: "test",
  text: read.text,
  sources: read.sources,
});
const narrative = (subject: string, column: string) =>
  parsed.facts.filter((f) => !f.table && (f.metric === subject || f.row === subject) && f.column === column);

describe("a final account whose table pages are stored rotated", () => {
  it("reads the spending table on a rotated page, its 栏次 numbers no amounts", () => {
    const cells = parsed.facts.filter((f) => f.table === "03");
    expect(cells.find((f) => f.row === "合计" && f.column === "本年支出合计")?.value).toBe("1104.94");
    expect(cells.find((f) => f.row === "合计" && f.column === "项目支出")?.value).toBe("321.63");
    expect(cells.find((f) => f.rowCode === "2010804" && f.column === "本年支出合计")?.value).toBe("248.73");
    expect(cells.some((f) => /栏次/.test(f.row))).toBe(false);
  });
});

describe("sentences after a list of parts, and counts amid amounts", () => {
  it("gives last year's figure and the change to the whole, not to the part listed last", () => {
    const last = narrative("三公经费", "决算数").find((f) => f.period === 2023);
    expect(last?.value).toBe("9.12");
    expect(narrative("三公经费", "比上年增减额")[0]?.value).toBe("-0.75");
    expect(narrative("公务接待费", "决算数").some((f) => f.value === "9.12")).toBe(false);
  });

  it("reads the running cost's change on last year past the cars it runs", () => {
    const last = narrative("公务用车运行维护费", "决算数").find((f) => f.period === 2023);
    expect(last?.value).toBe("7.46");
    expect(narrative("公务用车运行维护费", "比上年增减率")[0]?.value).toBe("-6.84");
  });
});

describe("two comparisons in one sentence, each with its reason", () => {
  it("explains the adjusted budget by the first and the actual by the second", () => {
    const full = narrative("审计业务", "全年预算数")[0];
    const actual = narrative("审计业务", "决算数")[0];
    expect(full?.value).toBe("251.58");
    expect(full?.reason).toContain("上年结转16.80万元");
    expect(actual?.value).toBe("246.38");
    expect(actual?.reason).toContain("跨年度实施");
  });
});
