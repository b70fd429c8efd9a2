import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the sample exports (cat -n):
 * - 002 (天元区委办 2024 决算) line 580: 共有编制人数22人, 实有人数29人 (29 − 22 = 7, 7 ÷ 22 = 31.82%);
 *   line 338 公开09表 三公 9.00; line 636 "党史研究"项目, its 项目支出绩效自评表 总分 98.
 * - 000 (市政府办 2024 决算) line 594: 编制数138人, 在职人数125人 (13 under); line 484: 赴匈牙利、希腊教育
 *   考察团支出9.5万元, 参加省党政领导干部培训班（德国）支出5.41万元, no names of those who went.
 * - 001 (驻京办 2024 决算) line 1132: 三公经费 决算23.3万元.
 */
const { ask } = useSampleEngine();

describe("staff against the establishment", () => {
  it("“超出编制几个人，超编率”: both counts read, the gap and its share of the establishment computed", async () => {
    const r = await ask("天元区委办的实际人数超出编制几个人？超编率是多少？");
    expect(r.status).toBe("answered");
    for (const figure of ["29人", "22人", "7人", "31.82%"]) expect(r.answer).toContain(figure);
    expect(r.answer).toContain("29 − 22 = 7");
    expectGrounded(r);
  });

  it("two units' establishment and staff compared: each unit's pair and gap, not one unit's", async () => {
    const r = await ask("天元区委办跟株洲市政府办比一比，编制数和实有人数的对比");
    const text = r.answer.replace(/\*\*/g, "");
    expect(text).toContain("29 − 22 = 7");
    expect(text).toContain("138 − 125 = 13");
  });

  it("a unit under its establishment is said to be under, by how many", async () => {
    const r = await ask("市政府办有没有超编？");
    expect(r.answer).toContain("125人");
    expect(r.answer).toContain("138人");
    expect(r.answer).toContain("少于编制");
    expect(r.answer).toContain("13人");
  });

  it("the establishment alone asked is that count, no gap", async () => {
    const r = await ask("株洲市政府办2024年编制有多少个？");
    expect(r.answer).toContain("138人");
    expect(r.answer).not.toContain("少于编制");
  });
});

describe("one listed trip named by where it went", () => {
  it("“赴<两国>那趟考察花了多少”: the listed item naming both places, its amount given", async () => {
    const r = await ask("市政府办2024年赴匈牙利、希腊那趟考察花了多少钱？");
    expect(r.status).toBe("answered");
    expect(r.answer.split("\n")[0]).toContain("9.50万元");
    expect(r.answer).not.toContain("49.98万元");
    expectGrounded(r);
  });

  it("a part of the trip the item does not name (its lodging) is not given the trip's amount", async () => {
    const r = await ask("株洲市政府办公室那次去德国的培训班，住宿费花了多少？");
    expect(r.answer.split("\n")[0]).not.toContain("5.41万元");
    expect(r.status).not.toBe("answered");
  });

  it("who went is no amount: the trip's money is not given as the answer", async () => {
    const r = await ask("株洲市政府办公室派往德国培训的人员名单有吗");
    expect(r.answer.split("\n")[0]).not.toContain("5.41万元");
  });
});

describe("a count the asker states", () => {
  // 000 line 484: 因公出国（境）费支出决算为49.98万元 … 团组6个，累计7人次
  it("“那6个出国团组总共花了多少钱” asks the money, not how many groups", async () => {
    const r = await ask("株洲市政府办2024年那6个出国团组总共花了多少钱");
    expect(r.answer.split("\n")[0]).toContain("49.98万元");
  });
});

describe("asides and slips around a plain question", () => {
  it("a self-introduction before the question names no figure", async () => {
    const r = await ask("您好，我是区里的会计小王，想问一下天元区委办2024年三公经费是多少，谢谢！");
    expect(r.status).toBe("answered");
    expect(r.answer.split("\n")[0]).toContain("9.00万元");
  });

  it("the currency said in English (RMB) is no qualifier", async () => {
    const r = await ask("天元区委办2024年三公经费一共多少RMB？");
    expect(r.answer.split("\n")[0]).toContain("9.00万元");
  });

  it("a short name whose last character is a pinyin slip for 办 (班)", async () => {
    const r = await ask("驻京班三公经费是多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("23.30万元");
    expect(r.answer).toContain("驻京班");
  });

  it("“<项目>项目自评表上的总分”: the project's own form, not the department's", async () => {
    const r = await ask("天元区委办“党史研究”项目自评表上的总分是多少？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("党史研究");
    expect(r.answer).toContain("98分");
    expect(r.answer).not.toContain("96.22分");
  });
});
