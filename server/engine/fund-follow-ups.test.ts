import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * A fund's income asked, then its spending and what is left, without naming the fund again. Values
 * read off the page itself (ingest/fixtures/unseen/longyan-zjj-2024-juesuan.html, tags stripped): 表7
 * 政府性基金预算财政拨款收入支出决算表 "合计 | 120.00 | 1,926.00 | 1,980.35 | | 1,980.35 | 65.65" (年初结转和结余,
 * 本年收入, 本年支出 小计, 基本支出, 项目支出, 年末结转和结余); 表1's all-funds 年末结转和结余 125.95.
 */
describe("a fund's income, then its spending and what is left, the fund not named again", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/longyan-zjj-2024-juesuan.html"]);

  it("answers that fund's spending and carry-over, not the department's", async () => {
    const text = plain(
      (await ask("龙岩住建局政府性基金这一年收了多少钱？", "支出多少？年末还剩多少？")).answer,
    );
    expect(text).toContain("政府性基金预算财政拨款支出决算数为 1980.35万元");
    expect(text).toMatch(/年末结转和结余决算数为 65\.65万元/);
    expect(text).not.toContain("按“支出合计”理解");
  });
});
