import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";

const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002 line 490: 政府采购支出总额126.03万元 … 授予中小企业合同金额114.69万元，占政府采购支出总额的91.0%.
 * By hand: 114.69 ÷ 126.03 = 91.00%.
 */
describe("a share the asker wants checked", () => {
  it("'占比帮忙核一下' computes it", async () => {
    const r = await ask("天元区委办的政府采购中，给中小企业的占比帮忙核一下");
    expect(plain(r.answer)).toContain("114.69 ÷ 126.03 = 91.00%");
  });
});

/**
 * data/docs/002 line 612: 年初预算项目 实际支出107.16万元; line 640: 年中追加项目 实际支出102.43万元; table 03
 * line 173: 项目支出 209.59. By hand: 102.43 + 107.16 = 209.59.
 */
describe("a second clause that adds to the figure of the first", () => {
  it("is one check, not a sum of a part and its whole", async () => {
    const r = await ask("天元区委办年中追加项目用了多少？再加上年初项目，合起来等于项目支出吗");
    const text = plain(r.answer);
    expect(text).toContain("102.43 + 107.16 = 209.59");
    expect(text).not.toContain("316.75");
  });
});
