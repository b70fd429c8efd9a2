import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited, expectFacts, expectGrounded } from "./answer-expect.js";
import { CONFIDENCE_FLOOR } from "./read-subject.js";

/**
 * Refusal by scope: what is asked (a person, a meal, a month, a name the documents do not list)
 * is compared with what the unit's facts are; the answer refuses and names the closest disclosed
 * figure instead of giving it as the answer. Closest figures from data/docs: 000 line 131
 * (本年收入合计 5,487.18), line 356 (table 09, 三公 136.85), line 292 (table 06, 30216 培训费
 * 22.70: an amount, where a count of trainees was asked); 002 line 173 (table 03 合计, 项目支出
 * 209.59), line 338 (table 09, 公务接待费 0.13), line 474 (来访团组1个、来宾6人次).
 */
const { ask } = useSampleEngine();

type Case = [question: string, lacking: RegExp, closest: string, doc: string, line: number, table?: string];
const cases: Case[] = [
  ["市政府办主任2024年的收入是多少", /个人的信息/, "5487.18万元", DOC.cityFinal, 131, "01"],
  ["区委办公务接待一顿饭多少钱", /每餐、每次/, "0.13万元", DOC.tianyuanFinal, 338, "09"],
  ["区委办2024年智慧城市项目支出", /“智慧城市”/, "209.59万元", DOC.tianyuanFinal, 173, "03"],
  ["市政府办2024年每月的三公经费", /月度或季度/, "136.85万元", DOC.cityFinal, 356, "09"],
  ["区委办2024年某某工程项目支出是多少", /“某某工程”/, "209.59万元", DOC.tianyuanFinal, 173, "03"],
  ["市政府办2024年培训了多少人次", /“培训费”的人数或次数/, "22.7万元", DOC.cityFinal, 292, "06"],
  ["市政府办三公经费占全市的比例", /全市/, "136.85万元", DOC.cityFinal, 356, "09"],
  // A count asked in a measure of events ("多少场") of an amount stating none: 000 line 287 差旅费 172.23.
  ["市政府办2024年出差了多少场", /“差旅费（30211）”的人数或次数/, "172.23万元", DOC.cityFinal, 287, "06"],
];

describe("a fee inside the vehicle costs", () => {
  it("is refused: no table itemises 加油费 (000 line 356 gives only 公务用车运行维护费 85.75)", async () => {
    const r = await ask("市政府办2024年公车的加油费是多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toMatch(/^文件没有单列的用车燃油/);
    // Named as the closest figure, which holds the fuel, not given as the fuel's cost.
    expect(r.answer).toContain("最接近的公开数字是株洲市人民政府办公室2024年度公务用车运行维护费");
    expect(r.answer).not.toContain("85.75万元为");
  });

  it("while the vehicle costs asked in everyday words are answered (85.75)", async () => {
    const r = await ask("市政府办2024年公车一年花多少钱");
    expect(r.status).toBe("answered");
    expectFacts(r, "85.75万元");
  });
});

describe("refused with the closest disclosed figure named", () => {
  it.each(cases)("%s", async (question, lacking, closest, doc, line, table) => {
    const r = await ask(question);
    expect(r.status).toBe("not_found");
    expect(r.answer).toMatch(/^文件没有/);
    expect(r.answer).toMatch(lacking);
    expect(r.answer).toContain("最接近的公开数字是");
    expectFacts(r, closest);
    expectCited(r, doc, line, table);
    expectGrounded(r);
  });

  it("a meal: the counts the documents state are listed beside the total", async () => {
    const r = await ask("区委办公务接待一顿饭多少钱");
    expectFacts(r, "1个 6人次");
    expectCited(r, DOC.tianyuanFinal, 474);
  });

  it("the plan says why: a qualifier no name has halves the confidence", async () => {
    const r = await ask("区委办2024年智慧城市项目支出");
    expect(r.plan.qualifiers).toEqual(["智慧城市"]);
    expect(r.plan.confidence).toBeLessThan(CONFIDENCE_FLOOR);
  });
});

describe("refused without a figure when nothing close is asked", () => {
  it.each([
    ["区委办2024年政府债务余额是多少", /“政府债务余额”/],
    ["驻京办在北京的办公用房面积有多大", /面积/],
    ["株洲市2024年全市一般公共预算收入是多少", /全市/],
    ["区委办党政专用通信二级网建设项目的中标供应商是哪家", /供应商/],
    // A post's monthly pay or an item's price, with no unit named: refused, not asked which unit.
    ["热线接线员每个月拿多少工资", /个人的信息/],
    ["食堂的菜单价多少", /单价/],
    // Who holds a post, and who got the money, are not disclosed.
    ["驻京办的负责人是谁", /个人的信息/],
    ["市政府办的城镇独生子女父母奖励都发给了哪些单位", /受益单位|单位名称/],
  ])("%s", async (question, message) => {
    const r = await ask(question);
    expect(r.status).toBe("not_found");
    expect(r.answer).toMatch(message);
  });
});

describe("words the documents do have are not refused", () => {
  it("a qualifier named in the unit's facts (商务接待, 001 narrative) keeps the answer", async () => {
    const r = await ask("驻京办的公务接待和商务接待各多少");
    expect(r.status).toBe("answered");
    // 商务接待 is a part of its own (the sentence states it), not read as 公务接待费.
    expect(r.plan.qualifiers).toEqual(["商务接待"]);
  });

  it("places, fillers and politeness are no qualifiers", async () => {
    const r = await ask("请问一下哈，湖南株洲天元区委办2024年在公车上到底花了多少钱啊");
    expect(r.status).toBe("answered");
    expect(r.plan.qualifiers).toEqual([]);
    expectFacts(r, "3.5万元");
  });
});

describe("a refusal that echoes the question", () => {
  it("never echoes a number the asker wrote (every number in an answer is a figure's)", async () => {
    const r = await ask("驻京办那4台车每台平均折下来多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).not.toMatch(/\d/);
  });
});

describe("an item the documents count only inside a disclosed figure", () => {
  // 001 line 1137: "公务用车运行维护费支出预算为18万元，支出决算为19.7万元"; line 1142: "…主要是燃油费、维修费、
  // 保险费等" — no table itemises them; the number of cars (3辆) is not the answer either.
  it("公车保险费 is refused, the running cost named as the closest", async () => {
    const r = await ask("驻京办公车保险费多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("公务用车运行维护费");
    expectFacts(r, "19.7万元");
    expect(r.answer).not.toContain("3辆");
  });

  it("a question about what the running cost includes is no refusal", async () => {
    const r = await ask("驻京办公务用车运行维护费包括加油吗");
    expect(r.answer).not.toMatch(/^文件没有单列/);
  });
});

describe("who took part", () => {
  // 000 line 484 lists the delegations and their cost, never their members.
  it("'都是哪些领导去的' is refused: the documents name no people", async () => {
    const r = await ask("市政府办出国考察都是哪些领导去的");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("名单");
  });

  it("'几个人' after trips no figure counts is not the staff head count (000 line 594: 在职人数125人)", async () => {
    const r = await ask("市政府办跑了几次北京，几个人");
    expect(r.status).toBe("not_found");
    expect(r.answer).not.toContain("125人");
  });
});
