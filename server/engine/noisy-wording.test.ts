import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Messages typed or pasted the way people do, read off the exports and rendered pages:
 * - 002 (天元区委办 2024 决算) line 281 公开06表: 30228 工会经费 3.72.
 * - 001 (驻京办 2024 决算) line 1154: 共有车辆3辆.
 * - 上海市财政局 2025 单位预算 p20 (万元): “三公”经费预算 合计 346.30.
 * - 普陀区财政局 2024 部门决算 p7 (万元): 总计 2,995.39.
 * - 万里街道 2024 部门预算 p24 (元): 208 07 05 公益性岗位补贴 4,212,300.
 */
const samples = useSampleEngine();
const { ask } = usePdfEngine([
  "shanghai-czj-2025-danwei-yusuan.pdf",
  "putuo-czj-2024-bumen-juesuan.pdf",
  "putuo-wanli-2024-bumen-yusuan.pdf",
]);

describe("wording as typed", () => {
  it("a homophone of part of the unit's name (voice input) is read as the name, and said so", async () => {
    const r = await samples.ask("请问天园区委办去年（2024年）交了多少工会经费");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("3.72万元");
    expect(r.answer).toContain("同音字");
    expectGrounded(r);
  });

  it("an organ's pinyin initials name it", async () => {
    const r = await ask("shanghai czj 2025年三公经费预算是多少");
    expect(r.plan.units).toEqual(["上海市财政局"]);
    expect(r.answer).toContain("346.30万元");
  });

  it("a unit and one word for cars asks the car count", async () => {
    const r = await samples.ask("驻京办 车？");
    expect(r.answer).toContain("3辆");
  });

  it("a bracketed remark on where the text came from is no qualifier; the 总表's 总计 is asked", async () => {
    const r = await ask("普陀区财政局 收入支出决算总表（网上复制过来的） 2024年那个总计是多少？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("2995.39万元");
  });

  it("a story told in clauses before “我就好奇” names no figure", async () => {
    const r = await ask(
      "我们小区有几个阿姨在做公益岗，平时帮忙看门，我挺好奇，万里街道2024年公益性岗位补贴预算有多少？",
    );
    expect(r.answer).toContain("4212300元");
    expect(r.answer).not.toContain("工资福利支出");
  });
});
