import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * A message that asks two questions about different figures is answered in both parts, the second
 * read as a follow-up of the first (same unit and year). Figures from data/docs/000: line 291
 * 30215 会议费 2.22; line 292 30216 培训费 22.70; line 306 公用经费合计 2,104.76; line 480 "“三公”经费
 * 财政拨款支出预算为136.85万元，支出决算为136.85万元".
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("two questions in one message", () => {
  it("each about its own figure: both answered", async () => {
    const r = await ask("市政府办会议费多少？培训费占公用经费多少？");
    const answer = plain(r.answer);
    expect(answer).toContain("会议费");
    expect(answer).toContain("2.22万元");
    // 22.7 ÷ 2104.76 = 1.08%
    expect(r.answer).toContain("22.7 ÷ 2104.76 = 1.08%");
    expectGrounded(r);
  });

  it("about one figure, budget then actual: still one comparison", async () => {
    const r = await ask("市政府办三公经费预算多少？实际花了多少？");
    expect(r.plan.operation).toBe("compare_budget_actual");
  });

  it("about one figure, then its change: still one question", async () => {
    const r = await ask("市政府办三公经费多少？比上年少了多少？");
    expect(r.plan.operation).toBe("yoy");
  });
});

/**
 * Two questions about the text in one message. 普陀区社会福利院 2024 单位预算 p3 (rendered): "…是收养
 * 社会孤老、退休孤老、寄养有家老人的事业单位。"; p4: "…设5个内设机构，包括：院长室、办公室、财务室、后勤部、
 * 护理部。"
 */
describe("two text questions in one message", () => {
  const welfare = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf"]);
  it("answers each when the message as one finds nothing", async () => {
    const r = await welfare.ask("社会福利院是干什么的？设了几个科室");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("收养社会孤老");
    expect(r.answer).toContain("设5个内设机构");
  });
});

describe("a clause that only asks whether the documents say it", () => {
  it("is about the question before it: a count of bodies no document lists is refused, no passage quoted", async () => {
    const r = await ask("株洲市区有多少家养老机构？市政府办的决算里有写吗");
    expect(r.status).toBe("not_found");
    expect(r.answer).not.toContain("摘自");
  });

  // data/docs/001 lines 704–706 (公开06表): 30211 差旅费 0.00 for the unit as a whole.
  it("a figure asked of each office inside a unit is refused, with the unit's figure as the closest", async () => {
    const r = await ask("驻京办下面各处室的差旅费各是多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("按单位公开");
    expect(r.answer).toContain("差旅费");
  });
});

/**
 * 驻北京联络处 2024 决算 (data/docs/001): line 1135 "公务用车购置费预算为0万元，支出决算为0万元"; line 1137
 * "公务用车运行维护费…支出决算为19.7万元".
 */
describe("a part of nil asked about", () => {
  it("sets its whole's other parts that are not nil beside it", async () => {
    const r = await ask("驻京办2024年买车花钱了吗");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("同属公务用车购置及运行维护费的公务用车运行维护费");
    expect(plain(r.answer)).toContain("19.70万元");
  });
});
