import { describe, expect, it } from "vitest";
import { useFilesEngine, useSampleEngine } from "../testing/sample-engine.js";

/**
 * Documents written for the tests, values read off their pages as LibreOffice renders them:
 * - ingest/fixtures/unseen/ruyang-zrzyj-2025-yusuan.xls (汝阳县自然资源局 2025年部门预算):
 *   page 19, 表10 项目支出绩效目标表, a project a row with its 实施单位 and 预算金额: 汝阳县土地储备中心 carries
 *   土地开发整理及新增耕地项目 420.00, 土地出让前期业务经费 185.00, 存量土地盘活及储备地块管护项目 95.00 and
 *   国有土地收益基金农村土地整治项目 160.00; the largest of the ten; 合计 1,418.20. Page 14, 表5 (一般公共预算)
 *   合计 项目支出 558.20. Page 3: "与2024年部门预算3015.46万元相比，2025年收支预算增加226.53万元，增长
 *   7.51%". Page 7: "共有车辆9辆". Page 5: 事业运行（项）（2200150）"2025年预算数为812.34万元，比2024年预算数
 *   798.66万元增加13.68万元，增长1.71%", 表3 (all funds) printing that row 857.34.
 * - ingest/fixtures/unseen/mudanjiang-swj-2025-yusuan.doc (牡丹江市水务局 2025年部门预算), page 10: the
 *   river project's "项目总投资1,260.00万元 … 2025年预算安排410.00万元"; the levee project states its
 *   2025年预算安排860.00万元 and no total investment.
 * - data/docs 003 (株洲市人民政府办公室 2024年预算), line 42: two projects "主要用于驻京办…" of 217万 and
 *   40万元; line 37: 支出预算5311.92万元.
 * Computed by hand: 420 + 185 + 95 + 160 = 860.00; 558.20 ÷ 1418.20 = 39.36 %; 217 + 40 = 257,
 * 257 ÷ 5311.92 = 4.84 %.
 */
const county = useFilesEngine(["ingest/fixtures/unseen/ruyang-zrzyj-2025-yusuan.xls"]);
const water = useFilesEngine(["ingest/fixtures/unseen/mudanjiang-swj-2025-yusuan.doc"]);
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a grid of projects under a target form's title", () => {
  it("prices each project, read by its name with a 的 put in", async () => {
    const r = await county.ask("土地出让前期的业务经费预算是多少");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("185.00万元");
    expect(r.answer).toContain("项目支出绩效目标表");
  });

  it("ranks the projects it lists, not the spending's functional classes", async () => {
    const text = plain((await county.ask("自然资源局哪个项目预算最多")).answer);
    expect(text).toContain("土地开发整理及新增耕地项目，为 420.00万元");
    expect(text).not.toContain("文件未逐项列出全部项目");
  });

  it("lists the projects a subordinate body carries, added up", async () => {
    const text = plain((await county.ask("土地储备中心名下那些项目合计多少")).answer);
    for (const amount of ["420.00万元", "185.00万元", "95.00万元", "160.00万元", "860.00万元"])
      expect(text).toContain(amount);
  });
});

describe("a fund's part of a whole", () => {
  it("is the fund's own table's figure over the whole of all funds", async () => {
    const text = plain((await county.ask("项目支出当中一般公共预算的钱占几成")).answer);
    expect(text).toContain("558.20万元");
    expect(text).toContain("1418.20万元");
    expect(text).toContain("39.36%");
  });
});

describe("a fund's basis asked after a row, with a clause of its own", () => {
  it("is still that row, last year's figure read from its sentence, not the fund's income", async () => {
    const text = plain(
      (await county.ask("事业运行今年预算多少", "那按一般公共预算的口径，上一年是多少")).answer,
    );
    expect(text).toContain("事业运行");
    expect(text).toContain("798.66万元");
    expect(text).not.toContain("拨款收入");
  });
});

describe("words that are no figure of the unit's spending", () => {
  it("an income the unit spends from, asked as the revenue, is refused", async () => {
    const r = await county.ask("汝阳县国有土地出让收入今年能收上来多少");
    expect(r.status).toBe("not_found");
  });

  it("a post's holder and pay asked in two clauses are both a person's", async () => {
    const r = await county.ask("自然资源局局长叫什么，每年工资拿多少");
    expect(r.status).toBe("not_found");
  });

  it("资源局 is the natural-resources bureau", async () => {
    expect(plain((await county.ask("资源局一共几辆车")).answer)).toContain("9辆");
  });
});

describe("the department's budget stated against last year's in a sentence of its own", () => {
  it("is the change of the year's total", async () => {
    const text = plain((await county.ask("自然资源局今年的部门预算比上年增加了多少")).answer);
    expect(text).toContain("226.53万元");
    expect(text).toContain("7.51%");
  });
});

describe("a project's total investment", () => {
  it("is the figure its paragraph states, beside the year's arrangement", async () => {
    const r = await water.ask("河道综合整治这个项目总投资是多少");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("1260.00万元");
    expect(plain(r.answer)).toContain("410.00万元");
  });

  it("is refused where no paragraph states it, the year's arrangement named as the closest", async () => {
    const r = await water.ask("堤防维修养护项目总投资是多少");
    expect(r.status).toBe("not_found");
    expect(plain(r.answer)).toContain("860.00万元");
  });
});

describe("projects one body's budget has for another, as a share of a total", () => {
  it("is their sum over the total named", async () => {
    const text = plain(
      (await ask("2024年市政府办预算中用于驻京办的项目合计多少，占部门支出合计的比例是多少")).answer,
    );
    expect(text).toContain("257.00万元");
    expect(text).toContain("5311.92万元");
    expect(text).toContain("4.84%");
  });
});
