import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Documents written for the tests, values read off their pages:
 * - ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt: line 159 (表三 部门支出总表) "合 计 13,721.24 7,632.18
 *   6,089.06"; line 185 (表五 一般公共预算支出表) "合计 12484.84 6482.18 6002.66"; line 282 "项目支出6,089.06万元，
 *   占44.38%".
 * - ingest/fixtures/unseen/xiuyan-zrzyj-2025-yusuan.ods page 10 (表4 财政拨款收支总表): "收入总计 2712.62", "支出总计
 *   2712.62"; 表1 本年支出合计 2761.42.
 * - ingest/fixtures/unseen/jiangmen-mzj-2025-yusuan.txt: line 398 (附表10) "高龄老人津贴 … 1,960.00"; line 501
 *   "（三）高龄老人津贴项目。2025年预算1,960.00万元，…预计惠及老年人约3.2万人"; line 81 "实有在职人员158人".
 * - ingest/fixtures/unseen/wuzhong-swj-2025-yusuan.docx, rendered with LibreOffice: page 18 (the 水保站's own part)
 *   "水土保持动态监测项目72.40万元"; page 11 "防汛（项）68.00万元…2024年年初预算60.00万元，全年执行数72.35万元
 *   （含汛期追加应急度汛资金）".
 *   PDF page 5 (printed 第4页), 表5 一般公共预算支出表: "合计 2021.73 | 1315.63 | 706.10"; 表1 本年支出合计 2,333.73.
 * Computed by hand: 1960.00万元 ÷ 32000人 = 612.50元; 72.35 ÷ 60.00 = 120.58 %; 706.10 ÷ 2021.73 = 34.93 %.
 */
const health = useFilesEngine(["ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt"]);
const land = useFilesEngine(["ingest/fixtures/unseen/xiuyan-zrzyj-2025-yusuan.ods"]);
const civil = useFilesEngine(["ingest/fixtures/unseen/jiangmen-mzj-2025-yusuan.txt"]);
const water = useFilesEngine(["ingest/fixtures/unseen/wuzhong-swj-2025-yusuan.docx"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("one fund's part of a spending said after it", () => {
  it("reads the part in that fund's own table, without the all-funds share", async () => {
    const r = await health.ask("卫健局2025年的项目支出里面，一般公共预算拨款安排了多少？");
    expect(r.status).toBe("answered");
    const answer = plain(r.answer);
    expect(answer.split("\n")[0]).toContain("6002.66万元");
    // The narrative's 44.38 % is the all-funds 6,089.06's share, not this figure's.
    expect(answer).not.toContain("44.38%");
  });

  it("is a follow-up too", async () => {
    const r = await health.ask("卫健局今年基本支出、项目支出分别多少", "项目支出当中一般公共预算拨款是多少");
    expect(plain(r.answer).split("\n")[0]).toContain("6002.66万元");
  });

  it("still reads a fund's share of the spending as a share", async () => {
    const r = await health.ask("卫健局2025年支出合计里一般公共预算拨款占多少");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("%");
  });
});

describe("a fund said first, then the question", () => {
  it("reads the part and its whole in that fund's table", async () => {
    const r = await water.ask("只看一般公共预算拨款的话，水务局项目支出占比多少？");
    const answer = plain(r.answer);
    expect(answer.split("\n")[0]).toContain("34.93%");
    expect(answer).toContain("2021.73万元");
    // (The all-funds total is another scope, said as such, not a misprint.)
    expect(answer).not.toMatch(/2333\.73万元[^。]*不一致/);
  });
});

describe("a total's name with the budget word inside it", () => {
  it("'财政拨款收支预算总额' is the appropriation table's total", async () => {
    const r = await land.ask("岫岩自然资源局2025年财政拨款收支预算总额多少");
    expect(plain(r.answer).split("\n")[0]).toContain("2712.62万元");
    expect(plain(r.answer).split("\n")[0]).not.toContain("2761.42");
  });
});

describe("a project named with a word of its middle left out", () => {
  it("is found by its opening and its end", async () => {
    const r = await civil.ask("江门民政局高龄津贴今年预算多少钱");
    expect(r.status).toBe("answered");
    expect(plain(r.answer).split("\n")[0]).toContain("1960.00万元");
  });
});

describe("money per person among people the asker counts", () => {
  it("divides the project's money among them, not among the bureau's staff", async () => {
    const r = await civil.ask("高龄津贴据说覆盖大约3.2万人，摊到每个人头上一年多少钱？");
    expect(r.status).toBe("answered");
    const answer = plain(r.answer);
    expect(answer).toContain("612.50元");
    expect(answer).not.toContain("158人");
  });

  it("refuses the whole bureau's spending over a crowd that is not its staff", async () => {
    const r = await civil.ask("按3万人算，民政局人均支出多少");
    expect(r.status).toBe("not_found");
    expect(plain(r.answer)).toContain("不是");
  });
});

describe("a subordinate body's project named in the department's document", () => {
  it("is the body's own project, not the subject row its name begins with", async () => {
    const r = await water.ask("水保站那个水土保持动态监测项目安排了多少");
    expect(plain(r.answer).split("\n")[0]).toContain("72.40万元");
    expect(plain(r.answer)).not.toContain("98.90");
  });
});

describe("last year's spending stated in this year's budget", () => {
  it("is called what the sentence calls it, with what it says the spending includes", async () => {
    const r = await water.ask("防汛2024年年初预算和全年执行数分别多少，执行率呢");
    const answer = plain(r.answer);
    expect(answer).toContain("60.00万元");
    expect(answer).toContain("72.35万元");
    expect(answer).toContain("120.58%");
    expect(answer).toContain("含汛期追加应急度汛资金");
    expect(answer).not.toContain("预计执行数");
  });
});
