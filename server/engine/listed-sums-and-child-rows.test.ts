import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Documents written for the tests, values read off their pages:
 * - ingest/fixtures/unseen/jiangmen-mzj-2025-yusuan.txt (附表1, lines 96–105): "一、一般公共预算拨款收入 16,201.35",
 *   "二、政府性基金预算拨款收入 2,486.00", "本年收入合计 20,597.35"; no row of all appropriations together.
 * - ingest/fixtures/unseen/binchuan-mzj-2025-yusuan.zip, its members rendered with LibreOffice: the workbook's page 4
 *   (表3) "20819 最低生活保障 … 616.00", "2081902 农村最低生活保障金支出 520.00"; the narrative's pages "— 6 —" and
 *   "— 7 —": "15.农村最低生活保障金支出（2081902）520.00万元，比2024年预算580.00万元减少60.00万元，下降10.34%".
 * - ingest/fixtures/unseen/xiuyan-zrzyj-2025-yusuan.ods page 6 (表1 收支总表): "本年支出合计 2,761.42".
 * - the same .ods page 10 (表4 财政拨款收支总表): "一、一般公共预算拨款 1470.22", "二、政府性基金预算拨款 1242.40".
 * - ingest/fixtures/unseen/dainan-jytj-2024-juesuan.docx, rendered with LibreOffice: page 9 (公开03表 续) "221 住房保障
 *   支出 1,858.35"; page 11 (公开05表) "221 住房保障支出 … 1842.15".
 * - ingest/fixtures/unseen/yueyang-jiaoyu-2023-juesuan.md line 104 (公开01表) "本年支出合计 … 36,282.54"; line 253
 *   (公开05表) "合计 | 35670.14".
 * Computed by hand: 36282.54 − 35670.14 = 612.40; 16201.35 + 2486.00 = 18687.35; 18687.35 ÷ 20597.35 = 90.73 %; 1470.22 + 1242.40 = 2712.62;
 * 1242.40 ÷ 2712.62 = 45.80 %.
 */
const civil = useFilesEngine(["ingest/fixtures/unseen/jiangmen-mzj-2025-yusuan.txt"]);
const county = useFilesEngine(["ingest/fixtures/unseen/binchuan-mzj-2025-yusuan.zip"]);
const land = useFilesEngine(["ingest/fixtures/unseen/xiuyan-zrzyj-2025-yusuan.ods"]);
const schools = useFilesEngine(["ingest/fixtures/unseen/dainan-jytj-2024-juesuan.docx"]);
const education = useFilesEngine(["ingest/fixtures/unseen/yueyang-jiaoyu-2023-juesuan.md"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a whole the document prints only as its listed parts", () => {
  it("is their sum, each part cited and the reading said", async () => {
    const r = await civil.ask("江门民政局今年的财政拨款收入一共多少");
    expect(r.status).toBe("answered");
    const answer = plain(r.answer);
    expect(answer.split("\n")[0]).toContain("18687.35万元");
    expect(answer).toContain("16201.35万元");
    expect(answer).toContain("2486.00万元");
    expect(answer).toContain("文件未单列");
  });

  it("and its share of the whole is that sum over it", async () => {
    const r = await civil.ask("民政局2025年的收入里财政拨款占几成？");
    expect(plain(r.answer)).toContain("90.73%");
  });
});

describe("a share of a whole printed only as its listed parts", () => {
  it("is the part over their sum", async () => {
    const r = await land.ask("自然资源局今年的财政拨款当中政府性基金占几成");
    const answer = plain(r.answer);
    expect(answer).toContain("45.80%");
    expect(answer).toContain("2712.62万元");
  });
});

describe("a row's total and its part from one fund, asked in one question", () => {
  it("gives both, never their sum", async () => {
    const r = await schools.ask("教体局住房保障一共支出多少？其中一般公共预算财政拨款安排的有多少？");
    const answer = plain(r.answer);
    expect(answer).toContain("1842.15万元");
    expect(answer).toContain("1858.35万元");
    expect(answer).not.toMatch(/39931|3700\.50/);
  });
});

describe("all the spending set against one fund's", () => {
  it("is the spending total against that fund's, their gap computed", async () => {
    const r = await education.ask("教育局2023年所有支出比一般公共预算财政拨款支出多多少");
    expect(plain(r.answer)).toContain("612.40万元");
  });
});

describe("rows of the minimum living allowance as people say them", () => {
  it("reads '低保' money as the allowance's row, and a row said without a character of its name", async () => {
    const r = await county.ask("宾川民政局农村低保支出今年比去年少多少？");
    const answer = plain(r.answer);
    expect(answer).toContain("520.00万元");
    expect(answer).toContain("60.00万元");
    expect(answer).toContain("10.34%");
  });

  it("'其中农村的呢' after a row is its child row holding that word", async () => {
    const r = await county.ask("民政局今年最低生活保障安排了多少", "那其中农村的呢");
    expect(plain(r.answer).split("\n")[0]).toContain("520.00万元");
  });
});

describe("a budget asked as a verb", () => {
  it("'一共预算了多少钱' is the budget total, a two-digit year its year", async () => {
    const r = await land.ask("岫岩自然资源局25年总共预算了多少钱");
    expect(plain(r.answer).split("\n")[0]).toContain("2761.42万元");
  });
});
