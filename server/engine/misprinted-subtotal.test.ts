import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * A subtotal its items miss, and the class above it that misses it by the same amount the other way:
 * the answer says which figure the document got wrong. Values read off the .md file itself
 * (ingest/fixtures/unseen/yichun-sthjj-2025-yusuan.md, eval/gold/unseen-md3/NOTES.md): 表3 部门支出总表
 * "211 节能环保支出 6496.32", "21101 … 2160.02", "21102 … 2173.30", "21103 污染防治 1331.00", "21104 … 110.00",
 * "21105 … 740.00"; under 21103 "520.00", "472.00", "96.00", "150.00", "75.00" (1313.00); 表6 (元) "302 商品和
 * 服务支出 8,118,000.00"; 表3 "合计 | 7320.22 | 3862.72 | 3457.50".
 */
describe("a misprinted subtotal", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/yichun-sthjj-2025-yusuan.md"]);

  it("is named as the misprint, with both identities that give the right value", async () => {
    const text = plain((await ask("表3上污染防治款的合计数是多少？")).answer);
    expect(text).toContain("文件此处有印刷差错");
    expect(text).toContain("1331.00万元");
    expect(text).toContain("520 + 472 + 96 + 150 + 75 = 1313");
    expect(text).toContain("6496.32 − 2160.02 − 2173.3 − 110 − 740 = 1313");
  });

  it("is no sum of the whole named and its economic class ('基本支出里<302>…加起来对不上')", async () => {
    const text = plain(
      (await ask("一般公共预算基本支出里的商品和服务支出是多少？各项明细加起来不等于它")).answer,
    );
    expect(text).toContain("811.80万元");
    expect(text).not.toContain("4674.52");
  });
});

describe("the same budget's bodies and the bureau's short name", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/yichun-sthjj-2025-yusuan.md"]);

  it("answers a subordinate's staff from the bodies' table, and knows 生态环境局 as 环境局", async () => {
    // 人员情况表 "3 | 宜春市生态环境监测中心 | 公益一类事业单位 | 48 | 45"; line 217 "…机关运行经费预算218.46万元".
    const staff = plain((await ask("生态环境监测中心核定编制几个？实有几人？")).answer);
    expect(staff).toContain("48人");
    expect(staff).toContain("45人");
    expect(plain((await ask("环境局的机关运行经费预算是多少")).answer)).toContain("218.46万元");
  });

  it("sets a class's all-funds figure over the all-funds total, not its general-budget one", async () => {
    // 表3 "211 节能环保支出 6496.32", "合计 7320.22" (表5, the general budget, prints 211 as 6379.92).
    const text = plain((await ask("节能环保类支出占支出合计的比重是多少")).answer);
    expect(text).toContain("6496.32 ÷ 7320.22 = 88.74%");
  });

  it("adds two subordinates' rows of the income table by the column the question names", async () => {
    // 表2 "宜春市生态环境综合执法支队 | 1,396.80 | 1,396.80", "宜春市生态环境监测中心 | 1,774.75 | 1,688.35".
    const text = plain((await ask("执法支队与监测中心的一般公共预算拨款合计多少")).answer);
    expect(text).toContain("1396.8 + 1688.35 = 3085.15");
  });
});
