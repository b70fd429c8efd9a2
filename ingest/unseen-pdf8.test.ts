import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { metricsOfFact } from "./domain/metrics.js";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A budget written for these tests (eval/gold/unseen-pdf8/NOTES.md): 陕西省体育局 2024年部门预算, a
 * Writer document printed to PDF, every table in 元. Read off the rendered pages (`pdftoppm -r 70`):
 * - PDF page 13 ("— 11 —", 附表1): "一、一般公共预算拨款 348,949,710", "二、政府性基金拨款 242,140,000",
 *   本年收入合计 606,754,710, 上年结转 12,600,000, 收入总计 619,354,710;
 * - page 21 ("— 19 —", 附表8): columns 合计 | 基本支出 | 项目支出 | 其中：上年结转资金安排, 合计 254,740,000
 *   254,740,000 12,600,000;
 * - page 27 ("— 25 —", 附表11 陕西省体育局2024年政府采购预算表, 单位：元): 合计 34,150,000, 其中：货物类
 *   13,400,000, 工程类 14,150,000, 服务类 6,600,000;
 * - page 4: "所属事业单位及其主要职责如下：" then "1.陕西省体育训练中心：…" to "8.陕西省登山户外运动管理中心：…";
 * - the planted slips (NOTES.md): 附表6 "302 商品和服务支出 15,388,980" whose items add to 15,379,980, and
 *   the narrative's 2070306 体育训练 "14373.30万元" against 附表5's 134,732,960.
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/shaanxi-tyj-2024-yusuan.pdf", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "shaanxi-tyj-2024-yusuan",
  file: "ingest/fixtures/unseen/shaanxi-tyj-2024-yusuan.pdf",
  hash: "test",
  text: read.text,
  sources: read.sources,
});
const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);

describe("an unseen provincial sports bureau's budget in 元 as a PDF: 陕西省体育局 2024年部门预算", () => {
  it("a table whose title sits right below its label is titled and labelled, whatever its title", () => {
    const total = doc.facts.find((f) => f.tableLabel === "附表11" && f.row === "合计");
    expect(total?.tableTitle).toBe("陕西省体育局2024年政府采购预算表");
    expect([total?.metric, total?.value, total?.printed?.value]).toEqual([
      "政府采购支出总额",
      "3415",
      "34150000",
    ]);
    const kinds = doc.facts.filter((f) => f.tableLabel === "附表11" && /类$/.test(f.row));
    expect(kinds.map((f) => [f.metric, f.printed?.value])).toEqual([
      ["政府采购货物支出", "13400000"],
      ["政府采购工程支出", "14150000"],
      ["政府采购服务支出", "6600000"],
    ]);
  });

  it("the 部门收支总表's fund rows said without 收入 are the funds' appropriations", () => {
    const income = (key: string) =>
      doc.facts.find((f) => f.table === "01" && metricsOfFact(f).includes(key))?.printed?.value;
    expect(income("一般公共预算财政拨款收入")).toBe("348949710");
    expect(income("政府性基金预算财政拨款收入")).toBe("242140000");
  });

  it("the bodies listed one numbered paragraph each after '所属事业单位及其主要职责如下：' are its subordinates", () => {
    expect(doc.info.relations.map((r) => r.child)).toEqual([
      "陕西省体育训练中心",
      "陕西省体育科学研究所",
      "陕西省体育场馆运营中心",
      "陕西省社会体育指导中心",
      "陕西省体育彩票管理中心",
      "陕西省体育运动学校",
      "陕西省水上运动管理中心",
      "陕西省登山户外运动管理中心",
    ]);
  });

  it("its checks fail only on its two planted slips (a 元 cell is exact: 9,000 元 is no rounding)", () => {
    expect(failed.some((message) => /302 商品和服务支出/.test(message))).toBe(true);
    expect(failed.some((message) => /2070306/.test(message))).toBe(true);
    // The others are the slip's echo in the table's 合计 row.
    expect(failed.every((message) => /302 商品和服务支出|基本支出表「合计」|2070306/.test(message))).toBe(
      true,
    );
  });
});
