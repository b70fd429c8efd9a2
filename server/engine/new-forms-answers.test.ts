import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Answers on the documents of session 66's splits, each value read from the rendered page:
 * - duanzhou-guihu-jdb-2025-yusuan.pdf page 25 (表 page 13, "三公"经费支出预算表, 单位：元): rows "2025年预算数"
 *   and "2024年预算数"; 公务接待费 36,000.00 and 40,000.00.
 * - tianshui-nyncj-2024-juesuan.docx as LibreOffice renders it, page 5: the staff table, row 4
 *   "天水市农产品质量安全检验检测中心 | 公益二类事业单位 | 22 | 19" (编制数, 实有人数).
 * - tongshan-sfj-2025-yusuan.mht as Chromium renders it, page 4 (三、人员构成): "实有在职人员45人（局机关及
 *   司法所40人，公证处5人）".
 * - chongyi-tsg-2025-yusuan.rtf as LibreOffice renders it: page 9 (公开05表) row 2070104 图书馆 895.51; page 17
 *   (说明五（三）1) "2024年预算数为642.30万元，比上年增加253.21万元，增长39.42%".
 * - liutang-zhen-2024-juesuan.7z: a town government's accounts; no 财政所 among its bodies.
 * - tongxi-jyj-2025-yusuan.pdf page 10: 24 units; no unit's spending per pupil.
 */
describe("last year asked of a budget whose table prints last year's budget as a row", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/duanzhou-guihu-jdb-2025-yusuan.pdf"]);

  it("answers the printed row, not a figure worked out from a stated change", async () => {
    const text = plain(
      (await ask("桂湖街道今年的三公经费预算是多少", "接待费占多少", "上一年的接待费呢")).answer,
    );
    expect(text).toContain("4.00万元");
    expect(text).toContain("40000.00元");
  });
});

describe("a body's staff in a table after a sentence, its columns named without units", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/tianshui-nyncj-2024-juesuan.docx"]);

  it("is that body's row, by its everyday short name, when a follow-up points at it", async () => {
    const text = plain((await ask("检测中心去年决算支出多少", "它的编制数和实有人数各是多少")).answer);
    expect(text).toContain("22人");
    expect(text).toContain("19人");
    expect(text).not.toContain("201人");
  });
});

describe("a body's spending stated in a sentence listing each body's", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/tianshui-nyncj-2024-juesuan.docx"]);

  // Page 18 (一、收入支出决算总体情况说明): "按单位划分，7个单位本年支出合计7878.19万元，其中：…天水市渔政站
  // 支出127.77万元。"
  it("is that body's figure, said as the department's document lists it, not the department's total", async () => {
    const text = plain((await ask("天水渔政站2024年的支出决算是多少")).answer);
    expect(text).toContain("127.77万元");
    expect(text).not.toContain("7878.19");
  });
});

describe("a body's staff split in brackets after the department's", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/tongshan-sfj-2025-yusuan.mht"]);

  it("is the body's own count, not the department's", async () => {
    const text = plain((await ask("公证处的在职人员有多少")).answer);
    expect(text).toContain("5人");
    expect(text).not.toContain("45人");
  });
});

describe("a unit's name that is also a row's, said as the row", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/chongyi-tsg-2025-yusuan.rtf"]);

  it("'“图书馆（项）”的一般公共预算' is the row of the 一般公共预算 table and its stated change", async () => {
    const text = plain((await ask("图书馆（项）这个科目一般公共预算今年比上年多了多少")).answer);
    expect(text).toContain("895.51万元");
    expect(text).toContain("253.21万元");
    expect(text).toContain("39.42%");
  });
});

describe("a station of a town named right after the town", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/liutang-zhen-2024-juesuan.7z"]);

  it("is a body the town's accounts do not cover, not the town's figure", async () => {
    const result = await ask("柳塘镇派出所2024年的支出是多少");
    expect(result.status).toBe("not_found");
    expect(plain(result.answer)).not.toMatch(/\d+\.\d{2}万元/);
  });
});

describe("an amount per item whose count the documents do not state", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/tongxi-jyj-2025-yusuan.pdf"]);

  it("is not divided by a count of something else (the units the budget covers)", async () => {
    const text = plain((await ask("城关第二小学每个学生平均摊到多少预算")).answer);
    expect(text).not.toContain("1421.62");
  });
});

/**
 * More of session 66's splits, read from the rendered pages:
 * - liutang-zhen-2024-juesuan.7z, 6.一般公共预算财政拨款支出决算表.xls rendered by LibreOffice, page 4: the row
 *   under 农村综合改革 (426.00 / 460.48), 年初预算 306.00 and 决算 312.48.
 * - tongshan-sfj-2025-yusuan.mht as Chromium renders it, page 19 (说明五（三）4): "普法宣传…比上年预算数30.00万元
 *   减少4.00万元，下降13.33%".
 * - tongxi-jyj-2025-yusuan.pdf page 5: "编制数2,354名 … 在职人员2,233人".
 */
describe("a colloquial name the question restates, or the document's rows name otherwise", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/liutang-zhen-2024-juesuan.7z"]);

  it("'村两委' is the village committee and branch of the row that names them", async () => {
    const text = plain((await ask("柳塘镇村两委补助2024年决算数是多少")).answer);
    expect(text).toContain("312.48万元");
  });

  it("a name given in brackets after the row's own ('（村级组织运转补助）') explains itself", async () => {
    const result = await ask("柳塘镇对村民委员会和村党支部的补助（也就是村级组织运转经费）决算多少");
    expect(result.status).toBe("answered");
    expect(plain(result.answer)).toContain("312.48万元");
  });
});

describe("last year and its change asked together after this year's figure", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/tongshan-sfj-2025-yusuan.mht"]);

  it("'那去年呢？减了百分之多少？' is the change on last year, with last year's figure", async () => {
    const text = plain((await ask("普法宣传这一项今年安排了多少", "上年呢？降了百分之多少")).answer);
    expect(text).toContain("30.00万元");
    expect(text).toContain("13.33%");
  });
});

describe("the people in post as a share of the establishment", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/tongxi-jyj-2025-yusuan.pdf"]);

  it("is in-post over posts, not the vacancies' share", async () => {
    const text = plain((await ask("教体局编制和实有人数相差几个？在职人数占编制数的比例是多少")).answer);
    expect(text).toContain("121人");
    expect(text).toContain("94.86%");
  });
});
