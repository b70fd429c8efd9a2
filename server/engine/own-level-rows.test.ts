import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Documents written for the tests, values read off their pages:
 * - ingest/fixtures/unseen/shaanxi-tyj-2024-yusuan.pdf page 14 (printed "— 12 —"), 附表2 部门收入总表 in 元 by
 *   body: "合 计 | 619,354,710"; "317001 | 陕西省体育局（本级） | 198,824,970 | 12,600,000 | 87,624,970 |
 *   98,600,000"; "317002 | 陕西省体育训练中心 | 195,146,150".
 * - ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf page 15 (表1-1 部门收入总表, 元): "合 计 | 45,994,090.00";
 *   "312001 | 成都市温江区杏林街道办事处（本级） | 34,060,270.00".
 * - ingest/fixtures/unseen/jiangmen-mzj-2025-yusuan.txt line 354 (附表7, 万元): "江门市民政局本级 19.70 6.00 8.50 … 5.20".
 * - ingest/fixtures/unseen/wuzhong-swj-2025-yusuan.docx rendered with LibreOffice, page 4 (表2 部门收入总表, 万元):
 *   "118001 | 吴忠市水务局（本级） | 1053.44".
 * - ingest/fixtures/unseen/binchuan-mzj-2025-yusuan.zip, its workbook rendered with LibreOffice (表1): "本年支出合计
 *   2100.36"; its tables print the three bodies together only.
 * Computed by hand: 619,354,710 − 198,824,970 = 420,529,740 元 = 42052.97万元; 34,060,270 ÷ 45,994,090 = 74.05 %.
 */
const sports = useFilesEngine(["ingest/fixtures/unseen/shaanxi-tyj-2024-yusuan.pdf"]);
const street = useFilesEngine(["ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf"]);
const civil = useFilesEngine(["ingest/fixtures/unseen/jiangmen-mzj-2025-yusuan.txt"]);
const water = useFilesEngine(["ingest/fixtures/unseen/wuzhong-swj-2025-yusuan.docx"]);
const county = useFilesEngine(["ingest/fixtures/unseen/binchuan-mzj-2025-yusuan.zip"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a table by body whose bodies' names sit beside their codes", () => {
  it("reads each body's row by its name", async () => {
    const r = await sports.ask("体育训练中心的收入预算是多少");
    expect(plain(r.answer)).toContain("19514.62万元");
  });
});

describe("the department's own level, printed as a row of its table by body", () => {
  it("is that row, said to be the department's table's", async () => {
    const r = await sports.ask("体育局本级的收入预算是多少");
    expect(r.status).toBe("answered");
    const answer = plain(r.answer);
    expect(answer.split("\n")[0]).toContain("19882.50万元");
    expect(answer).toContain("本级所在的一行");
    expect(answer).not.toContain("以下是部门预算的数字");
  });

  it("is that row where it is named without brackets", async () => {
    const r = await civil.ask("民政局本级的三公经费预算是多少");
    expect(plain(r.answer).split("\n")[0]).toContain("19.70万元");
  });

  it("gives its share of the department as its row's total over the table's", async () => {
    const r = await street.ask("街道办本级的收入预算占整个部门预算的比重是多少？");
    const answer = plain(r.answer);
    expect(answer).toContain("74.05%");
    expect(answer).toContain("3406.03万元");
  });

  it("left out, leaves the other bodies' rows added up", async () => {
    const r = await sports.ask("不算局机关本级，8个下属事业单位的收入预算加起来是多少？");
    expect(r.status).toBe("answered");
    const answer = plain(r.answer);
    expect(answer.split("\n")[0]).toContain("42052.97万元");
    expect(answer).toContain("19514.62万元");
    // "不算局" names no body the index lacks.
    expect(answer).not.toContain("未找到");
  });
});

describe("the own level asked with its subordinates left out in words", () => {
  it("is still its row", async () => {
    const r = await water.ask("水务局本级（不含下属单位）今年预算是多少？");
    expect(r.status).toBe("answered");
    expect(plain(r.answer).split("\n")[0]).toContain("1053.44万元");
  });
});

describe("the own level asked where no row or edition gives it", () => {
  it("refuses the consolidated total as its figure, naming it as the closest", async () => {
    const r = await county.ask("民政局本级今年支出预算是多少？");
    expect(r.status).toBe("not_found");
    const answer = plain(r.answer);
    expect(answer).toContain("所问的本级的数字没有公开");
    expect(answer).toContain("2100.36万元");
  });
});
