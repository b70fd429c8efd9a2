import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the rendered page (pdftoppm -r 90), putuo-czj-2024-bumen-juesuan.pdf p24:
 * - （二）政府采购支出情况: 政府采购金额 251.25万元, 其中货物 4.79、工程 0、服务 246.47 (they add up to
 *   251.26: the page's own parts differ from its total by 0.01);
 * - （三）国有资产占有使用情况说明: 共有车辆0辆; 单价100万元（含）以上设备（不含车辆）2台（套）.
 * And putuo-wanli-2023-bumen-yusuan.pdf p29 (三、政府采购情况): 政府采购预算830.00万元, 其中货物10.00、
 * 工程550.00、服务270.00 (550 ÷ 830 = 66.27%).
 */
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "putuo-wanli-2023-bumen-yusuan.pdf"]);

describe("another class of assets asked after the cars", () => {
  it("“<设备>呢” after the cars is the equipment's count, not the cars again", async () => {
    const r = await ask("普陀区财政局名下有几辆公车？", "那贵重设备呢");
    expect(r.answer).toContain("2台（套）");
    expect(r.answer).not.toContain("没有“");
  });

  it("both asked in one message: the cars and the equipment", async () => {
    const r = await ask("区财政局有没有公务车？大型设备呢");
    expect(r.answer).toContain("0辆");
    expect(r.answer).toContain("2台（套）");
  });
});

describe("parts joined by plus signs", () => {
  it("“货物+服务+工程相加” sets the three parts against the total the page prints", async () => {
    const r = await ask("普陀区财政局2024年度政府采购的货物+服务+工程三项相加，和采购总额对得上吗");
    expect(r.status).toBe("answered");
    for (const figure of ["4.79万元", "246.47万元", "251.26万元", "251.25万元"])
      expect(r.answer).toContain(figure);
    expect(r.answer).toContain("4.79 + 0 + 246.47 = 251.26");
    expectGrounded(r);
  });
});

describe("one part's share asked after the parts were listed", () => {
  it("“<其中一类>占了多少” is that part over the whole, not the other parts over it", async () => {
    const r = await ask(
      "万里街道23年政府采购预算多少",
      "按货物、服务、工程分，各是多少",
      "服务占了多少比重？",
    );
    expect(r.answer.split("\n")[0]).toContain("32.53%");
    expect(r.answer).toContain("270 ÷ 830 = 32.53%");
    expectGrounded(r);
  });
});
