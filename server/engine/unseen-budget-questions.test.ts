import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Questions about a disclosure written for the tests in a province's template and an export the
 * code was not built on (ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt, 常德市鼎城区卫生健康局
 * 2025年部门预算, columns lined up by display width):
 * - line 261 (表七): 2025年预算数 合计 38.46;
 * - lines 197–198 (表五): 2100408 基本公共卫生服务 3356.80, 2100409 重大公共卫生服务 420.50 (by hand 3777.30);
 * - line 217 (表六 一般公共预算基本支出表): 合计 6482.18, 人员经费 6088.58 (by hand 93.93 %), where 表三 prints
 *   all funds' 基本支出 as 7632.18.
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
});
