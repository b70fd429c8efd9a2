import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Documents written for the tests, values read off their pages:
 * - ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf page 9 (printed "— 9 —"): "2025年一般公共预算安排“三公”经费
 *   11.00万元，比2024年预算12.40万元减少1.40万元，下降11.29%"; "3.公务接待费3.80万元，比上年预算4.60万元减少0.80
 *   万元，下降17.39%"; "2024年“三公”经费预算12.40万元，全年预计执行11.62万元，…其中公务接待费预计执行3.95万元。"
 * - the same document page 7: "13.…基层政权建设和社区治理（项）538.62万元，主要用于14个社区的社区保障资金及激励资金".
 * - ingest/fixtures/unseen/shaanxi-tyj-2024-yusuan.pdf page 25 (printed "— 23 —"), 附表10 in 元: "陕西省体育训练中心 |
 *   运动员伙食及营养补助 | 2070306 | 21,800,000".
 * - ingest/fixtures/unseen/anqing-tyjrswj-2025-yusuan.html (表六 一般公共预算基本支出表): "合 计 972.42"; "301 工资福利支出
 *   766.60"; "30231 公务用车运行维护费 12.00".
 * - ingest/fixtures/unseen/binchuan-mzj-2025-yusuan.zip, its narrative: "14.城市最低生活保障金支出（2081901）96.00万元",
 *   "15.农村最低生活保障金支出（2081902）520.00万元"; "2025年政府性基金预算支出38.00万元，比2024年预算30.00万元增加
 *   8.00万元，增长26.67%，全部为用于社会福利的彩票公益金支出"; "3.福彩公益金农村互助养老服务项目。项目资金38.00万元，
 *   实施期为2025年3月1日—2025年12月31日。…补助互助养老服务站数量24个".
 * - ingest/fixtures/unseen/qinggangba-zhen-2024-juesuan.pdf page 12, 公开表5: "2130705 | 对村民委员会和村党支部的补助 |
 *   205.80 | | 205.80 | 214.56"; page 13: "对村民委员会和村党支部的补助 | 214.56"; page 10 "合计 … 2095.74" (调整预算数
 *   小计), page 11 "合计 | 2073.19".
 * - the same township document page 8, 公开表3 支出决算表（续）: "213 | 农林水支出 | 677.20"; "21305 | 巩固脱贫攻坚成果衔接乡村
 *   振兴 | 223.20".
 * - ingest/fixtures/unseen/anqing-tyjrswj-2025-yusuan.html: 表三 "合 计 | 10,318.28 | 972.42 | 9,345.86"; 表五 "合 计 |
 *   10162.68 | 972.42 | 9190.26"; 说明: "2025年政府性基金预算拨款支出120.00万元，…比2024年预算100.00万元增加20.00万元，增长
 *   20.00%". 表四: "二、政府性基金预算拨款 | 120.00".
 * Computed by hand: 9345.86 − 9190.26 = 155.60; 538.62 ÷ 14 = 38.47; 2180.00 ÷ 512 = 4.26; 96.00 + 520.00 = 616.00; 214.56 ÷ 205.80 = 104.26 %;
 * 2095.74 − 2073.19 = 22.55.
 */
const street = useFilesEngine(["ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf"]);
const sports = useFilesEngine(["ingest/fixtures/unseen/shaanxi-tyj-2024-yusuan.pdf"]);
const veterans = useFilesEngine(["ingest/fixtures/unseen/anqing-tyjrswj-2025-yusuan.html"]);
const county = useFilesEngine(["ingest/fixtures/unseen/binchuan-mzj-2025-yusuan.zip"]);
const town = useFilesEngine(["ingest/fixtures/unseen/qinggangba-zhen-2024-juesuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("last year's spending a budget only expects", () => {
  it("is no final account: refused, the projection named as the closest figure", async () => {
    const r = await street.ask("杏林街道2024年三公经费决算实际花了多少？");
    expect(r.status).toBe("not_found");
    const answer = plain(r.answer);
    expect(answer).toContain("11.62万元");
    expect(answer).toContain("预计执行数");
    expect(answer).toContain("不是决算");
  });

  it("is said as expected, and the stated change as on last year's budget, no misprint", async () => {
    const r = await street.ask("杏林街道公务接待费比上年是增是减？幅度多大？");
    const answer = plain(r.answer);
    expect(answer).toContain("0.80万元");
    expect(answer).toContain("17.39%");
    expect(answer).toContain("文件所列的增减是与2024年预算 4.60万元");
    expect(answer).not.toContain("前后不一致");
  });
});

describe("an average over a number the document or the asker states", () => {
  it("divides by the communities the sentence counts, not by the staff", async () => {
    const r = await street.ask("社区保障资金及激励资金平均到每个社区大概多少钱？");
    const answer = plain(r.answer);
    expect(answer).toContain("38.47万元/个");
    expect(answer).toContain("14个");
    expect(answer).not.toContain("万元/人");
  });

  it("divides by the people the asker counts in a clause of their own", async () => {
    const r = await sports.ask("在训运动员有512人，伙食及营养补助平均到每人一年大概多少？");
    const answer = plain(r.answer);
    expect(answer).toContain("2180.00万元");
    expect(answer).toContain("4.26万元/人");
  });
});

