import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*|\[\d+\]/g, "");

/**
 * An amount over the number of things its sentence says it is for. Read off the text export
 * (ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt, line 292): "乡镇卫生院（项）4,128.45万元，主要用于
 * 10个乡镇卫生院人员经费、公用经费和服务能力提升".
 */
describe("an amount over the things it is for, and over the months", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt"]);

  it("divides by the count the sentence states, formula shown", async () => {
    const text = plain(
      (await ask("鼎城区卫健局安排给乡镇卫生院的一般公共预算，平均每个卫生院是多少")).answer,
    );
    expect(text).toContain("平均每个 412.85万元/个");
    expect(text).toContain("4128.45 ÷ 10 = 412.85");
  });

  it("reads 每个月 as months, and a figure printed with a thousands separator whole", async () => {
    const text = plain((await ask("卫健局的乡镇卫生院平均每个月要花多少钱")).answer);
    expect(text).toContain("4128.45 ÷ 12 = 344.04");
    expect(text).not.toMatch(/412\.85|(?<![\d,])128\.45/);
  });
});

/**
 * A budget with a carry-in, its income by body on two pages (ingest/fixtures/unseen/xiaogan-yjglj-2025-
 * yusuan.pdf, read off the rendered pages): page 5, 表1 "本年收入合计 3,771.96", "上年结转 20.40", "收入总计
 * 3,792.36"; page 8–9, 表3 合计 项目支出 1268.50; page 11, 表5 合计 项目支出 1176.50; pages 6–7, 表2 "115003 孝感市应急救援保障中心 … 上年结转 20.40", "115004 孝感市地震监测中心 342.60".
 */
describe("this year's income, the carry-in beside it, and a body's row of both", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/xiaogan-yjglj-2025-yusuan.pdf"]);

  it("breaks down this year's income and says the carry-in and the 总计 after it, no conflict claimed", async () => {
    const text = plain((await ask("孝感应急局今年的钱是从哪几个口子来的")).answer);
    expect(text).toContain("收入合计预算为 3771.96万元");
    expect(text).toContain("此外上年结转 20.40万元（不属本年收入合计），与之相加即收支总计 3792.36万元");
    expect(text).not.toContain("不一致");
  });

  it("answers a body's carry-in from its row of the income table", async () => {
    const reply = await ask("应急救援保障中心带进今年的上年结转是多少");
    expect(reply.status).toBe("answered");
    expect(plain(reply.answer)).toContain("上年结转 20.40万元");
  });

  it("sets apart the part of the project spending no general-budget money pays (表3 1268.50 against 表5 1176.50)", async () => {
    const text = plain((await ask("孝感应急局项目支出当中，非一般公共预算资金占的比重是多少")).answer);
    expect(text).toContain("1268.5 − 1176.5 = 92.00");
    expect(text).toContain("92 ÷ 1268.5 = 7.25%");
  });

  it("sets a body's row against the department's 收入总计", async () => {
    const text = plain((await ask("地震监测中心的收入在全局收入总计里占几成")).answer);
    expect(text).toContain("342.6 ÷ 3792.36 = 9.03%");
  });
});

/**
 * A county bureau's final accounts as OFD (ingest/fixtures/unseen/huaining-rsj-2024-juesuan.ofd, read off
 * its XML): 公开05表 "20807 | 就业补助 | … | 568.60" beside "2080799 | 其他就业补助支出 | … | 65.27"; 公开09表
 * 公务用车运行维护费 决算数 6.84 and the narrative's "开支财政拨款的公务用车保有量为3辆"; a paragraph "（一）
 * 职业技能提升行动补贴项目。该项目…项目绩效自评得分91.50分".
 */
describe("a 款 asked with 支出 after its name, a car's running cost by fund, a project's paragraph score", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/huaining-rsj-2024-juesuan.ofd"]);

  it("reads 就业补助支出 as the 款 就业补助, not the catch-all 项 that contains the words", async () => {
    const text = plain((await ask("怀宁县人社局决算里就业补助支出一共多少")).answer);
    expect(text).toContain("就业补助（20807）");
    expect(text).toContain("568.60万元");
    expect(text).not.toContain("2080799");
  });

  it("reads 财政拨款 paying for the cars as a qualifier, not an amount to divide", async () => {
    const text = plain((await ask("只算财政拨款安排的那几辆车，一辆车一年运行维护费平均下来多少")).answer);
    expect(text).toContain("6.84 ÷ 3 = 2.28万元/辆");
  });

  it("gives a project's score from the paragraph that opens on its name", async () => {
    const text = plain((await ask("职业技能提升行动补贴项目自评打了几分")).answer);
    expect(text).toMatch(/职业技能提升行动补贴项目绩效自评得分为 91\.50?分/);
  });
});

/** The all-funds 部门支出总表 named (xiaogan, page 8): "2240150 | 事业运行 | 590.10"; 表5 (page 11) prints 545.10. */
describe("a table named by its 总表 title", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/xiaogan-yjglj-2025-yusuan.pdf"]);

  it("reads the row from the 部门支出总表, not the general budget's table", async () => {
    const text = plain((await ask("按部门支出总表，2240150这一行合计多少")).answer);
    expect(text).toContain("590.10万元");
  });
});
