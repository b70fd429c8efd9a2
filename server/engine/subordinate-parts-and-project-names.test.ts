import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Documents written for the tests, values read off their pages:
 * - ingest/fixtures/unseen/wuzhong-swj-2025-yusuan.docx (吴忠市水务局 2025年部门预算 含所属单位预算), rendered
 *   to PDF with LibreOffice (PDF page numbers): page 7 (表7) "合计 40.90 … 建管中心 23.90"; page 16 the 建管中心's
 *   own 三公 table "23.90"; page 17 (单位表2-1/2-2, 吴忠市水土保持监测站) "本年支出合计 300.06", "2130350 事业运行
 *   138.93", "核定事业编制15名，实有在职人员14人"; page 19 (单位表3-1, 吴忠市水利科学研究所) "一般公共预算拨款收入
 *   202.26", "事业收入 52.00", "本年收入合计 254.26"; page 3 "吴忠市水土保持监测站（以下简称“水保站”…）".
 * - ingest/fixtures/unseen/huzhou-nyncj-2025-yusuan.pdf (湖州市农业农村局 2025年部门预算): page 7 (表3)
 *   "21301 农业农村 17458.94 | 3482.89 | 14003.05"; page 12 (表7) "2024年预算数 51.10", "2025年预算数 63.70",
 *   "增减额 12.60".
 * - ingest/fixtures/unseen/xiwuqi-zrzyj-2025-yusuan.txt line 705: "征地和拆迁补偿支出（2120801）1260.00万元，比上年
 *   预算980.00万元增加280.00万元"; its 项目支出表 lists the project "征地和拆迁补偿 … 1,260.00".
 * - ingest/fixtures/unseen/lixi-slj-2023-juesuan.xlsx (澧溪县水利局 2023年度部门决算): 表4 "本年支出合计 …
 *   2,751.95" (政府性基金); 概况 "青龙潭水库管理所…实有16人", "白石冲水库管理所…实有9人", "牛角湾水库管理所…实有8人".
 * - ingest/fixtures/unseen/wuzhou-jtysj-2024-juesuan.htm, wuzhou-jtysj-2025-yusuan.htm (梧州市交通运输局): the 2025
 *   budget's 三公 table "2025年预算数 … 公务接待费 55,000.00" (元); the budget's 部门概况 二: "局机关内设办公室、
 *   政策法规科、…、人事科共8个内设机构".
 * - ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt line 359–360: "3.乡镇卫生院服务能力提升项目 / 预算金额：
 *   860.00万元；实施期：2025年3月1日至2026年6月30日", and its 数量指标 line "改造规范化发热诊室4个".
 * - ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md line 772: "大运河（济宁段）文物保护与考古调查项目。…
 *   实施周期为2025年1月至2027年12月（三年）".
 * - ingest/fixtures/unseen/qinyuan-zrzyj-2024-juesuan.odt page 23: "沁源县国土空间总体规划（2021—2035年）编制项目。
 *   项目实施周期为2023年7月至2025年6月".
 * - ingest/fixtures/unseen/ruyang-zrzyj-2025-yusuan.xls line 111: "（2）土地开发整理及新增耕地项目。预算420.00万元，…
 *   实施单位为汝阳县土地储备中心，实施期限为2025年3月至2026年6月（跨年度实施）。计划新增耕地面积不少于600亩".
 * - ingest/fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx, 情况说明 十一: "2025年高标准农田建设县级配套资金…实施期限为
 *   2025年1月至2026年12月".
 * - ingest/fixtures/unseen/yancheng-sthjj-2023-juesuan.pdf page 22: "2023年度共发生国内公务接待72批次、486人次（上年为
 *   65批次、412人次），主要用于…公务活动。本部门无外事接待。"
 * Computed by hand: 12.60 ÷ 51.10 = 24.66 %; 23.90 ÷ 40.90 = 58.44 %; 300.06 − 254.26 = 45.80; 3482.89 + 14003.05 = 17485.94;
 * 16 + 9 + 8 = 33; 55,000.00元 = 5.50万元.
 */
