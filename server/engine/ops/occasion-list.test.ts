import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/000 lines 508–510 (十、一般性支出情况说明): 开支会议费2.22万元，用于召开新三板动员推进会议，人数90人…；
 * 用于召开省人大代表株洲市第一次代表小组主题活动座谈会，人数100人…；用于召开株洲市“八大行动”暨经济运行和项目
 * 建设调度会议，人数130人…。开支培训费22.7万元，用于开展在职人员能力提升班培训，人数50人…；用于开展事业编制人员
 * 在岗培训，人数5人….
 */
describe("the occasions a 一般性支出 sentence lists, by name and head count", () => {
  it("names the meetings held when asked which, with each one's head count", async () => {
    const answer = await sample.ask("株洲市政府办2024年都开过哪些会议");
    const text = plain(answer.answer);
    expect(answer.status).toBe("answered");
    expect(text).toContain("新三板动员推进会议：人数 90人");
    expect(text).toContain("主题活动座谈会：人数 100人");
    expect(text).toContain("项目建设调度会议：人数 130人");
  });

  it("answers a follow-up asking how many attended each, never the unit's staff", async () => {
    const answer = await sample.ask("市政府办2024年的会议费是多少", "这些会各有几个人参会");
    const text = plain(answer.answer);
    expect(text).toContain("人数 130人");
    expect(text).not.toContain("在职人数");
    expect(text).toContain("各项人数未相加");
  });

  it("lists the trainings with their head counts", async () => {
    const text = plain((await sample.ask("市政府办2024年搞了什么培训")).answer);
    expect(text).toContain("在职人员能力提升班培训：人数 50人");
    expect(text).toContain("事业编制人员在岗培训：人数 5人");
  });

  it("adds the meetings' costs when the question names the meetings but no figure", async () => {
    const text = plain((await sample.ask("政府办2024年开的3个会经费合计跟会议费对得上吗")).answer);
    expect(text).toContain("合计 2.16万元");
    expect(text).toContain("少 0.06万元");
  });
});

/**
 * data/docs/000 line 484: 安排因公出国（境）团组6个，累计7人次…主要包括：参加省党政领导干部培训班支出5.41万元…；
 * 赴匈牙利、希腊教育考察团支出9.5万元…；…；赴尼日利亚、埃及考察团支出12.39万元.
 */
describe("the trips a sentence lists after their counts", () => {
  it("'去了哪些国家' names each trip with its stated spending, and the counts beside", async () => {
    const text = plain((await sample.ask("株洲市政府办2024年出国都去了哪几个国家")).answer);
    expect(text).toContain("原文逐项列出6项");
    expect(text).toContain("赴匈牙利、希腊教育考察团：支出 9.50万元");
    expect(text).toContain("赴尼日利亚、埃及考察团：支出 12.39万元");
    expect(text).toMatch(/团组 6个(?:\[\d+\])?，7人次/);
  });
});
