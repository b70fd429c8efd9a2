import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Questions about a final account written for the tests and printed to PDF by Chromium
 * (ingest/fixtures/unseen/beijing-fangshan-yjj-2024-juesuan.pdf, 北京市房山区应急管理局 2024年度部门决算),
 * values read off the rendered pages:
 * - page 15 (表09, 元): 公务接待费 决算数 21,646.00; page 19: "与2023年度3.05万元相比，减少0.89万元，下降29.18%"
 *   (by hand (2.16 − 3.05) ÷ 3.05 = −29.18 %, and from the table's 2.1646 −29.03 %);
 * - page 16: 一般公共预算财政拨款支出 7439.91万元, "与2023年度…8965.37万元相比，减少1525.46万元，下降17.02%";
 *   "本年财政拨款支出7525.04万元" under "四、财政拨款收入支出决算总体情况说明" (all appropriations);
 * - 2240109 应急管理: 表03 支出决算表 (page 8) 3,030,230.00; 表05 (page 11) 2,847,630.00 (by hand 182,600.00);
 * - page 19, 表07: 合计 本年支出 / 小计 851,260.00 (all of it 彩票公益金安排的支出).
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/beijing-fangshan-yjj-2024-juesuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an unseen Beijing final account with its tables in 元, printed to PDF", () => {
  it("a stated rate worked out from the table's 元 figure rounded to the prose's 万元 is rounding, not a misprint", async () => {
    const text = plain(
      (await ask("三公经费里的公务接待费预算是多少？", "实际花了多少？跟上年比呢？")).answer,
    );
    expect(text).toContain("下降 29.18%");
    expect(text).toContain("(2.16 − 3.05) ÷ 3.05 = -29.18%");
    expect(text).toContain("(2.1646 − 3.05) ÷ 3.05 = -29.03%");
    expect(text).not.toContain("印刷有误");
  });

  it("last year's figure stated against a named year gives the change, and another fund's total is another scope", async () => {
    const text = plain((await ask("跟2023年比，应急局一般公共预算财政拨款支出变化了多少？")).answer);
    expect(text).toContain("减少 1525.46万元");
    expect(text).toContain("下降 17.02%");
    expect(text).toMatch(/7525\.04万元.*口径不同/);
  });

  it("'支出决算表里' reads the table titled so, not one whose longer title holds the words", async () => {
    const text = plain((await ask("房山应急局2024年支出决算表里“应急管理”这个项是多少？")).answer);
    expect(text).toContain("应急管理（2240109）支出决算为 303.02万元");
  });

  it("'按一般公共预算财政拨款口径呢' reads the same row in that fund's table, and the two are set against each other", async () => {
    const text = plain(
      (
        await ask(
          "房山应急局2024年支出决算表里“应急管理”这个项是多少？",
          "按一般公共预算财政拨款口径呢？",
          "两个数差了多少？",
        )
      ).answer,
    );
    expect(text).toContain("182600.00元");
    expect(text).not.toContain("一般公共预算财政拨款收入");
  });

  it("a fund's spending is its own table's total, where that table prints 本年支出 as 小计 and its parts", async () => {
    const text = plain((await ask("彩票公益金那部分政府性基金支出了多少？")).answer);
    expect(text).toContain("政府性基金预算财政拨款支出决算数为 85.13万元");
  });
});