const bureau = useFilesEngine(["ingest/fixtures/unseen/wuzhong-swj-2025-yusuan.docx"]);
const farm = useFilesEngine(["ingest/fixtures/unseen/huzhou-nyncj-2025-yusuan.pdf"]);
const water = useFilesEngine(["ingest/fixtures/unseen/lixi-slj-2023-juesuan.xlsx"]);
const transport = useFilesEngine([
  "ingest/fixtures/unseen/wuzhou-jtysj-2024-juesuan.htm",
  "ingest/fixtures/unseen/wuzhou-jtysj-2025-yusuan.htm",
]);
const health = useFilesEngine(["ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt"]);
const culture = useFilesEngine(["ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md"]);
const land = useFilesEngine(["ingest/fixtures/unseen/qinyuan-zrzyj-2024-juesuan.odt"]);
const resources = useFilesEngine(["ingest/fixtures/unseen/ruyang-zrzyj-2025-yusuan.xls"]);
const farming = useFilesEngine(["ingest/fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx"]);
const banner = useFilesEngine(["ingest/fixtures/unseen/xiwuqi-zrzyj-2025-yusuan.txt"]);
const environment = useFilesEngine(["ingest/fixtures/unseen/yancheng-sthjj-2023-juesuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a department's document that prints its subordinate bodies' own budgets", () => {
  it("answers a body by its short name from its own part", async () => {
    const r = await bureau.ask("水保站今年事业运行这一项预算是多少？");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("138.93万元");
    expect(plain(r.answer)).not.toContain("480.07");
  });

  it("reads a body's income from its own table and its staff from its own part", async () => {
    const income = plain((await bureau.ask("水科所今年的钱从哪来？")).answer);
    for (const figure of ["254.26万元", "202.26万元", "52.00万元"]) expect(income).toContain(figure);
    const staff = plain((await bureau.ask("水土保持监测站有多少编制，实际在岗多少人？")).answer);
    expect(staff).toContain("15人");
    expect(staff).toContain("14人");
  });

  it("compares two bodies and sets one against the whole department", async () => {
    const gap = plain((await bureau.ask("水保站和水科所今年的支出预算相差多少？")).answer);
    expect(gap).toContain("45.80万元");
    const share = plain((await bureau.ask("建管中心的三公经费占全局三公经费的比重是多少？")).answer);
    expect(share).toContain("58.44%");
  });

  it("keeps the department's own figures free of its bodies' parts", async () => {
    const r = await bureau.ask("水务局三公经费预算多少");
    const text = plain(r.answer);
    expect(text).toMatch(/“三公”经费[^。]*40\.90万元/);
    // (A body's own 三公 total is no second printing of the department's.)
    expect(text).not.toContain("前后写法不一");
  });
});

describe("a row's total checked by its columns, and a fund's spending of the year", () => {
  it("adds the row's own 基本 and 项目 cells, not the department's", async () => {
    const r = await farm.ask("支出预算表里“农业农村”这一款的合计数，用基本支出加项目支出核一下是多少？");
    const text = plain(r.answer);
    expect(text).toContain("17485.94万元");
    expect(text).not.toContain("4666.48");
  });

  it("gives the row's total from the same table as its cells", async () => {
    const text = plain((await farm.ask("农业农村这一款的基本支出和项目支出各多少？")).answer);
    for (const figure of ["3482.89万元", "14003.05万元", "17458.94万元"]) expect(text).toContain(figure);
  });

  it("reads 政府性基金预算财政拨款本年支出 as the fund's spending", async () => {
    const text = plain((await water.ask("澧溪县水利局2023年政府性基金预算财政拨款本年支出是多少？")).answer);
    expect(text).toContain("2751.95万元");
  });
});

describe("follow-ups that point back", () => {
  it("adds up the bodies a question before named by what they share", async () => {
    const r = await water.ask(
      "澧溪县水利局下面有几个事业单位？",
      "其中水库管理所是哪几个？",
      "这几个所实有人数加起来多少？",
    );
    const text = plain(r.answer);
    expect(text).toContain("33人");
    expect(text).not.toContain("110人");
  });

  it("gives last year's figure and the gap to it when both are asked after a year's figure", async () => {
    const r = await farm.ask("湖州市农业农村局2025年三公经费预算多少？", "那去年呢？差多少？");
    const text = plain(r.answer);
    for (const figure of ["51.10万元", "12.60万元", "24.66%"]) expect(text).toContain(figure);
  });

  it("compares a project that is its subject's whole amount through the subject when last year is asked", async () => {
    const r = await banner.ask("征地和拆迁补偿今年安排了多少？", "那去年预算是多少？增加了多少？");
    const text = plain(r.answer);
    for (const figure of ["980.00万元", "280.00万元"]) expect(text).toContain(figure);
  });

  it("reads 今年 after a year named as the budget year the documents publish", async () => {
    const r = await transport.ask("交通局2024年公务接待费花了多少？", "那今年的预算安排了多少？");
    expect(plain(r.answer)).toContain("5.50万元");
  });
});

describe("a topic of the unit searched under several names", () => {
  it("quotes the offices a bureau has when its text says 内设 where the question says 科室", async () => {
    const r = await transport.ask("交通运输局机关设了哪些科室？");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("政策法规科");
  });
});

describe("a count quoted with what the question also asks", () => {
  it("quotes the sentence after the counted one when it says the other thing asked", async () => {
    const r = await environment.ask("2023年生态环境局公务接待了多少批次、多少人次？有没有外事接待？");
    const text = plain(r.answer);
    for (const said of ["72批次", "486人次", "本部门无外事接待"]) expect(text).toContain(said);
  });
});

describe("a project named loosely, asked when and what for", () => {
  it("quotes a project's period and targets from the section its name heads", async () => {
    const text = plain(
      (await health.ask("乡镇卫生院服务能力提升项目的实施期是多久？要完成哪些任务？")).answer,
    );
    expect(text).toContain("2025年3月1日至2026年6月30日");
    expect(text).toContain("改造规范化发热诊室4个");
  });

  it("finds a project by its opening words with a bracketed part left out", async () => {
    const text = plain((await culture.ask("大运河文物保护那个项目要做几年？到什么时候？")).answer);
    expect(text).toContain("2027年12月");
  });

  it("finds a project named with words left out of the middle of its name", async () => {
    const text = plain((await farming.ask("高标准农田县级配套资金项目什么时候完成？")).answer);
    expect(text).toContain("2026年12月");
  });

  it("reads each clause of one message about a project, a word of its name counted as its size", async () => {
    const r = await resources.ask("那个土地开发整理新增耕地的项目谁来实施，什么时候完成，要新增多少耕地？");
    const text = plain(r.answer);
    for (const said of ["汝阳县土地储备中心", "2026年6月", "600亩"]) expect(text).toContain(said);
    // (耕地 also begins another project's name: that project's money is not asked.)
    expect(text).not.toContain("耕地保护与占补平衡核查");
  });

  it("finds a project named without its county and its plan's years", async () => {
    const text = plain(
      (await land.ask("国土空间总体规划编制那个项目是什么时候开始、什么时候结束的？")).answer,
    );
    expect(text).toContain("2023年7月至2025年6月");
    expect(text).not.toContain("编制数");
  });
});
