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

  it("a town the account leaves out is refused, not answered with the county's figure", async () => {
    const result = await ask("石门乡的三公经费决算有多少？");
    expect(result.status).toBe("not_found");
    expect(plain(result.answer)).not.toContain("1201.68");
  });
});

describe("a part of a row named by the words of one row below it", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/juancheng-wjj-2025-yusuan.et"]);

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
