import { describe, expect, it } from "vitest";
import { narrativeFacts } from "./narrative-facts.js";
import type { DocContext } from "./table-facts.js";

/**
 * ../fixtures/unseen/jining-wenlvju-2025-yusuan.md, line 729: "2025年政府性基金预算拨款支出260.00万元，比上年预算
 * 数300.00万元减少40.00万元，下降13.33%，主要原因是上级转移支付的旅游发展基金规模减少。其中：文化旅游体育与传媒支出
 * （类）旅游发展基金支出（款）宣传促销（项）180.00万元，…"
 */
const doc = { docId: "d", unit: "某局", year: 2025, kind: "预算" } as DocContext;

describe("a subject line later in a paragraph", () => {
  it("names no subject of the sentences before it: the fund's spending is its own, the 项 its own", () => {
    const text =
      "2025年政府性基金预算拨款支出260.00万元，比上年预算数300.00万元减少40.00万元，下降13.33%，主要原因是上级转移支付的旅游发展基金规模减少。其中：文化旅游体育与传媒支出（类）旅游发展基金支出（款）宣传促销（项）180.00万元，比上年预算数220.00万元减少40.00万元。";
    const facts = narrativeFacts([{ text, lines: [1, 1], section: ["八、政府性基金预算支出情况"] }], doc);
    const of = (value: string) => facts.filter((f) => f.value === value && f.column === "年初预算数")[0];
    expect(of("260")?.metric).toBe("政府性基金预算财政拨款支出");
    expect(facts.some((f) => f.row === "宣传促销" && f.value === "260")).toBe(false);
    // (The sentence opening "其中：" on the subject line is that 项's.)
    expect(of("180")?.row).toBe("宣传促销");
    expect(facts.find((f) => f.column === "比上年增减额")?.reason).toBe("上级转移支付的旅游发展基金规模减少");
  });
});
