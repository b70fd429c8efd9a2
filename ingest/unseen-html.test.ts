import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A final account written for these tests as a portal page (eval/gold/unseen-html/NOTES.md): 龙岩市住房和
 * 城乡建设局 2024年度部门决算, saved from the site in GBK. Read off the page as Chromium prints it:
 * - 表5 一般公共预算财政拨款支出决算表, split by the site into two tables with the header repeated:
 *   合计 年初预算数 4962.80 / 1942.20 / 3020.60, 决算数 6127.13 / 2013.76; in the second part
 *   2210107 保障性住房租金补贴 年初预算数 1300.00, 决算数 1248.36;
 * - 七（二）2: "公务用车购置费全年预算为18.00万元（年初预算未安排，年中经市财政局批准追加），支出决算为
 *   17.86万元…；上年决算为0万元";
 * - 七（一）: "…比上年决算增加15.47万元…决算数大于上年决算数的主要原因是：按规定更新购置1辆超过使用年限的
 *   执法执勤用车";
 * - its writer's planted slips: 表3 21201 城乡社区管理事务 本年支出合计 1721.25 where its parts add up to
 *   1720.25, and the narrative's 保障性住房租金补贴 1284.36 where 表5 prints 1248.36.
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/longyan-zjj-2024-juesuan.html", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "longyan-zjj-2024-juesuan",
  file: "ingest/fixtures/unseen/longyan-zjj-2024-juesuan.html",
  hash: "test",
  text: read.text,
});
const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);

describe("an unseen Fujian city final account as a GBK portal page: 龙岩市住房和城乡建设局 2024年度部门决算", () => {
  it("reads the article, not the site around it", () => {
    expect(doc.info.unit).toBe("龙岩市住房和城乡建设局");
    expect(doc.info.year).toBe(2024);
    expect(read.text).not.toMatch(/ICP备|网站标识码|浏览次数/);
  });

  it("one table split in two by the site is one table, both parts read", () => {
    const cell = (code: string, column: string) =>
      doc.facts.find((f) => f.table === "05" && f.rowCode === code && f.column === column)?.value;
    expect(cell("2210107", "年初预算数 / 合计")).toBe("1300.00");
    expect(cell("2210107", "决算数 / 合计")).toBe("1248.36");
  });

  it("the tables' cross checks read the spending columns beside the budget's", () => {
    expect(
      failed.filter((message) => /一般公共预算财政拨款支出”在两张表中|人员经费、公用经费合计/.test(message)),
    ).toEqual([]);
  });

  it("'上年决算为0万元' after this year's figure is last year's; the aside before the figure is no basis", () => {
    const stated = doc.facts.filter((f) => !f.table && f.row === "公务用车购置费" && /元$/.test(f.measure));
    expect(stated.map((f) => [f.column, f.period ?? 2024, f.value])).toEqual([
      ["全年预算数", 2024, "18"],
      ["决算数", 2024, "17.86"],
      ["决算数", 2023, "0"],
    ]);
  });

  it("the reason for the change on last year explains the change, not the vehicle count inside it", () => {
    const change = doc.facts.find((f) => !f.table && f.row === "三公经费" && f.column === "比上年增减额");
    expect(change?.value).toBe("15.47");
    expect(change?.reason).toMatch(/^按规定更新购置1辆/);
  });

  it("finds both planted errors", () => {
    expect(failed.some((message) => /城乡社区管理事务.*1721\.25.*1720\.25/.test(message))).toBe(true);
    expect(failed.some((message) => /保障性住房租金补贴.*1248\.36.*1284\.36/.test(message))).toBe(true);
  });
});
