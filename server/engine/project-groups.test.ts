import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited } from "./answer-expect.js";

/**
 * The projects budgeted at the start of the year and those added during it, as the final accounts'
 * performance write-ups state them. data/docs/002 line 612: 年初预算项目 专项资金125.00万元，实际支出
 * 107.16万元; line 640: 年中追加项目 150.46万元，实际支出102.43万元; table 03 line 173: 项目支出 209.59.
 * data/docs/000 lines 662–664: 年中追加项目 金额241.36万元，实际支出204.44万元. data/docs/003 line 42:
 * 项目支出 2024年年初预算为2351.15万元. By hand: 107.16 ÷ 209.59 = 51.13%, 102.43 ÷ 209.59 = 48.87%,
 * 107.16 + 102.43 = 209.59, 204.44 ÷ 241.36 = 84.70%.
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("projects budgeted at the start of the year and added during it", () => {
  it("gives each group's share of the project spending", async () => {
    const r = await ask("天元区委办的项目经费中，年初定下的与年中新增的比例各是多少");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("107.16 ÷ 209.59 = 51.13%");
    expect(text).toContain("102.43 ÷ 209.59 = 48.87%");
    expectCited(r, DOC.tianyuanFinal, 612);
    expectCited(r, DOC.tianyuanFinal, 640);
  });

  it("adds the two groups against the project spending", async () => {
    const r = await ask("天元区委办：年初项目与年中新增项目相加，同项目支出一致不一致");
    expect(plain(r.answer)).toContain("107.16 + 102.43 = 209.59");
    expect(plain(r.answer)).toContain("相等");
  });

  it("computes the execution of the projects added during the year", async () => {
    const r = await ask("株洲市政府办公室年中新增项目资金的执行率");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("204.44 ÷ 241.36 = 84.70%");
    expectCited(r, DOC.cityFinal, 662);
  });

  it("says so where a body states no projects added during the year", async () => {
    const r = await ask("驻北京联络处年中新增项目开支多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("年中追加");
  });

  it("reads 年初预算的项目支出 as the year-start budget of all projects, not a group", async () => {
    const r = await ask("株洲市政府办公室24年年初预算的项目支出有多大");
    expect(plain(r.answer)).toContain("2351.15万元");
    expect(r.answer).not.toContain("各项目");
  });

  // data/docs/002 lines 616–638: 项目支出 30.54, 24.80, 7.62, 28, 14, 2.2 万元 (the six projects named on
  // line 612); data/docs/000 lines 668–700: 40.1, 40, 2.95, 58.68, 15.18, 25.47, 13.8, 8.25 万元 (the eight
  // named on lines 662–664). By hand: 30.54 + 24.8 + 7.62 + 28 + 14 + 2.2 = 107.16 (as written on line 612);
  // the eight add to 204.43, 0.01 less than the 204.44 written.
  it("lists the projects a group names and adds them against the group's spending", async () => {
    const r = await ask("天元区委办年初就定下来的那些项目实际用了多少钱");
    const text = plain(r.answer);
    expect(text).toContain("30.54 + 24.8 + 7.62 + 28 + 14 + 2.2 = 107.16");
    expect(text).toContain("相等");
    expectCited(r, DOC.tianyuanFinal, 616);
  });

  it("shows the gap where the projects do not add up to what the sentence states", async () => {
    const r = await ask("株洲市政府办公室年中新增项目实际支出");
    const text = plain(r.answer);
    expect(text).toContain("40.1 + 40 + 2.95 + 58.68 + 15.18 + 25.47 + 13.8 + 8.25 = 204.43");
    expect(text).toContain("204.44 − 204.43 = 0.01");
  });
});
