import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";
import { expectFacts } from "../answer-expect.js";

/**
 * What a project is for, who runs it and for how long, read from its own write-up. Rendered
 * pages (pdftoppm -r 70): 普陀区商务委 2025 部门预算 p23 (科技创新专项经费情况说明: 一、项目概述
 * "加快推动本区企业创新驱动发展…"; 六、年度预算安排 "2025年度项目总预算1720.00万，其中各级企业技术中心
 * 及专精特新认定1720.00万"); 普陀区司法局 2026 部门预算 p23 (人民调解项目经费情况说明: 三、实施主体
 * "上海市普陀区司法局"; 五、实施周期 "2025年1月1日-2025年12月31日"; 六、年度预算安排 "795万元").
 * Each document holds several write-ups under the same headings.
 */
const { ask } = usePdfEngine([
  "putuo-swh-2025-bumen-yusuan.pdf",
  "putuo-sfj-2026-bumen-yusuan.pdf",
  "putuo-wanli-2024-bumen-yusuan.pdf",
]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a project's write-up", () => {
  it("what the money is for: the overview and the year's budget lines of that project", async () => {
    const r = await ask("普陀商务委的科技创新专项钱主要用于什么");
    const text = plain(r.answer);
    expect(text).toContain("加快推动本区企业创新驱动发展");
    expect(text).toContain("其中各级企业技术中心及专精特新认定1720.00万");
    expect(text).not.toContain("首店");
  });

  it("asked in a follow-up after its amount", async () => {
    const r = await ask("普陀商务委科技创新专项安排了多少钱", "这笔钱具体用到哪");
    expect(plain(r.answer)).toContain("专精特新认定");
  });

  it("“支持什么” asks what the project funds (and 专项支持 is never read as 项目支出)", async () => {
    const r = await ask("普陀商务委科技创新专项主要支持哪些");
    expect(plain(r.answer)).toContain("专精特新认定");
    expect(r.plan.metrics).toEqual([{ type: "project", name: "科技创新专项" }]);
  });

  it("“它支持什么” after a figure is about that figure, not a project named with 支持", async () => {
    const r = await ask("普陀商务委科技条件专项2025年预算多少", "那它具体支持什么");
    expect(r.plan.metrics).toEqual([{ type: "subject", code: "2060503", name: "科技条件专项" }]);
    expect(r.answer).not.toContain("支持外贸发展");
  });

  it("who carries it out and for how long, each under its own heading", async () => {
    const r = await ask("普陀司法局的人民调解项目由谁实施，实施周期多长时间");
    const text = plain(r.answer);
    expect(text).toContain("上海市普陀区司法局");
    expect(text).toContain("2025年1月1日-2025年12月31日");
    expectFacts(r, "795.00万元");
  });

  it("in the order asked, the period said as 实施期", async () => {
    const r = await ask("普陀司法局人民调解项目实施期有多长？谁来实施？");
    const text = plain(r.answer);
    const period = text.indexOf("2025年1月1日-2025年12月31日");
    expect(period).toBeGreaterThan(0);
    expect(text.indexOf("实施主体")).toBeGreaterThan(period);
  });
});

describe("where a project is built", () => {
  // 万里街道 2024 部门预算 p33 (项目经费情况说明, 一、项目概况): "…万里街道社区公共服务中心新建工程，位于
  // 普陀区真金路与交通路路口…"; 六、年度预算安排 lists four quarters of 158.05万元 each.
  it("quotes the overview that says where, and no quarter's plan as the project's amount", async () => {
    const r = await ask("万里街道那个社区服务中心新建工程在哪个路口");
    const text = plain(r.answer);
    expect(text).toContain("位于普陀区真金路与交通路路口");
    expect(text).not.toMatch(/新建工程：158\.05万元/);
  });
});

