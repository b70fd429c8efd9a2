import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * ingest/fixtures/unseen/tongxi-czj-2024-sangong-juesuan.pdf, a finance bureau's account of every
 * county department's 三公经费 (2024 决算). Rendered page 4, 表1: 合计 row 决算 合计 1201.68; "10 县人民法院
 * 56.00 | | 52.00 | | 52.00 4.00 | 53.81 | | 50.54 | | 50.54 3.27"; "12 县公安局 … 405.61 …"; page 2 (前言): "城关镇、桐溪
 * 街道、石门乡3个乡镇（街道）…不在本说明范围内".
 * ingest/fixtures/unseen/juancheng-wjj-2025-yusuan.et, page 14 as LibreOffice renders it (2025年政府性基金预算
 * 支出表): "22960 彩票公益金安排的支出 88.00", "2296002 用于社会福利的彩票公益金支出 30.00".
 * ingest/fixtures/unseen/rongxi-zjj-2024-juesuan.wps, page 17 (公开07表): "212 08 03 城市建设支出 120.00 3180.00 3260.00".
 */
describe("a county's departments together, each a row of one table", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/tongxi-czj-2024-sangong-juesuan.pdf"]);

  it("a department by the short name people use: its row's figure, not the county's", async () => {
    const text = plain((await ask("县法院的公务用车运行维护费，2024年决算数是多少")).answer);
    expect(text).toContain("50.54万元");
    expect(text).not.toContain("892.16");
  });

  it("the county as a whole ('全县'): the table's total, no department's row said to disagree", async () => {
    const text = plain((await ask("2024年全县三公经费决算多少？")).answer);
    expect(text).toContain("1201.68万元");
    expect(text).not.toContain("405.61");
  });

  it("a department's completion of its budget: its row's 决算 over its 预算", async () => {
    // Page 4, row 12 县公安局: 预算 合计 416.00, 决算 合计 405.61.
    const text = plain((await ask("县公安局的三公经费预算执行了百分之多少？")).answer);
    expect(text).toContain("416.00万元");
    expect(text).toContain("405.61万元");
    expect(text).toContain("97.50%");
  });

  it("a department's last year, stated only in the narrative, after its figure of this year", async () => {
    // Page 7: "县公安局决算405.61万元，上年368.21万元，增加37.40万元，增长10.16%".
    const text = plain((await ask("县公安局24年三公经费决算是多少", "它2023年的呢？")).answer);
    expect(text).toContain("368.21万元");
    expect(text).not.toContain("互不相符");
  });

  it("two departments set against each other, each its own row", async () => {
    // Page 4, rows 10 and 11: 县人民法院 决算 合计 53.81, 县人民检察院 42.37.
    const text = plain((await ask("检察院和法院的三公经费决算差了多少？")).answer);
    expect(text).toContain("53.81万元");
    expect(text).toContain("42.37万元");
    expect(text).toContain("11.44万元");
  });

  it("a town the account leaves out is refused, not answered with the county's figure", async () => {
    const result = await ask("石门乡的三公经费决算有多少？");
    expect(result.status).toBe("not_found");
    expect(plain(result.answer)).not.toContain("1201.68");
  });
});

describe("cars bought, asked in everyday words", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/tongxi-czj-2024-sangong-juesuan.pdf"]);

  it("'新买了多少辆车' is the cars bought, not the fleet held", async () => {
    // Page 3: "全年按规定更新购置公务用车5辆：县公安局执法执勤用车3辆…"; "公务用车保有量186辆".
    const text = plain((await ask("县本级2024年一共新买了多少辆车？")).answer);
    expect(text).toContain("5辆");
    expect(text).not.toMatch(/车辆数为 ?186辆/);
  });
});

describe("a part of a row named by the words of one row below it", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/juancheng-wjj-2025-yusuan.et"]);

  it("'<某中心>这项' points at the row that pays for the body, with 财政 said before the fund", async () => {
    // Page 10 (2025年一般公共预算支出表): "210 04 01 疾病预防控制机构 795.48 | 735.48 | … | 60.00".
    const result = await ask("疾控中心这项今年财政一般公共预算给了多少？");
    expect(result.status).toBe("answered");
    expect(plain(result.answer)).toContain("795.48万元");
  });

  it("'<某款>当中用于<某词>的部分': that row, not the whole", async () => {
    const text = plain((await ask("彩票公益金当中用于社会福利的部分是多少？")).answer);
    expect(text).toContain("30.00万元");
    expect(text).not.toContain("88.00");
  });
});

describe("a fund table's carry-in asked with the question between its words", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/rongxi-zjj-2024-juesuan.wps"]);

  it("'年初还有多少结余': the row's 年初结转和结余, not its spending", async () => {
    const text = plain((await ask("城市建设支出年初还有多少结余")).answer);
    expect(text).toContain("120.00万元");
    expect(text).not.toContain("3260.00");
  });
});
