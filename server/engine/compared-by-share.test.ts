import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Sample final accounts: 人员经费 002 line 287 (544.3) and 000 line 306 (2,619.09); 基本支出 002 line
 * 173 (631.11) and 000 line 184 (4,723.85); 001 lines 1620–1622 (整体支出绩效自评表: 总分 100, 99.6).
 */
describe("two units compared by a share", () => {
  const { ask } = useSampleEngine();
  it("人员经费占基本支出比例哪个高: each unit's share, ranked, not 人员经费 less 基本支出", async () => {
    const r = await ask("区委办和市政府办，人员经费占基本支出的比例哪个更高");
    expect(r.plan.operation).toBe("rank");
    const text = plain(r.answer);
    expect(text).toContain("544.3 ÷ 631.11 = 86.24%");
    expect(text).toContain("2619.09 ÷ 4723.85 = 55.44%");
  });

  it("自评结果怎样: the form's score beside the passages", async () => {
    const r = await ask("驻京办2024年绩效自评结果如何");
    expect(plain(r.answer)).toContain("绩效自评得分 99.6分");
  });
});

describe("two levels' shares of one item, and a later base year", () => {
  // putuo-swh-2025-bumen-yusuan p26 (rendered, pdftoppm -r 70): "…区级支持总部经济1106.00万，市级支持总部
  // 经济1262.00万…合计2921.00万元"; putuo-wanli-2023 p28 / 2024 p31 (rendered): 机关运行经费 786.09 / 443.18.
  const { ask } = usePdfEngine([
    "putuo-swh-2025-bumen-yusuan.pdf",
    "putuo-wanli-2023-bumen-yusuan.pdf",
    "putuo-wanli-2024-bumen-yusuan.pdf",
  ]);
  it("区级和市级支持总部经济加起来: both parts written out and added", async () => {
    const r = await ask("贸易高质量发展专项里区级和市级支持总部经济加起来多少");
    expect(plain(r.answer)).toContain("1106 + 1262 = 2368");
  });

  it("2023年…比2024年多还是少: the two years compared", async () => {
    const r = await ask("万里街道2023年机关运行经费比2024年多还是少");
    expect(plain(r.answer)).toContain("443.18 − 786.09 = -342.91");
  });
});

describe("the amount of the one a ranking named", () => {
  // 000 line 484: "…赴尼日利亚、埃及考察团支出12.39万元…" (the largest of the six amounts listed);
  // 因公出国（境）费 49.98 is the whole category's.
  const { ask } = useSampleEngine();
  it("哪个团花钱最多 → 花了多少: the top group's amount, not the category's total", async () => {
    const r = await ask("市政府办2024年派了几个出国团", "花钱最多的是哪个团", "花了多少");
    const text = plain(r.answer);
    expect(text).toContain("赴尼日利亚、埃及考察团：12.39万元");
    expect(text.split("\n")[0]).not.toContain("49.98");
  });
});
