import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/003 line 32: 纳入2024年度部门预算编制范围的为办公室机关本级和株洲市人民政府驻北京联络处; line 35: 收入预算
 * 5311.92万元. data/docs/000 line 394: 年初预算为5054.92万元; line 88: 决算单位构成 without 驻北京联络处.
 * data/docs/001 line 1119: 驻北京联络处 年初预算数 257万元 — the gap exactly.
 */
describe("one unit's amounts that its two documents print differently", () => {
  it("gives the gap, the body whose own figure equals it, and each document's scope", async () => {
    const r = await sample.ask(
      "株洲政府办2024年的部门预算写的是5311.92万元，决算说明里年初预算写5054.92万元，为啥不一样",
    );
    const text = plain(r.answer);
    expect(text).toContain("5311.92 − 5054.92 = 257.00");
    expect(text).toContain("株洲市人民政府驻北京联络处");
    expect(text).toContain("257.00万元");
    expect(text).toContain("纳入2024年度部门预算编制范围的为办公室机关本级和株洲市人民政府驻北京联络处");
    expect(text).toContain("决算单位构成");
    // The body is inferred from the amounts, and the answer says so.
    expect(text).toContain("按数字推断");
  });

  it("also when the amount is named as a figure, and not for a budget set against an actual", async () => {
    const named = plain(
      (
        await sample.ask(
          "政府办2024年一般公共预算拨款在预算里是5311.92万，在决算的年初预算里是5054.92万，差额是怎么来的",
        )
      ).answer,
    );
    expect(named).toContain("5311.92 − 5054.92 = 257.00");
    // 000 line 394: 支出决算数 5487.18 — an actual, compared with the budget by the other operations.
    const actual = plain(
      (await sample.ask("政府办2024年预算5311.92万，决算花了5487.18万，为什么不一样")).answer,
    );
    expect(actual).not.toContain("两份文件所列不同");
  });
});
