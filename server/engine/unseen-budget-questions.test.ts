import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Questions about a disclosure written for the tests in a province's template and an export the
 * code was not built on (ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt, 常德市鼎城区卫生健康局
 * 2025年部门预算, columns lined up by display width):
 * - line 261 (表七): 2025年预算数 合计 38.46;
 * - lines 197–198 (表五): 2100408 基本公共卫生服务 3356.80, 2100409 重大公共卫生服务 420.50 (by hand 3777.30);
 * - line 217 (表六 一般公共预算基本支出表): 合计 6482.18, 人员经费 6088.58 (by hand 93.93 %), where 表三 prints
 *   all funds' 基本支出 as 7632.18;
 * - lines 89–97 (表一 部门收支总表): 一般公共预算拨款收入 12,484.84, 财政专户管理的非税收入拨款 86.40, 事业收入
 *   1,150.00, 本年收入合计 13,721.24 (no 财政拨款收入 row: each fund's appropriation is its own row);
 * - line 185 (表五 合计): 一般公共预算支出 12484.84, 基本支出 6482.18, 项目支出 6002.66 (by hand 48.08 %);
 *   line 73: 在职人数1093人 (by hand 6482.18 ÷ 1093 = 5.93);
 * - lines 260–261 (表七): 2024年预算数 公务用车运行费 21.05, 2025年预算数 16.16; line 323 states 16.61.
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an unseen county health bureau's budget", () => {
  it("卫健局 is the 卫生健康局", async () => {
    const r = await ask("卫健局今年三公经费安排了多少");
    expect(r.plan.units).toEqual(["常德市鼎城区卫生健康局"]);
    expect(plain(r.answer)).toContain("38.46万元");
  });

  it("基本公卫 and 重大公卫 are the two 公共卫生 subjects", async () => {
    expect(plain((await ask("基本公卫加上重大公卫一共安排多少")).answer)).toContain(
      "3356.8 + 420.5 = 3777.3",
    );
  });

  it("a share of a table's part is over the whole that table prints, not another fund's", async () => {
    const text = plain((await ask("卫健局的人员经费在基本支出里占几成")).answer);
    expect(text).toContain("6088.58 ÷ 6482.18 = 93.93%");
  });

  it("income by where it comes from is 表一's sources, each fund's appropriation its own row", async () => {
    const text = plain((await ask("2025年卫健局的收入都是从哪些渠道来的？")).answer);
    expect(text).toContain("12484.84万元");
    expect(text).toContain("86.40万元");
    expect(text).toContain("1150.00万元");
    expect(text).toContain("12484.84 ÷ 13721.24 = 90.99%");
  });

  it("a fund named before a part of spending reads that fund's table", async () => {
    const text = plain((await ask("按在职人数算，卫健局人均一般公共预算基本支出多少")).answer);
    expect(text).toContain("6482.18 ÷ 1093 = 5.93");
    expect(text).toContain("口径不同");
  });

  it("a part's share of a one-fund total is that fund's part, and no all-funds share is set against it", async () => {
    const text = plain((await ask("卫健局2025年一般公共预算拨款支出多少", "其中项目支出占多大比例")).answer);
    expect(text).toContain("6002.66 ÷ 12484.84 = 48.08%");
    expect(text).not.toContain("44.38%");
  });

  it("a table that prints its years as rows gives this year's 三公 parts, with the narrative's slip", async () => {
    const text = plain((await ask("三公经费具体是怎么构成的？")).answer);
    expect(text).toContain("公务用车运行维护费：16.16万元");
    expect(text).not.toContain("21.05万元");
    expect(text).toContain("16.61万元");
  });

  it("the income that is no appropriation, and its share: 表一's total less its fund rows (lines 89–97: 13,721.24 − 12,484.84)", async () => {
    const text = plain((await ask("卫健局收入里不是财政拨款的部分占多少比例？")).answer);
    // By hand: 13721.24 − 12484.84 = 1236.40; 1236.40 ÷ 13721.24 = 9.01 %.
    expect(text).toContain("1236.40万元");
    expect(text).toContain("9.01%");
  });
});
