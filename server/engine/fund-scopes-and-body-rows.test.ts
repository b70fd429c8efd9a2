import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * One row read on two fund scopes, and the rows of a department's subordinate bodies; asked in our
 * own words, values read off the documents as printed:
 * - ingest/fixtures/unseen/linxi-scjg-2023-juesuan.pdf: page 9 (公开03表, 万元) "2013850 事业运行 1,386.52";
 *   page 13 (公开05表) "2013850 事业运行 … 1,204.37".
 * - ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf (元): page 16 (表1-2) "2080208 基层政权建设和社区治理
 *   5,566,200.00"; page 19 (表3) "208 02 08 基层政权建设和社区治理 5,386,200.00"; page 20 (表3) "212 01 04
 *   城管执法 4,106,300.00 2,156,300.00 1,837,600.00 318,700.00 1,950,000.00"; page 25 (表6) the project
 *   "社区公共空间运营项目" charged to 2080208, 180,000.00.
 * - ingest/fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx (万元): 表二 "2130106 科技转化与推广服务 157 145 … 其他收入
 *   12"; 表三 157; 表五 145.
 * - ingest/fixtures/unseen/shaanxi-tyj-2024-yusuan.pdf (元): page 14 (附表2 部门收入总表, by body) 合计 619,354,710,
 *   "317002 陕西省体育训练中心 195,146,150", "317006 陕西省体育彩票管理中心 73,217,890 … 政府性基金拨款
 *   68,240,000"; page 27 (附表11) 政府采购 合计 34,150,000; the narrative (page 10) "政府采购预算总额3,415.00万元";
 *   page 22 (附表7, rows by year) "2023 年预算数 2,770,000", "2024 年预算数 … 运行维护费 1,086,000"; page 11 "2023 年“三公”
 *   经费预计执行数为251.36万元"; page 15 (附表3 部门支出总表) 合计 619,354,710, 基本支出 小计 184,374,710, 人员经费
 *   163,199,730, 公用经费 21,174,980; page 21 (附表6) "30231 公务用车运行维护费 862,000"; page 4 "部门预算编制人数共计
 *   698名，其中：行政编制86名…实有在职人员653人".
 * - ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf (pdftotext): "2025 年一般公共预算安排“三公”经费 11.00 万元，
 *   比 2024 年预算 12.40 万元减…"; "2024 年“三公”经费预算 12.40 万元，全年预计执行 11.62 万元".
 * - ingest/fixtures/unseen/lixi-slj-2023-juesuan.xlsx: 表10 "（一）政府采购支出总额 | 万元 | 1463.72 | 1846.3" (上年数,
 *   本年数), the kinds for 2023 only.
 */
describe("one row on two fund scopes", () => {
  describe("a final account in 万元", () => {
    const { ask } = useFilesEngine(["ingest/fixtures/unseen/linxi-scjg-2023-juesuan.pdf"]);

    it("all funds against the general budget: the row in each scope's table and the gap, no unit total", async () => {
      const text = plain(
        (await ask("事业运行这一项按全部资金和按一般公共预算拨款口径分别多少，差多少？")).answer,
      );
      expect(text).toContain("1386.52万元");
      expect(text).toContain("1204.37万元");
      expect(text).toContain("182.15万元");
      // The general budget's income total (10109.95) is no figure of the row.
      expect(text).not.toContain("10109.95");
    });
  });

  describe("a budget in 元", () => {
    const { ask } = useFilesEngine(["ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf"]);

    it("the gap is the row's, not a project charged to it (a part, no disagreement)", async () => {
      const text = plain((await ask("基层政权建设和社区治理全口径和一般公共预算口径相差多少？")).answer);
      expect(text).toContain("556.62万元");
      expect(text).toContain("538.62万元");
      expect(text).toContain("18.00万元");
      expect(text).not.toContain("520.62");
    });

    it("a row's basic-spending subtotal is a part of the row, never another value of it", async () => {
      const text = plain((await ask("城管执法预算多少？")).answer);
      expect(text).toContain("410.63万元");
      expect(text).not.toContain("不一致");
    });
  });

  describe("a budget workbook in 万元", () => {
    const { ask } = useFilesEngine(["ingest/fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx"]);

    it("the gap between the scopes is the row's other income in the income table, when it adds up", async () => {
      const text = plain((await ask("科技转化与推广服务2025年预算多少？")).answer);
      expect(text).toContain("157.00万元");
      expect(text).toContain("145.00万元");
      expect(text).toMatch(/两种口径相差 12\.00万元.*其他收入 12\.00万元/);
    });
  });
});

