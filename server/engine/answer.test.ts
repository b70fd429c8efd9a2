import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BEIJING, buildSampleIndex, CITY, DOC, SHANGHAI, TIANYUAN } from "../testing/sample-index.js";
import { createEngine, type Engine } from "./answer.js";
import { expectCited, expectFacts, expectGrounded, figureNumbers } from "./answer-expect.js";

/**
 * The engine end to end, offline (no LLM), on the sample corpus. Every expected figure is read
 * from data/docs: [doc, line] pairs point at the line that prints it.
 */
let engine: Engine;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const built = await buildSampleIndex();
  engine = await createEngine(built.store, built.embeddings);
  cleanup = built.cleanup;
});
afterAll(() => cleanup?.());

const ask = (...turns: string[]) =>
  engine.answer(
    turns.map((content) => ({ role: "user" as const, content })),
    { llm: false },
  );

/**
 * [question (turns joined by " | "), facts "value+measure …", cited "doc:line[:table] …", phrases].
 * Docs: C 000 市政府办决算, B 001 驻京办决算, T 002 区委办决算, P 003 市政府办预算.
 */
type Case = [question: string, facts: string, cites: string, says?: string];
const DOCS: Record<string, string> = {
  C: DOC.cityFinal,
  B: DOC.beijingFinal,
  T: DOC.tianyuanFinal,
  P: DOC.cityBudget,
};

const answered: Case[] = [
  ["驻京办三公经费是多少", "23.3万元 19.7万元 3.6万元", "B:1132", "2024年度"],
  ["市政府办有几辆公车", "19辆", "C:494"],
  ["驻京办有几辆公车", "3辆", "B:1142"],
  ["区委办三公经费", "9万元 5.38万元 3.5万元 0.13万元", "T:338:09"],
  ["驻京办三公经费预算完成率是多少", "40万元 23.3万元 58.25% 16.7万元", "B:1132", "58.25%"],
  ["区委办三公经费比上年增长多少", "9万元 4.26万元 89.9%", "T:458 T:338:09", "增加"],
  ["市政府办近两年三公经费变化", "151.98万元 136.85万元 -15.13万元 -9.96%", "C:729 C:356:09", "减少"],
  ["驻京办的公务接待费占三公经费的比重", "15.45% 3.6万元 23.3万元", "B:1134", "3.6 ÷ 23.3 = 15.45%"],
  ["驻京办和区委办三公经费合计", "32.3万元 23.3万元 9万元", "B:1132 T:338:09"],
  ["驻京办和区委办三公经费相差多少", "14.3万元", "B:1132 T:338:09"],
  ["哪个单位三公经费最高", "136.85万元 23.3万元 9万元", "C:356:09", `最高的是${CITY}`],
  ["市政府办30217公务接待费是多少", "1.12万元", "C:293:06"],
  ["区委办2013101行政运行支出", "322.85万元", "T:235:05"],
  // Last year's budget: next year's budget and its stated change (003 line 58: 154, 比2023年减少45).
  ["市政府办2023年的三公经费预算是多少", "199万元 154万元 -45万元", "P:58", "推算"],
  // 支出合计 247.8 (line 117) has no stated change; 收支总计 of the same amount has (line 1106).
  ["驻京办2024年总支出比上年少了多少", "247.8万元 -32.91万元 -11.72%", "B:1106", "响应财政号召"],
  // One cell of a subject's row (公开03表 lines 186–187): not the unit's whole 基本支出 / 项目支出.
  ["市政府办2024年2010301行政运行的基本支出是多少", "3508.11万元", "C:186:03"],
  ["市政府办2024年2010302一般行政管理事务的项目支出是多少", "558.89万元", "C:187:03"],
  // The rows one level below a 款 (公开05表 lines 248–249).
  [
    "市政府办2024年政府办公厅（室）及相关机构事务（20103）下面各项支出分别是多少",
    "3508.11万元 558.89万元",
    "C:248:05 C:249:05",
  ],
  // Money asked of the cars: their running costs (line 1139), not their number.
  ["驻京办公车一年烧多少钱", "19.7万元", "B:1139"],
  // 元 asked: 0.13万元 (table 09, line 338) restated as 1300元.
  ["区委办2024年公务接待费是多少元", "0.13万元 1300元", "T:338:09", "即1300元"],
  // A part of the previous amount named in a follow-up.
  ["区委办2024年三公经费是多少 | 公务接待那块呢", "0.13万元", "T:338:09"],
  ["驻京办2023年三公经费", "26.42万元", "B:1322", "2023年度"],
  ["市政府办2024年部门预算三公经费", "154万元", "P:58"],
  ["市政府办政府采购货物、工程、服务各多少", "179.79万元 106.01万元 389.52万元", "C:516"],
  [
    "市政府办2024年三公经费决算多少？ | 其中公务接待费呢？ | 比上年呢？ | 占比多少",
    "0.82% 1.12万元 136.85万元",
    "C:356:09",
    "1.12 ÷ 136.85 = 0.82%",
  ],
];

