import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

describe("people of an activity, not the staff", () => {
  /**
   * 001 line 1148: "三类会议是召开株洲市人民政府驻北京联络处专家座谈会议费，人数30人，经费支出为会议场地租赁费
   * 0.3万元"; line 11 states the staff ("现有在职人员5人"), which is not what is asked.
   */
  const { ask } = useSampleEngine();

  it("counts the people the meeting paragraph states, asked with the fee", async () => {
    const answer = plain((await ask("驻京办会议费用于什么会，有多少人参加")).answer);
    expect(answer).toContain("30人");
    expect(answer).not.toContain("5人");
  });

  it("a follow-up asking how many people stays on the fee asked before", async () => {
    const result = await ask("驻京办2024年会议费花了多少", "是什么会，来了多少人");
    expect(plain(result.answer)).toContain("30人");
    expect(plain(result.answer)).not.toContain("在职");
  });

  it("the unit's own people are its staff", async () => {
    const result = await ask("驻京办2024年会议费花了多少", "单位有多少人");
    expect(result.plan.metrics).toEqual([{ type: "metric", key: "在职人数" }]);
  });
});

describe("a follow-up that asks another measure or the other side", () => {
  /**
   * putuo-czj-2024-bumen-juesuan p23 (rendered): "绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分
   * 99.43分". shanghai-czj-2025-danwei-yusuan p7: 收入总计 171,915,169; 支出 by class: 一般公共服务支出
   * 127,886,849, 社会保障和就业支出 17,560,320, 卫生健康支出 4,668,000, 住房保障支出 21,800,000.
   */
  const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "shanghai-czj-2025-danwei-yusuan.pdf"]);

  it("a score asked after a count of projects is the score, not the projects' money", async () => {
    const result = await ask("普陀财政局做了几个项目的绩效自评", "平均得几分");
    const answer = plain(result.answer);
    expect(answer).toContain("99.43分");
    expect(answer).not.toContain("项目支出");
  });

  it("where the money went after the income is asked is the spending total by class", async () => {
    const result = await ask("上海市财政局2025年的收入预算有多少", "钱主要用在了哪里");
    expect(result.plan.metrics).toEqual([{ type: "metric", key: "支出合计" }]);
    const answer = plain(result.answer);
    expect(answer).toMatch(/一般公共服务支出(?:（201）)?：12788\.68万元/);
    expect(answer).toMatch(/住房保障支出(?:（221）)?：2180\.00万元/);
  });
});

describe("a project's share asked after the spending it is paid from", () => {
  // 003 line 42: "项目支出：2024年年初预算为2351.15万元 … 市长热线项目专项项目510万元".
  const { ask } = useSampleEngine();

  it("is the project over the figure asked before", async () => {
    const answer = plain((await ask("市政府办2024年项目支出的预算是多少", "市长热线项目占了多少")).answer);
    // 510 ÷ 2351.15 = 0.216915… → 21.69 %.
    expect(answer).toContain("21.69%");
  });
});
