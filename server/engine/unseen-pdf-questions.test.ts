import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Questions about a final account written for the tests and printed to PDF by Chromium
 * (ingest/fixtures/unseen/chengdu-dayi-swj-2024-juesuan.pdf, 大邑县水务局 2024年度部门决算), values read
 * off the rendered pages:
 * - page 7: "防汛（项）…年初预算180.00万元，支出决算215.63万元，完成年初预算的119.64%…汛期强降雨频发…",
 *   where 公开05表 (page 19) prints 2130314 防汛 215.36 (215.36 ÷ 180 = 119.64 %, 215.36 − 180 = 35.36);
 * - page 16 (支出决算表) 213 农林水支出 4,464.47; page 19 (公开05表) 213 农林水支出 4,291.57;
 * - page 3: "大邑县水务局下属事业单位3个：大邑县水旱灾害防御中心…";
 * - 2130301 行政运行: 支出决算表 (page 16) 380.85, 公开05表 (page 19) 372.65 (by hand 8.20);
 * - page 10: "2．斜江河（大邑段）综合治理工程项目绩效自评综述：…项目主要用于…生态护岸建设，…项目自评得分92.50分";
 *   "4．部门整体支出绩效自评情况。本部门2024年度部门整体支出绩效自评得分94.60分";
 * - page 19 (公开08表): 21214 污水处理费安排的支出 本年支出 265.30, 年末结转和结余 12.35; 合计 年末结转和结余
 *   12.35; 公开01表 年末结转和结余 115.05.
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/chengdu-dayi-swj-2024-juesuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an unseen county water bureau's final accounts, printed to PDF", () => {
  it("a sentence whose own completion rate its actual does not give is drafted with the table's actual", async () => {
    const text = plain(
      (await ask("帮我起草一句说明：县水务局防汛经费2024年决算和年初预算的差异及原因")).answer,
    );
    expect(text).toContain("215.36 − 180 = 35.36");
    expect(text).toContain("汛期强降雨频发");
    expect(text).toContain("215.63万元");
  });

  it("'其中一般公共预算' after a subject is that subject in the general budget's table", async () => {
    const text = plain(
      (await ask("县水务局农林水支出一共花了多少？", "其中一般公共预算财政拨款是多少？")).answer,
    );
    expect(text).toContain("4291.57万元");
    expect(text).not.toContain("一般公共预算财政拨款收入");
  });

  it("'下面管着几个事业单位' asks for the bodies it runs", async () => {
    const text = plain((await ask("水务局下面管着哪几个事业单位？")).answer);
    expect(text).toContain("下属事业单位3个：大邑县水旱灾害防御中心");
  });

  it("a row two named tables print differently: the gap between them, and which money each counts", async () => {
    const text = plain(
      (await ask("“行政运行”在支出决算表和一般公共预算支出表里数字不一样，差多少？")).answer,
    );
    expect(text).toContain("380.85 − 372.65 = 8.20");
    expect(text).toContain("前者含全部资金来源，后者只含一般公共预算财政拨款");
  });

  it("a project's score stated in the paragraph on its self-evaluation is that project's, by its printed name or a shorter one", async () => {
    for (const question of [
      "斜江河（大邑段）综合治理工程绩效自评多少分？",
      "斜江河综合治理工程自评多少分？",
    ]) {
      const text = plain((await ask(question)).answer);
      expect(text).toMatch(/斜江河（大邑段）综合治理工程绩效自评得分为 92\.50?分/);
      expect(text).not.toContain("94.6");
    }
  });

  it("a row named by the opening words of its name, and what it carries on to next year, asked in one message", async () => {
    const text = plain(
      (await ask("水务局的政府性基金一共支出了多少？", "其中污水处理那块呢？年底还剩多少没花？")).answer,
    );
    expect(text).toContain("污水处理费安排的支出（21214）决算数为 265.30万元");
    expect(text).toContain("年末结转和结余决算数为 12.35万元");
    expect(text).not.toContain("115.05");
  });

  it("a row's carry-over is the cell of that row in the fund's table, not the unit's total", async () => {
    const text = plain((await ask("污水处理费安排的支出年末结转结余多少")).answer);
    expect(text).toContain("12.35万元");
    expect(text).not.toContain("115.05");
    expect(text).not.toContain("比年初预算");
  });
});
