import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Documents written for the tests, values read off their pages as pdftoppm renders them:
 * - ingest/fixtures/unseen/shibing-zjj-2024-juesuan.pdf (施秉县住房和城乡建设局 2024年度部门决算): page 8,
 *   "征地和拆迁补偿支出（2120801）：年初预算为2000.00万元，支出决算为1865.00万元，完成年初预算的93.25%";
 *   page 9, "2.施秉县城区排水管网提升改造项目。…项目自评得分88.00分" (the department's own 94.60分 before
 *   it); pages 3–4, each body's "年末实有人员": 本级 16, 住房保障服务中心 7, 质量安全监督站 9, 市政设施维护中心
 *   13, 房屋征收服务中心 5; page 5, 本年收入合计 6,913.17 of which 一般公共预算 2,215.02 and 政府性基金 4,689.50.
 * - ingest/fixtures/unseen/xiaogan-yjglj-2025-yusuan.pdf (孝感市应急管理局 2025年部门预算): page 5, 表1
 *   本年收入合计 3,771.96, 一般公共预算拨款收入 3,688.36, 上年结转 20.40, 本年支出合计 3,792.36; page 4,
 *   "实有在职人员129人".
 * - ingest/fixtures/unseen/longyan-zjj-2024-juesuan.html (龙岩市住房和城乡建设局 2024年度部门决算), 十（五）1 of the
 *   page: "1.中心城区老旧小区改造提升项目。…全年预算数1895.20万元，执行数1865.20万元，预算执行率98.42%。资金主要
 *   用于新罗区、永定区28个老旧小区的…改造…，惠及居民4380户。…项目绩效自评得分94.5分".
 * Computed by hand: 3771.96 − 3688.36 = 83.60; 3792.36 ÷ 129 = 29.398… → 29.40.
 */
const county = useFilesEngine(["ingest/fixtures/unseen/shibing-zjj-2024-juesuan.pdf"]);
const city = useFilesEngine(["ingest/fixtures/unseen/xiaogan-yjglj-2025-yusuan.pdf"]);
const housing = useFilesEngine(["ingest/fixtures/unseen/longyan-zjj-2024-juesuan.html"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an amount in the question is no year", () => {
  it("reads the row's actual against the budget the asker quotes", async () => {
    const r = await county.ask("征地拆迁补偿年初安排了2000万，最后用了多少");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("1865.00万元");
    expect(plain(r.answer)).toContain("93.25%");
  });
});

describe("a project's own numbered paragraph", () => {
  it("gives the project's score, not the department's", async () => {
    const text = plain((await county.ask("城区排水管网提升改造项目自评得了几分")).answer);
    expect(text).toContain("88");
    expect(text).not.toContain("94.60");
  });
});

describe("a project's paragraph, numbered as a list item", () => {
  it("states the project's money and score as the project's", async () => {
    const money = plain((await housing.ask("老旧小区改造提升项目全年预算多少，实际执行了多少")).answer);
    expect(money).toContain("1895.20万元");
    expect(money).toContain("1865.20万元");
    const score = await housing.ask("老旧小区改造提升项目自评几分");
    expect(plain(score.answer)).toContain("94.5分");
  });

  it("counts what the project does in the paragraph's own words, no figure of the project's read as a count", async () => {
    const r = await housing.ask("老旧小区改造提升项目一共改造了几个小区");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("28个老旧小区");
    expect(plain(r.answer)).not.toContain("94.5");
  });
});

describe("where the money comes from", () => {
  it("is the income broken down by source", async () => {
    const text = plain((await county.ask("住建局2024年本年收入由哪几块组成，各是多少")).answer);
    expect(text).toContain("6913.17万元");
    expect(text).toContain("2215.02万元");
    expect(text).toContain("4689.50万元");
  });

  it("besides the appropriations, with no whole named, is the year's income less them, the carry-in said apart", async () => {
    const text = plain((await city.ask("应急局今年除了财政拨款之外，还有多少钱")).answer);
    expect(text).toContain("83.60万元");
    expect(text).toContain("20.40万元");
  });
});

describe("a divisor named for an average", () => {
  it("divides the budget total by it", async () => {
    const text = plain((await city.ask("以在职人员计，应急局人均预算多少")).answer);
    expect(text).toContain("129人");
    expect(text).toContain("29.40万元/人");
  });
});

describe("the department's bodies ranked by their staff", () => {
  it("ranks the subordinates' year-end counts its list of bodies states", async () => {
    const text = plain((await county.ask("住建局下属事业单位里哪家年末实有人数最多")).answer);
    expect(text).toContain("施秉县市政设施维护中心，为 13人");
    expect(text).not.toContain("（本级）：");
  });
});
