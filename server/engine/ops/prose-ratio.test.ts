import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectGrounded } from "../answer-expect.js";

/**
 * Ratios of two figures one passage states (data/docs): 001 line 1271 "累计开展食堂接待104批次799人，
 * 菜价成本支出3.66万元"; 002 line 640 "年中追加项目…项目150.46万元，实际支出102.43万元"; 000 line 660
 * "项目支出510万元，主要用于…。12345热线全年共接通企业和群众来电490871次"; 003 lines 59–60 "2024年预算
 * 安排会议费1万元，…共计4次，每次30人"; 000 line 484 lists six 出国 groups with their amounts ("…参加省党政
 * 领导干部培训班支出5.41万元，…；赴匈牙利、希腊教育考察团支出9.5万元，…；赴尼日利亚、埃及考察团支出12.39万元…").
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a ratio of two figures a sentence states", () => {
  it("an amount per person: the sentence's amount over its head count, quoted", async () => {
    const r = await ask("驻京办在单位食堂招待客人，平均每人吃饭成本多少钱");
    const text = plain(r.answer);
    expect(text).toContain("3.66 × 10000 ÷ 799 = 45.81元/人");
    expect(text).toContain("累计开展食堂接待104批次799人");
    expectGrounded(r);
  });

  it("a planned amount and what was spent of it: the execution rate", async () => {
    const text = plain((await ask("区委办年中追加的那批项目执行率怎么样")).answer);
    expect(text).toContain("102.43 ÷ 150.46 = 68.08%");
  });

  it("a count the sentence after the amount states: the amount per call", async () => {
    const text = plain((await ask("市政府办12345热线平均每个电话花了多少钱")).answer);
    expect(text).toContain("510 × 10000 ÷ 490871 = 10.39元/次");
  });

  it("a count per occasion is no total to divide by, and a budget question reads no final accounts", async () => {
    const text = plain((await ask("市政府办2024年预算里的会议费平均每人次多少钱")).answer);
    expect(text).not.toContain("333.33");
    expect(text).not.toContain("246.67");
  });
});

describe("which of the things a sentence lists cost most", () => {
  it("the items ranked by the amounts the sentence gives each, the first named", async () => {
    const r = await ask("市政府办2024年那几个出国考察团，哪一个开销最大");
    const text = plain(r.answer);
    expect(text).toContain("最多的是赴尼日利亚、埃及考察团：12.39万元");
    expect(text).toContain("参加省党政领导干部培训班：5.41万元");
    expectGrounded(r);
  });

  it("the least when asked, and after a question that named the figure", async () => {
    const text = plain((await ask("市政府办2024年出国费多少", "花费最少的是哪个团")).answer);
    expect(text).toContain("最少的是参加省党政领导干部培训班：5.41万元");
  });
});

describe("a change is not a planned amount", () => {
  // 000 line 652: "…市长热线专项，年中执行调减124.11万元，实际支出558.89万元" — 124.11 is a reduction.
  it("no execution rate is computed over an amount cut during the year", async () => {
    const text = plain((await ask("市政府办热线专项执行率和得分各是多少")).answer);
    expect(text).not.toContain("558.89 ÷ 124.11");
  });
});
