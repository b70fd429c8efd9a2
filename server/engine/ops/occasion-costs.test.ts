import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/000 lines 508–510 (十、一般性支出情况说明): 开支会议费2.22万元，用于召开<甲>…经费支出为会议场租费0.3万元、
 * 会务用餐费0.17万元、其他费用0万元；<乙>…会议场租费1.4万元…；<丙>…会议场租费0.29万元…。开支培训费22.7万元，…经费支出
 * 22.41万元…；…经费支出为0.29万元.
 */
describe("each occasion's spending, added and set against the stated amount", () => {
  it("adds the meetings' costs and says the sum falls short of the stated total", async () => {
    const text = plain(
      (await sample.ask("市政府办2024年开了三个会，会议费2.22万，三个会的钱加起来对得上吗")).answer,
    );
    expect(text).toContain("合计 2.16万元");
    expect(text).toContain("0.3 + 0.17 + 0 + 1.4 + 0 + 0 + 0.29 + 0 + 0 = 2.16");
    expect(text).toContain("少 0.06万元");
    expect(text).toContain("小计 0.47万元");
  });

  it("says when the trainings' costs add up to the stated amount", async () => {
    const text = plain((await sample.ask("株洲市政府办2024年培训费，两期培训的经费加起来是多少")).answer);
    expect(text).toContain("22.41 + 0.29 = 22.7");
    expect(text).toContain("与所列总额一致");
  });

  /** data/docs/000 line 484: 安排因公出国（境）团组6个…主要包括：参加省党政领导干部培训班支出5.41万元…；赴尼日利亚、埃及考察团支出12.39万元. */
  it("reads a list of trips after their count, and adds the trips", async () => {
    const text = plain((await sample.ask("市政府办2024年出国的各个团组分别花了多少，加起来多少")).answer);
    expect(text).toContain("5.41 + 9.5 + 7.5 + 6.58 + 8.6 + 12.39 = 49.98");
    expect(text).toContain("赴尼日利亚、埃及考察团：支出 12.39万元");
    expect(text).toContain("与所列总额一致");
  });
});

/**
 * The same sentences, compared: 000 line 510 (省人大代表…座谈会 会议场租费1.4万元, the largest of the three
 * meetings; 新三板 0.3 + 0.17). (Items a list names with one amount each, the trips of line 484, are
 * ranked by proseRank: prose-ratio.test.ts.)
 */
describe("which occasion cost most or least", () => {
  it("compares the meetings by each clause's subtotal, after the amount was asked", async () => {
    const text = plain((await sample.ask("株洲市政府办2024年会议费花了多少", "其中哪场会用钱最多")).answer);
    expect(text).toContain("花得最多的是省人大代表株洲市第一次代表小组主题活动座谈会");
    expect(text).toContain("小计 1.40万元");
    expect(text).toContain("0.3 + 0.17 + 0 = 0.47");
  });
});