describe("a row of the economic classification named with its table", () => {
  it("is that row, not the 三公 table's figure of the same name", async () => {
    const r = await veterans.ask("基本支出经济分类里“公务用车运行维护费”列了多少？");
    expect(plain(r.answer).split("\n")[0]).toContain("12.00万元");
  });

  it("is that row also asked with no unit named", async () => {
    const r = await veterans.ask("经济分类里公务用车运行维护费是多少");
    expect(plain(r.answer).split("\n")[0]).toContain("12.00万元");
  });

  it("gives the classes of basic spending when its 大类 are asked", async () => {
    const r = await veterans.ask("一般公共预算基本支出972.42万元，按经济分类大类是怎么构成的？");
    const answer = plain(r.answer);
    expect(answer).toContain("766.60万元");
    expect(answer).toContain("972.42万元");
  });
});

describe("allowances and lottery funds by the names people use", () => {
  it("reads the city's and the countryside's 低保 as their own rows", async () => {
    const r = await county.ask("城市低保和农村低保今年加起来一共多少？");
    const answer = plain(r.answer);
    expect(answer.split("\n")[0]).toContain("616.00万元");
    expect(answer).toContain("96.00万元");
    expect(answer).toContain("520.00万元");
  });

  it("gives the welfare lottery fund the change stated for the fund it is all of", async () => {
    const r = await county.ask("县民政局的福彩公益金今年比去年多了还是少了？");
    const answer = plain(r.answer);
    expect(answer).toContain("8.00万元");
    expect(answer).toContain("26.67%");
    expect(answer).toContain("政府性基金预算财政拨款支出");
  });

  it("quotes a key project's count and period from its numbered paragraph", async () => {
    const r = await county.ask("福彩互助养老那个项目什么时候开始实施？要补助多少个站？");
    const answer = plain(r.answer);
    expect(answer).toContain("24个");
    expect(answer).toContain("2025年3月1日");
  });
});

describe("a person's name or pay", () => {
  it("is refused for a town's head as for a bureau's", async () => {
    const r = await town.ask("青杠坝镇镇长一年工资拿多少？");
    expect(r.status).toBe("not_found");
    expect(plain(r.answer)).toContain("个人的信息");
  });

  it("is refused in every clause that goes on asking about the person", async () => {
    const r = await county.ask("民政局局长叫什么名字？一年工资拿多少？");
    expect(r.status).toBe("not_found");
    expect(plain(r.answer)).toContain("不是个人的");
  });
});

describe("a final account's adjusted budget, on the page beside its spending", () => {
  it("is what the spending is measured against when the asker names it", async () => {
    const r = await town.ask("一般公共预算支出比调整后的预算少花了多少？");
    const answer = plain(r.answer);
    expect(answer).toContain("22.55万元");
    expect(answer).toContain("98.92%");
  });

  it("follows a row's budget with its spending and completion asked together", async () => {
    const r = await town.ask(
      "对村民委员会和村党支部的补助年初预算安排了多少？",
      "实际支出多少？完成年初预算的百分之几？",
    );
    const answer = plain(r.answer);
    expect(answer).toContain("214.56万元");
    expect(answer).toContain("104.26%");
  });
});

describe("words people use for a township's rows and a fund's money", () => {
  it("read 村委会 as the village committee the row names", async () => {
    const r = await town.ask("镇里给村委会和村党支部的补助2024年决算是多少？完成年初预算多少？");
    const answer = plain(r.answer);
    expect(answer).toContain("214.56万元");
    expect(answer).toContain("104.26%");
    expect(answer).not.toContain("未找到");
  });

  it("refuse each village's share, which no table gives", async () => {
    const r = await town.ask("对村委会和村支部的补助，每个村分别给了多少？");
    expect(r.status).toBe("not_found");
  });

  it("read 农林水方面的支出 as the class, in the table of all funds when all funds are asked", async () => {
    const r = await town.ask("青杠坝镇2024年农林水方面的支出（含所有资金）按款分是多少？");
    const answer = plain(r.answer);
    expect(answer.split("\n")[0]).toContain("677.20万元");
    expect(answer).toContain("223.20万元");
  });

  it("give a fund's appropriation the change stated for what it pays for", async () => {
    const r = await veterans.ask("安庆退役军人局今年政府性基金预算安排了多少？", "那去年呢？增长了多少？");
    const answer = plain(r.answer);
    expect(answer).toContain("100.00万元");
    expect(answer).toContain("20.00%");
  });

  it("read the money of a spending not from one fund as all funds' less that fund's", async () => {
    const r = await veterans.ask("2025年项目支出里，不是一般公共预算拨款的钱有多少？");
    const answer = plain(r.answer);
    expect(answer).toContain("155.60万元");
    expect(answer).toContain("9190.26");
  });
});
