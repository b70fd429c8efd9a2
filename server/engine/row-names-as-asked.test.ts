import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Rows asked by the words people use, and a narrative's rounding said beside the table's figure.
 * Read off the rendered pages (pdftoppm -r 70): putuo-shfly-2024-danwei-yusuan p14 (301 07 绩效工资
 * 3,580,522); putuo-czj-2024-bumen-juesuan p17 (302 39 其他交通费用 48.49); shanghai-czj-2025-danwei-
 * yusuan p10 (201 一般公共服务支出 127,886,849; 208 社会保障和就业支出 17,560,320) and p6 ("一般公共服务
 * 支出”科目12,789万元…“社会保障和就业支出”科目1,756万元").
 */
const { ask } = usePdfEngine([
  "putuo-shfly-2024-danwei-yusuan.pdf",
  "putuo-czj-2024-bumen-juesuan.pdf",
  "shanghai-czj-2025-danwei-yusuan.pdf",
]);

describe("a row's own name is no question cue", () => {
  it("绩效工资 is a salary row, not a question about performance evaluation", async () => {
    const r = await ask("普陀区社会福利院2024年绩效工资安排了多少");
    expect(r.plan.operation).not.toBe("text_lookup");
    expectFacts(r, "3580522元");
  });
});

describe("a row named without its last character", () => {
  it("其他交通费 is the row 其他交通费用", async () => {
    const r = await ask("普陀区财政局2024年其他交通费是多少");
    expect(plain(r.answer)).toContain("其他交通费用（30239）");
    expectFacts(r, "48.49万元");
  });
});

describe("a breakdown by class beside the narrative's rounding", () => {
  it("each class's table figure, and the rounded figure the 编制说明 prints for it", async () => {
    const r = await ask("上海市财政局2025年支出按功能分类各是多少");
    const text = plain(r.answer);
    // Each class is labelled with its code where the tables print one ("一般公共服务支出（201）").
    expect(text).toMatch(/一般公共服务支出(?:（201）)?：12788\.68万元\S*（说明中写为 12789(?:\.00)?万元/);
    expect(text).toMatch(/社会保障和就业支出(?:（208）)?：1756\.03万元\S*（说明中写为 1756(?:\.00)?万元/);
  });
});