describe("a part of a project's split, then its share", () => {
  // p24 (生命健康专项（政策资金）经费情况说明, 六、年度预算安排): "2025年度项目总预算1170.00万，其中支持企业
  // 规模化发展870.00万…". 870 ÷ 1170 = 74.36 %.
  it("the share asked last is the part's of the project", async () => {
    const r = await ask("商务委生命健康专项安排了多少", "支持企业规模化发展这一块是多少", "那占多少");
    expect(plain(r.answer)).toContain("870 ÷ 1170 = 74.36%");
  });

  // 司法局 p23, 四、实施方案: "1.与区人民调解协会签订《普陀区司法局购买人民调解服务合同》，委托其提供专业服务…".
  it("who does it: the body in charge, and the plan naming the body the work is bought from", async () => {
    const r = await ask("司法局人民调解项目一年多少钱，谁来做");
    const text = plain(r.answer);
    expect(text).toContain("上海市普陀区司法局");
    expect(text).toContain("与区人民调解协会签订");
  });

  // 商务委 p23, 二、立项依据: "1、《普陀区服务企业发展工作实施意见》（普投资规范〔2023〕1号）。2、《普陀区支持科技
  // 创新实施意见》（普科合规范〔2023〕3号）。" — the first item is read as the section's sub-heading.
  it.each(["司法局的人民调解经费是怎么花出去的", "人民调解项目的钱通过什么方式使用"])(
    "%s: how the money goes out is the plan, naming whom the work is bought from",
    async (question) => {
      const text = plain((await ask(question)).answer);
      expect(text).toContain("与区人民调解协会签订《普陀区司法局购买人民调解服务合同》");
    },
  );

  it("what it rests on: every listed document, the one read as a heading too", async () => {
    const r = await ask("商务委科技创新专项依据的是哪些文件");
    const text = plain(r.answer);
    expect(text).toContain("《普陀区服务企业发展工作实施意见》");
    expect(text).toContain("《普陀区支持科技创新实施意见》");
  });
});

describe("when a project is carried out", () => {
  it("is its 实施周期, with a note when the period names other years than the budget's", async () => {
    const text = plain((await ask("司法局的人民调解项目何时开始实施")).answer);
    expect(text).toContain("2025年1月1日-2025年12月31日");
    expect(text).toContain("与本预算所属年度（2026年）不一致");
  });
});

describe("a project split by purpose", () => {
  // 商务委 p26 (贸易高质量发展专项（政策资金）经费情况说明): 一、项目概述 "推动本区贸易高质量发展，完成经济指标任务。";
  // 六、年度预算安排 "2025年度项目总预算2921.00万，其中支持外贸发展370.00万，支持商销稳增长30.00万，区级支持总部
  // 经济1106.00万，市级支持总部经济1262.00万，进博会推进专项153.00万".
  it("“分给了哪些方向” lists the stated parts: the directions, not the recipients the documents never name", async () => {
    const r = await ask("商务委贸易高质量发展专项那笔钱都分给了哪些方向");
    expectFacts(r, "370.00万元 30.00万元 1106.00万元 1262.00万元 153.00万元");
    expect(r.answer).not.toContain("受益单位");
  });

  it("a part's use is its project's write-up, said to be the project's", async () => {
    const text = plain((await ask("商务委进博会推进专项的钱用来干什么")).answer);
    expect(text.split("\n")[0]).toContain("进博会推进专项是贸易高质量发展专项的一部分");
    expect(text).toContain("推动本区贸易高质量发展");
  });

  it("the events a part paid for, each with its amount, are not disclosed: refused, its total named", async () => {
    const r = await ask("进博会推进专项那153万都办了哪几场活动，各花了多少");
    expect(r.answer).toContain("文件没有每场活动的名称和各自金额");
    expectFacts(r, "153.00万元");
  });

  // p26, 二、立项依据: "1、《普陀区加快贸易高质量发展实施意见》（普商务规范〔2023〕3号）。" then "2、…", "3、…": the
  // first item heads nothing (the next item follows it at once), and is kept all the same.
  it("what it rests on: the first listed document too, though it heads no text of its own", async () => {
    const text = plain((await ask("商务委贸易高质量发展专项是依据哪些文件立项的")).answer);
    expect(text).toContain("1、《普陀区加快贸易高质量发展实施意见》（普商务规范〔2023〕3号）");
    expect(text).toContain("《上海市跨国公司地区总部发展资金管理办法》");
    expect(text).not.toMatch(/\n> \n/);
  });

  it("a section two of the question's aspects point to is quoted once", async () => {
    const text = plain((await ask("商务委贸易高质量发展专项都用在哪些方面")).answer);
    expect(text.split("推动本区贸易高质量发展，完成经济指标任务").length - 1).toBe(1);
  });
});