describe("answered questions: figures, grounding, citations", () => {
  it.each(answered)("%s", async (question, facts, cites, says) => {
    const r = await ask(...question.split(" | "));
    expect(r.status).toBe("answered");
    expect(r.mode).toBe("rules");
    expectFacts(r, facts);
    expectGrounded(r);
    for (const cite of cites.split(" ")) {
      const [doc, line, table] = cite.split(":");
      expectCited(r, DOCS[doc], Number(line), table);
    }
    if (says) expect(r.answer).toContain(says);
    // The headline names the unit and comes first.
    expect(r.answer.split("\n")[0]).toMatch(/株洲|中共|两个单位/);
  });
});

describe("the grounding check itself", () => {
  it("catches a number that is no fact value or formula operand", async () => {
    const r = await ask("驻京办三公经费是多少");
    expect(() => expectGrounded({ ...r, answer: `约 **25.00万元**\n\n${r.answer}` })).toThrow();
    expect(figureNumbers(r.answer)).toContain("23.30");
  });
});

describe("sources that disagree are both stated", () => {
  it("驻京办公务接待费: 3.6 (line 1134) and 3.61 (line 1139) in the same section", async () => {
    const r = await ask("驻京办的公务接待费是多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "3.6万元 3.61万元");
    expect(r.answer.split("\n")[0]).toContain("**3.60万元**");
    expect(r.answer).toContain("**3.61万元**");
    expect(r.answer).toMatch(/不一致/);
    expectCited(r, DOC.beijingFinal, 1134);
    expectCited(r, DOC.beijingFinal, 1139);
    expectGrounded(r);
  });

  it("市政府办因公出国费: table 09 全年预算 49.98 (line 356) vs narrative 预算 20 (line 484)", async () => {
    const r = await ask("市政府办因公出国费预算是多少");
    expectFacts(r, "49.98万元 20万元");
    expect(r.answer).toMatch(/全年预算（调整后）/);
    expect(r.answer).toMatch(/口径不同/);
    expectCited(r, DOC.cityFinal, 356, "09");
    expectCited(r, DOC.cityFinal, 484);
    expectGrounded(r);
  });

  it("区委办人员经费: table 06 544.3 (line 287) vs narrative 544.36 (line 442)", async () => {
    const r = await ask("区委办人员经费是多少");
    expectFacts(r, "544.3万元 544.36万元");
    expect(r.answer).toMatch(/不一致/);
    expectCited(r, DOC.tianyuanFinal, 287, "06");
    expectCited(r, DOC.tianyuanFinal, 442);
  });
});

describe("variance drafts for finance staff", () => {
  it("驻京办三公经费: budget, actual, rate, gap and the documented reason (001 line 1132)", async () => {
    const r = await ask("起草一段说明：驻京办三公经费决算小于预算的原因");
    expect(r.status).toBe("answered");
    expect(r.plan.operation).toBe("explain_variance");
    const draft = r.answer.slice(r.answer.indexOf("可直接使用的说明草稿"));
    expect(draft).toContain("**40.00万元**");
    expect(draft).toContain("**23.30万元**");
    expect(draft).toContain("**58.25%**");
    expect(draft).toContain("**16.70万元**");
    expect(draft).toContain("为响应财政号召，压缩开支，节约经费");
    expectCited(r, DOC.beijingFinal, 1132);
    expectGrounded(r);
  });

  it("市政府办一般行政管理事务: 683 → 558.89, 81.83%, reason 优化营商环境相关业务未开展 (000 line 402)", async () => {
    const r = await ask("起草一段说明：市政府办一般行政管理事务决算小于预算的原因");
    expectFacts(r, "683万元 558.89万元 81.83% 124.11万元");
    expect(r.answer).toContain("主要原因是：优化营商环境相关业务未开展");
    expect(r.answer).toContain("年初预算");
    expectCited(r, DOC.cityFinal, 402);
    expectGrounded(r);
  });
});

describe("not found: units, years and items not published", () => {
  it.each([
    ["株洲市教育局三公经费", /株洲市教育局/],
    ["湘潭市人民政府办公室三公经费", /湘潭市人民政府办公室/],
    ["驻京办2022年三公经费", /2022年度.*已收录：2024年度决算/],
    ["市政府办土地出让收入", /土地出让收入/],
  ])("%s", async (question, message) => {
    const r = await ask(question);
    expect(r.status).toBe("not_found");
    expect(r.answer).toMatch(message);
    expect(r.facts).toEqual([]);
    expect(figureNumbers(r.answer)).toEqual([]);
  });

  it("驻沪办 publishes nothing of its own: its figures are in 市政府办's accounts (000 line 88)", async () => {
    const r = await ask("驻上海联络处三公经费是多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain(SHANGHAI);
    expect(r.answer).toContain(`${CITY}2024年度决算`);
  });
});

describe("clarify", () => {
  it("asks which unit when the question names none", async () => {
    const r = await ask("三公经费是多少");
    expect(r.status).toBe("clarify");
    for (const unit of [CITY, BEIJING, TIANYUAN]) expect(r.answer).toContain(unit);
    expect(r.facts).toEqual([]);
  });
});

describe("text questions", () => {
  it("区委办的职责: quoted from 部门职责 of its own document", async () => {
    const r = await ask("区委办的职责是什么");
    expect(r.status).toBe("answered");
    expect(r.answer).toMatch(/^以下内容摘自中共株洲市天元区委办公室2024年度决算/);
    expect(r.answer).toMatch(/\n> /);
    expect(r.citations.length).toBeGreaterThan(0);
    for (const c of r.citations) {
      expect(c.docId).toBe(DOC.tianyuanFinal);
      expect(c.lines![0]).toBeGreaterThanOrEqual(54);
      expect(c.lines![1]).toBeLessThanOrEqual(91);
    }
  });
});

describe("known engine bugs", () => {
  // 去年 = the year of the latest 决算, 2024 (published in 2025): 三公 actual 136.85 (000 line 356),
  // and the answer says how 去年 was read.
  it("去年市政府办三公经费 answers the latest 决算's figure and says which year 去年 means", async () => {
    const r = await ask("去年市政府办三公经费");
    expect(r.answer.split("\n")[0]).toContain("2024年度");
    expect(r.answer.split("\n")[0]).toContain("136.85万元");
    expect(r.answer).toContain("“去年”按2024年理解");
  });

  // "比2023年减少45万元" (003 line 58) compares the two years' budgets; the actual fell by 15.13.
  it("市政府办三公经费比上年: the headline does not pass the budget change off as the actual one", async () => {
    const r = await ask("市政府办三公经费比上年增长多少");
    expect(r.answer.split("\n")[0]).not.toContain("45.00万元");
  });

  // Table 09 lists 全年预算 49.98 (000 line 356) beside the narrative's 预算 20 (line 484).
  it("市政府办因公出国费预算完成情况 mentions the adjusted full-year budget too", async () => {
    const r = await ask("市政府办因公出国费预算完成情况");
    expect(r.answer).toMatch(/全年预算/);
    expectCited(r, DOC.cityFinal, 356, "09");
  });
});
