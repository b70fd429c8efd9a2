import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A budget page written for these tests (eval/gold/unseen-html2/NOTES.md): 云浮市卫生健康局 2025年部门预算, the
 * city portal's page as saved. Read off the page (its HTML, rendered with Chromium by its writer):
 * - 第一部分 二: "…和所属事业单位11个，分别是：", then "1．云浮市人民医院（公益二类事业单位，核定编制1280名）：…" to
 *   "11．云浮市卫生健康事务中心（…）", one paragraph each;
 * - 表3-1 2025年部门支出总表（按支出功能分类科目）: 2210201 住房公积金 4,203.20 (all funds); 表5 2025年一般公共预算
 *   支出表: 221 02 01 住房公积金 477.20;
 * - 情况说明 八: "政府采购预算总额14,055.60万元，其中：货物类10,460.00万元，工程类1,280.00万元，服务类2,315.60万元";
 * - planted slips: 表3's 合计 项目支出 26,143.20 (its rows add to 25,243.20) and "公务用车运行维护费46.80万元" in the
 *   narrative against 表7's 486,000.00元.
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/yunfu-wjj-2025-yusuan.html", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "yunfu-wjj-2025-yusuan",
  file: "ingest/fixtures/unseen/yunfu-wjj-2025-yusuan.html",
  hash: "test",
  text: read.text,
  sources: read.sources,
});
const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);

describe("an unseen Guangdong health bureau's budget page: 云浮市卫生健康局 2025年部门预算", () => {
  it("its eleven hospitals and centres, listed one numbered paragraph each, are its subordinates", () => {
    const children = doc.info.relations.map((r) => r.child);
    expect(children).toHaveLength(11);
    expect(children[0]).toBe("云浮市人民医院");
    expect(children[10]).toBe("云浮市卫生健康事务中心");
  });

  it("the table titled '（按支出功能分类科目）' is the all-funds spending table, not the general budget's", () => {
    const housing = doc.facts.filter(
      (f) => f.table && f.rowCode === "2210201" && /^(?:.* \/ )?合计$/.test(f.column),
    );
    expect(housing.map((f) => [f.template, f.value])).toEqual([
      ["budget-expense", "4203.20"],
      ["budget-general-function", "477.20"],
    ]);
  });

  it("the procurement total's kinds, listed after it with their amounts", () => {
    const kinds = ["政府采购货物支出", "政府采购工程支出", "政府采购服务支出"].map(
      (metric) => doc.facts.find((f) => !f.table && f.metric === metric)?.value,
    );
    expect(kinds).toEqual(["10460", "1280", "2315.6"]);
  });

  it("its checks fail only on its two planted slips", () => {
    expect(failed).toHaveLength(3);
    expect(failed.every((message) => /26143\.2|25243\.2|46\.8/.test(message))).toBe(true);
  });
});
