import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * Final accounts written for these tests (eval/gold/unseen-xlsx2/NOTES.md): 澧溪县水利局 2023年度部门决算,
 * an Excel workbook with one sheet per table. Read from the saved workbook (openpyxl):
 * - sheet 情况说明, A9: "2023年度财政拨款收、支总计12,453.82万元。与上年财政拨款收、支总计11,817.94万元
 *   相比，各增加635.88万元，增长5.38%。…";
 * - sheet 情况说明, A44: "…本年支出2751.95万元…本年支出具体为：大中型水库移民后期扶持基金支出2078.95万元…；
 *   其他政府性基金安排的支出58.00万元。";
 * - sheet 封面及说明, A40: "…以及8个所属事业单位：澧溪县水利水电勘测设计室、澧溪县水利工程建设服务中心、…"; A47:
 *   "5. 澧溪县青龙潭水库管理所（公益一类事业单位）：编制16名，实有16人。";
 * - the planted slips (NOTES.md): 表6 F6 "302 商品和服务支出" 330.81 whose items add to 303.81, and the
 *   narrative's 2130314 防汛 "824.47" against 表5's 824.74.
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/lixi-slj-2023-juesuan.xlsx", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "lixi-slj-2023-juesuan",
  file: "ingest/fixtures/unseen/lixi-slj-2023-juesuan.xlsx",
  hash: "test",
  text: read.text,
  sources: read.sources,
});
const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);

describe("an unseen Hunan county water bureau's final accounts as a workbook: 澧溪县水利局 2023年度部门决算", () => {
  it("the figure a comparison with last year opens on ('与上年<某项>X万元相比') is last year's", () => {
    const totals = doc.facts.filter(
      (f) => !f.table && f.metric === "财政拨款收支总计" && f.column === "决算数",
    );
    expect(totals.map((f) => [f.value, f.period])).toEqual([
      ["12453.82", undefined],
      ["11817.94", 2022],
    ]);
  });

  it("'其他政府性基金安排的支出' is a row of the fund's table, not the fund's spending", () => {
    const stated = doc.facts.filter((f) => !f.table && f.value === "58");
    expect(stated.map((f) => f.metric)).not.toContain("政府性基金预算财政拨款支出");
  });

  it("the bodies listed after '8个所属事业单位：' are its subordinates", () => {
    const children = doc.info.relations.map((r) => r.child);
    expect(children).toHaveLength(8);
    expect(children.slice(0, 2)).toEqual(["澧溪县水利水电勘测设计室", "澧溪县水利工程建设服务中心"]);
  });

  it("a head count after a body's name, its kind and a colon is no count of the department's", () => {
    const staffing = doc.facts.filter((f) => !f.table && f.metric === "编制数").map((f) => f.value);
    expect(staffing).toContain("117");
    expect(staffing).not.toContain("16");
  });

  it("its checks fail only on its two planted slips", () => {
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((message) => /302 商品和服务支出|公用经费合计|2130314 防汛/.test(message))).toBe(
      true,
    );
  });
});