describe("a provincial bureau's subordinate bodies, in its table by body (元)", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/shaanxi-tyj-2024-yusuan.pdf"]);

  it("a lottery centre goes by 体彩中心, and its row is read", async () => {
    const result = await ask("体彩中心今年政府性基金拨款多少？");
    expect(result.status).toBe("answered");
    const text = plain(result.answer);
    expect(text).toContain("6824.00万元");
    expect(text).toContain("68240000元");
    // The table is named without the unit and year just said.
    expect(text).not.toMatch(/年度陕西省体育局2024年/);
  });

  it("a body's share of the department is over its table's own 合计 row", async () => {
    const text = plain((await ask("体育训练中心的收入在全局收入里占多少？")).answer);
    expect(text).toContain("31.51%");
    expect(text).toContain("61935.47万元");
  });

  it("a narrative figure that a 元 table prints too shows the table's printing", async () => {
    const text = plain((await ask("体育局政府采购预算总共多少钱？")).answer);
    expect(text).toContain("3415.00万元");
    expect(text).toContain("表中列为34150000元");
  });
});

describe("last year's figures in a budget, and parts a document does not print", () => {
  describe("a provincial budget", () => {
    const { ask } = useFilesEngine(["ingest/fixtures/unseen/shaanxi-tyj-2024-yusuan.pdf"]);

    it("last year's budget (its table's year row) against last year's expected spending", async () => {
      const result = await ask("2023年的三公经费预计执行了多少？占当年预算的百分之几？");
      expect(result.status).toBe("answered");
      const text = plain(result.answer);
      expect(text).toContain("277.00万元");
      expect(text).toContain("251.36万元");
      expect(text).toContain("90.74%");
      // The budget's change on last year is on last year's budget, never set against the execution.
      expect(text).not.toContain("互不相符");
    });
  });

  describe("a street office's budget", () => {
    const { ask } = useFilesEngine(["ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf"]);

    it("'那去年呢' after this year's budget: last year's execution with last year's budget beside it", async () => {
      const text = plain((await ask("街道今年三公经费多少？", "那去年呢？")).answer);
      expect(text).toContain("11.62万元");
      expect(text).toContain("12.40万元");
    });
  });

  describe("a final account whose attachment prints last year's procurement total only", () => {
    const { ask } = useFilesEngine(["ingest/fixtures/unseen/lixi-slj-2023-juesuan.xlsx"]);

    it("last year's goods, works and services are refused, the total named as the closest figure", async () => {
      const result = await ask("2022年水利局政府采购分货物、工程、服务各多少？");
      expect(result.status).toBe("not_found");
      expect(plain(result.answer)).toContain("1463.72万元");
    });
  });
});

describe("a provincial budget's tables named, and averages of 元 tables", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/shaanxi-tyj-2024-yusuan.pdf"]);

  it("the 部门支出总表's 人员经费 and 公用经费 (all funds), not the general budget's basic table", async () => {
    const text = plain((await ask("部门支出总表里基本支出有多少，人员经费和公用经费各多少？")).answer);
    expect(text).toContain("184374710元");
    expect(text).toContain("163199730元");
    expect(text).toContain("21174980元");
  });

  it("a table's name is where a figure is read, no figure of its own", async () => {
    const text = plain((await ask("三公经费表里的公车运行维护费比基本支出表里的多多少？")).answer);
    expect(text).toContain("108.60万元");
    expect(text).toContain("86.20万元");
    expect(text).toContain("22.40万元");
  });

  it("an average of amounts the tables print in 元 is said in 元 too, over the staffing stated with 共计", async () => {
    const text = plain((await ask("人员经费按在职人数平均每人多少？")).answer);
    expect(text).toContain("249923.02元/人");
    expect(text).toContain("698人");
    expect(text).not.toContain("86人");
  });
});
