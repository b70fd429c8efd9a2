import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * A budget set against last year's final accounts (two documents of one body), an everyday short
 * name of a tax's rows, one fund's column of the appropriation summary, a part's part with its
 * share, and a row's cell asked after a comma. Values read off the documents themselves (the
 * GB2312 pages decoded, tags stripped):
 * - ingest/fixtures/unseen/wuzhou-jtysj-2024-juesuan.htm: 表5 "2140101 | 行政运行 | 2146.83 | 2146.83" (万元);
 *   七、"三公"经费: "…支出决算为90.52万元，完成预算的92.37%。与2023年度决算71.45万元相比，增加19.07万元，
 *   增长26.69%" (the sentence before ends on an aside "（其中年初预算68.00万元，年中追加公务用车购置经费30.00
 *   万元）").
 * - ingest/fixtures/unseen/wuzhou-jtysj-2025-yusuan.htm: 表5 "2140101 | 行政运行 | 21,685,000.00" (元); the
 *   narrative "行政运行（项）：2025年预算安排2,168.50万元，比2024年预算2,080.00万元增加88.50万元，增长4.25%";
 *   "车辆购置税用于公路等基础设施建设支出（项）：2025年预算安排4,500.00万元"; 表9 (三公, 元) 2025年预算数 合计
 *   655,000.00; 三、人员情况 "本部门编制数301名…实有在职人员279人".
 * - the 2024 page's 三、人员构成情况: "本部门编制总数303名，实有在职人员282人"; 表9 决算数 合计 90.52; 表3
 *   "21462 | 车辆通行费安排的支出 | 980.00", "2146201 | 公路还贷 | 980.00"; 表5 "21406 车辆购置税支出 5200.00" over
 *   its one item "2140601 … 5200.00", and the narrative "车辆购置税用于公路等基础设施建设支出（项）：年初预算为
 *   4,000.00万元，支出决算为5,200.00万元，完成年初预算的130.00%"; the 2025 page: "住房公积金（项）：2025年预算
 *   安排322.10万元，比2024年预算318.00万元增加4.10万元，增长1.29%".
 * - ingest/fixtures/unseen/longyan-zjj-2024-juesuan.html: 表4 "年末财政拨款结转和结余 | 117.83 | 52.18 | 65.65"
 *   (合计, 一般公共预算财政拨款, 政府性基金预算财政拨款); 表5 "21201 城乡社区管理事务 | 1632.90 | … | 1691.59 |
 *   1351.78 | 339.81" (年初预算数 合计, …, 决算数 合计, 基本支出, 项目支出); 表1 本年收入合计 8,040.37, 一般
 *   公共预算财政拨款收入 6,092.89 (the narrative: "占75.78%").
 * - ingest/fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx (openpyxl, cached values): sheet 表四 财政拨款收支总表
 *   "收 入 总 计 | 8428.74 | 支 出 总 计 | 8428.74 | 7928.74 | 500" (合计, 一般公共预算, 政府性基金预算); sheet
 *   情况说明 "2025年本部门实行绩效目标管理的项目22个，涉及项目支出预算资金6355.00万元" (6355 ÷ 22 = 288.86).
 */
