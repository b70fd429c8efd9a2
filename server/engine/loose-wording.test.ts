import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Loosely worded questions over the sample final accounts (data/docs). 000 line 394: "2024年度财政拨款
 * 支出年初预算数为5054.92万元，支出决算数为5487.18万元，完成年初预算的108.55%"; line 516 and 002 line
 * 490: "授予中小企业合同金额675.32万元，占政府采购支出总额的100%" / "114.69万元，占…91.0%" of 126.03;
 * 001 lines 1278/1284: 驻京工作经费 209.35万元, 招商专项 38.46万元; line 1121 (一般行政管理事务):
 * "年初预算为257万元，支出决算为247.8万元，完成年初预算的96.4%".
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("words that only point at a figure", () => {
  it("一般公共预算 before its budget and actual words is the appropriated spending", async () => {
    const r = await ask("市政府办2024年一般公共预算年初预算与决算相比如何");
    const text = plain(r.answer);
    for (const v of ["5054.92万元", "5487.18万元", "108.55%"]) expect(text).toContain(v);
    expect(text).not.toContain("一般公共预算财政拨款收入");
    expectGrounded(r);
  });

  it("政府采购给中小企业的比例 is the share of contracts awarded to SMEs, per unit", async () => {
    const text = plain((await ask("市政府办和区委办政府采购给中小企业的比例分别是多少")).answer);
    expect(text).toContain("675.32 ÷ 675.32 = 100.00%");
    expect(text).toContain("114.69 ÷ 126.03 = 91.00%");
  });

  it("two figures added, then a share of a whole no figure matches: the sum, not one over the other", async () => {
    const r = await ask("驻京办驻京工作经费和招商专项合计多少，占年初项目预算的百分之几");
    const text = plain(r.answer);
    expect(text).toMatch(/ = 2(?:57|47\.81)）/);
    expect(text).not.toMatch(/÷/);
    expect(text).toContain("未计算占比");
  });

  it("an amount the asker writes is no qualifier of the figure asked", async () => {
    const text = plain((await ask("驻京办一般行政管理事务年初预算257万，最后实际用掉多少")).answer);
    expect(text).toContain("247.80万元");
    expect(text).not.toContain("文件没有");
  });
});
