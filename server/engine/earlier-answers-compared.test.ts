import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the sample exports (cat -n):
 * - 003 (市政府办 2024 预算) line 42: 项目支出 年初预算2351.15万元; 驻京工作经费项目217万 "主要用于驻京办的日常运转",
 *   招商专项项目40万元 "主要用于驻京办的招商工作" (217 + 40 = 257).
 * - 001 (驻京办 2024 决算) line 120–122: 本年支出合计 247.80 (257 − 247.8 = 9.2).
 * - 000 (市政府办 2024 决算) line 184: 03表 合计 项目支出 763.33; line 660: 市长热线 项目支出 510 万元, the
 *   largest of the projects line 604 lists (510 ÷ 763.33 = 66.81%); line 739 is the 基础数据表's header row
 *   "市级专项资金（一个专项一行）", a form's instruction in brackets, no project.
 */
const { ask } = useSampleEngine();

describe("follow-ups on the answers just given", () => {
  it("“最大的一个项目”: the determiner names nothing; the projects are ranked, not a row whose note says 一个", async () => {
    const r = await ask("株洲市政府办公室2024年的项目支出有多少？", "里面最大的一个项目是哪个？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("市长热线");
    expect(r.answer).toContain("510.00万元");
    expect(r.answer).not.toContain("一个专项一行");
    expectGrounded(r);
  });

  it("“它占…的比重” after a ranking: the first ranked item over the whole, formula shown", async () => {
    const r = await ask("株洲市政府办公室2024年哪个项目花钱最多？", "那它占项目支出的比重有多大？");
    expect(r.status).toBe("answered");
    expect(r.answer.split("\n")[0]).toContain("66.81%");
    expect(r.answer).toContain("510 ÷ 763.33 = 66.81%");
    expectGrounded(r);
  });

  it("a body's budget set aside for another, asked as a follow-up, is not the figure of the turn before", async () => {
    const r = await ask(
      "驻北京联络处2024年实际支出是多少？",
      "市政府办那本2024年预算里，拨给驻京办的钱有多少？",
    );
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("257.00万元");
    expect(r.answer).toContain("217 + 40 = 257");
    expectGrounded(r);
  });

  it("“两边对得上吗”: the two answers before set against each other, their gap computed and both cited", async () => {
    const r = await ask(
      "驻北京联络处2024年实际支出是多少？",
      "市政府办那本2024年预算里，拨给驻京办的钱有多少？",
      "这两个数对得上吗？",
    );
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("247.80万元");
    expect(r.answer).toContain("257.00万元");
    expect(r.answer).toContain("257 − 247.8 = 9.20");
    expect(r.answer).toContain("口径");
    expectGrounded(r);
  });

  it("an answer that already gives both figures is kept (two units' same figure, their gap)", async () => {
    const r = await ask("驻北京联络处2024年三公经费是多少？", "市政府办2024年的呢？", "两者相差多少？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("113.55万元");
    expectGrounded(r);
  });
});

/**
 * 000 line 510 (一般性支出情况说明): 培训费22.7万元 for the 在职人员能力提升班, 人数50人, "经费支出22.41万元
 * （赴厦门学习）" — the bracket names what the 22.41 was for (22.41 ÷ 50 = 0.45).
 */
describe("one occasion of a figure, pointed at", () => {
  it("“派人去厦门学习的那次…培训，每个人摊下来多少”: the sentence's occasion amount over its head count, not the unit's 培训费 over its staff", async () => {
    const r = await ask("株洲市政府办公室派人去厦门学习的那次能力提升培训，每个人摊下来多少钱？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("22.41万元");
    expect(r.answer).toContain("50人");
    expect(r.answer).toContain("22.41 ÷ 50 = 0.45");
    expect(r.answer).not.toContain("125人");
    expectGrounded(r);
  });
});