describe("a budget against last year's final accounts", () => {
  const { ask } = useFilesEngine([
    "ingest/fixtures/unseen/wuzhou-jtysj-2024-juesuan.htm",
    "ingest/fixtures/unseen/wuzhou-jtysj-2025-yusuan.htm",
  ]);

  it("is computed from last year's final accounts, the budget's own change noted on its own base", async () => {
    const text = plain((await ask("交通局的行政运行经费，2025年预算比2024年实际决算数增长多少？")).answer);
    expect(text).toContain("2146.83万元");
    expect(text).toContain("21.67万元");
    expect(text).toContain("1.01%");
    expect(text).toContain("是与2024年预算相比");
    expect(text).not.toContain("文件前后不一致");
  });

  it("sets a budget against last year's budget when that is named, after last year's actual was asked", async () => {
    const text = plain(
      (await ask("交通局2024年住房公积金支出多少？", "2025年预算呢？和2024年的预算比多了多少？")).answer,
    );
    expect(text).toContain("318.00万元");
    expect(text).toContain("4.10万元");
    expect(text).toContain("1.29%");
  });

  it("keeps a budget's change on last year's budget when no final accounts are named", async () => {
    const text = plain((await ask("交通局的行政运行经费，2025年预算比上年增长多少？")).answer);
    expect(text).toContain("88.50万元");
    expect(text).toContain("4.25%");
  });

  it("names a fund's row by the fee that pays it, not the cars its first word suggests", async () => {
    const text = plain((await ask("梧州交通局2024年度车辆通行费花了多少")).answer);
    expect(text).toContain("980.00万元");
    expect(text).not.toContain("公务用车");
  });

  it("compares a class given no budget by its one item of the same amount, said so", async () => {
    const text = plain((await ask("2024年车购税年初预算多少，最后实际花了多少，完成率多少？")).answer);
    expect(text).toContain("4000.00万元");
    expect(text).toContain("5200.00万元");
    expect(text).toContain("130.00%");
    expect(text).toContain("其下只列");
  });

  it("reads 车购税 as the 车辆购置税 rows", async () => {
    const text = plain((await ask("2025年车购税那块预算是多少？")).answer);
    expect(text).toContain("4500.00万元");
  });

  it("sets a later year's budget after the years spent, labelled as a budget", async () => {
    const text = plain(
      (await ask("梧州交通局三公经费这几年怎么变的？2023年决算、2024年决算、2025年预算分别多少？")).answer,
    );
    expect(text).toContain("71.45万元");
    expect(text).toContain("90.52万元");
    expect(text).toContain("2025年预算 65.50万元");
    expect(text).toContain("预算数与决算数口径不同");
  });

  it("reads '两份文件里…分别' as each document's year, every figure asked of each", async () => {
    const text = plain((await ask("两份文件里交通局的编制数和在职人数分别是多少？")).answer);
    for (const count of ["303人", "282人", "301人", "279人"]) expect(text).toContain(count);
  });

  it("gives last year's figure of the subject the sentence before was about, not of a noun in its aside", async () => {
    const text = plain((await ask("梧州交通局2023年三公经费决算是多少？")).answer);
    expect(text).toContain("71.45万元");
  });
});

describe("one fund's column of the appropriation summary, a part's part, a row's cell", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/longyan-zjj-2024-juesuan.html"]);

  it("reads the general budget's carry-over to next year from its column", async () => {
    const text = plain((await ask("龙岩住建局2024年底一般公共预算财政拨款还结转结余了多少？")).answer);
    expect(text).toContain("52.18万元");
  });

  it("says the fund columns of one row count other money, not that the document disagrees", async () => {
    const text = plain((await ask("龙岩住建局2024年财政拨款年末结转和结余是多少")).answer);
    expect(text).toContain("117.83万元");
    expect(text).not.toContain("文件前后不一致");
  });

  it("gives each part's own parts their share of the whole", async () => {
    const text = plain((await ask("住建局2024年的收入都从哪来？各占多少？")).answer);
    expect(text).toContain("6092.89万元");
    expect(text).toContain("75.78%");
  });

  it("reads '<款>里，<列>占多大比例' as the row's cell over the row", async () => {
    const text = plain((await ask("住建局2024年城乡社区管理事务这一款里，项目支出占多大比例？")).answer);
    expect(text).toContain("20.09%");
    expect(text).toContain("339.81");
    expect(text).not.toContain("41.12%");
  });
});

describe("a budget's appropriation totals and an amount per thing its sentence counts", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/anyuan-nyncj-2025-yusuan.xlsx"]);

  it("reads 财政拨款收支总计 from the 支出总计 row's total column, not one fund's", async () => {
    const text = plain((await ask("安远农业农村局2025年财政拨款收支总计是多少？")).answer);
    expect(text).toContain("8428.74万元");
    expect(text).not.toContain("7928.74");
  });

  it("divides the amount by the count its sentence states when an average per thing is asked", async () => {
    const text = plain((await ask("安远农业农村局今年22个项目平均每个多少钱？")).answer);
    expect(text).toContain("6355.00万元");
    expect(text).toContain("288.86万元");
  });
});
