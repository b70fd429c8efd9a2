import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the sample exports (cat -n):
 * - 000 (市政府办 2024 决算) line 484: 因公出国（境）费 预算20万元, 决算49.98万元, 完成预算的249.9%, because
 *   "编制预算时2024年出国计划未定"; line 504: 机关运行经费支出2104.76万元, 比年初预算数减少544.23万元.
 * - 002 (天元区委办 2024 决算) lines 648 and 840: a project of its own named "因公出国经费"; line 348:
 *   收、支总计840.70万元, 比上年减少355.92万元, 减少29.7%, with its reason (职级干部回原单位管理).
 * - 001 line 1106: 收、支总计247.8万元, 比上年减少32.91万元, 减少11.72% (247.8 + 32.91 = 280.71 the year before);
 *   002 line 580: 编制人数22人, 实有人数29人.
 * - 001 lines 1286–1294: 七、存在的问题及原因分析, then 下一步改进措施 (2.加强绩效运行监控…).
 * - 001 lines 7 and 1199: 本部门主要职责是：负责市委、市人民政府领导在京公务活动的接待工作；….
 * - 001 lines 1634–1836: 驻京工作经费's 项目支出绩效自评表, 总分 100, 99.7; 003 line 42 (市政府办's budget)
 *   names the project too.
 * - 003 line 29: 内设科室19个 (2024 预算); 000 line 86: 25个内设科室 (2024 决算).
 * - 002 line 338 (公开09表): 三公 9.00 = 出国 5.38 + 公务用车 3.50 + 接待 0.13 (3.5 ÷ 9 = 38.89%).
 * - 002 line 173 (公开03表): 合计 840.70, 基本支出 631.11, 项目支出 209.59.
 * - 002 line 482: 机关运行经费支出42.22万元, 比上年决算数减少9.81万元 (42.22 + 9.81 = 52.03 the year before).
 * - 003 (市政府办 2024 预算) line 47: 机关运行经费 年初预算 2182.99万元 (2104.76 − 2182.99 = −78.23).
 * - 001 (驻京办 2024 决算) lines 1132–1139: 三公 23.3万元, 公务用车运行维护费 19.7, 公务接待费 3.6
 *   (19.7 ÷ 23.3 = 84.55%, 3.6 ÷ 23.3 = 15.45%; line 1139 itself states 占15.45%).
 */
const { ask } = useSampleEngine();

describe("a project's name belongs to the bodies whose documents name it", () => {
  it("another body's project of the same words does not stand for the 三公 part asked", async () => {
    const r = await ask("株洲市政府办公室因公出国经费当初预算安排了多少？结果实际用掉多少？");
    expect(r.status).toBe("answered");
    expect(r.answer).not.toContain("因公出国经费项目");
    for (const figure of ["20.00万元", "49.98万元"]) expect(r.answer).toContain(figure);
    expectGrounded(r);
  });

  it("the body that has the project still gets the project", async () => {
    const r = await ask("天元区委办“因公出国经费”项目调整后全年预算多少？");
    expect(r.answer).toContain("因公出国经费");
    expect(r.answer.split("\n")[0]).toContain("10");
  });
});

describe("the scale of the final accounts", () => {
  it("“决算规模” is the 收支总计, and its change on last year is the document's", async () => {
    const r = await ask("中共天元区委办公室24年的决算规模比上一年变了多少？");
    expect(r.status).toBe("answered");
    expect(r.answer).not.toContain("规模化");
    for (const figure of ["840.70万元", "355.92万元"]) expect(r.answer).toContain(figure);
    expectGrounded(r);
  });
});

describe("the base of a change the asker states", () => {
  it("“比上年少了N万，那上年是多少” is the year before, worked out from the stated change", async () => {
    const r = await ask("中共天元区委办公室机关运行经费较去年减了9.81万元，去年的有多少？");
    expect(r.answer).toContain("52.03万元");
    expect(r.answer).toContain("42.22 − (-9.81) = 52.03");
    expectGrounded(r);
  });
});

describe("a start-of-year budget two documents disagree on", () => {
  it("the gap is also computed on the budget document's own figure, with its formula", async () => {
    const r = await ask(
      "株洲市政府办公室2024年度给机关运行经费做的年初预算是多少？",
      "决算实际用了多少？",
      "两者相差多少",
    );
    expect(r.answer).toContain("544.23万元");
    expect(r.answer).toContain("2182.99万元");
    expect(r.answer).toContain("2104.76 − 2182.99 = -78.23");
    expectGrounded(r);
  });
});

describe("the parts of a whole and each one's share", () => {
  it("“由哪几部分构成，分别占多少” lists the parts with their shares of the whole", async () => {
    const r = await ask("驻北京联络处三公经费是由哪几部分构成，分别占多少？");
    expect(r.status).toBe("answered");
    for (const figure of ["23.30万元", "84.55%", "15.45%"]) expect(r.answer).toContain(figure);
    expect(r.answer).toContain("19.7 ÷ 23.3 = 84.55%");
    expectGrounded(r);
  });

  it("“构成和比重” asks the same", async () => {
    const r = await ask("驻京联络处2024年三公经费的结构和比重");
    expect(r.answer).toContain("84.55%");
  });
});

describe("what the asker says about the message itself", () => {
  it("a writer's preface before a colon names nothing asked", async () => {
    const r = await ask(
      "做公众号的，这几天在赶一篇讲机关开支的文章，需要核实下：驻北京联络处24年三公经费多少？多谢",
    );
    expect(r.status).toBe("answered");
    expect(r.answer.split("\n")[0]).toContain("23.30万元");
  });

  it("the letter O typed for a zero, and a bracketed word on the slip", async () => {
    const r = await ask("天元区委办 2O24 年 基本支出多少（手滑打错了）");
    expect(r.status).toBe("answered");
    expect(r.answer.split("\n")[0]).toContain("631.11万元");
  });
});

describe("last year's figure worked out beside a stated change", () => {
  it("a change stated only for a figure of the same amount still gives the year before, with its formula", async () => {
    const r = await ask("驻北京联络处2024年的支出合计，和2023年相比少花了多少？");
    expect(r.answer).toContain("32.91万元");
    expect(r.answer).toContain("247.8 − (-32.91) = 280.71");
  });
});

describe("a gap asked right after a count, in the same message", () => {
  it("“实际有多少人？比编制超了几个” after the establishment: both counts and the gap", async () => {
    const r = await ask("天元区委办核定编制是多少人", "那实际有多少人？比编制超了几个");
    expect(r.answer).toContain("29人");
    expect(r.answer).toContain("22人");
    expect(r.answer).toContain("29 − 22 = 7");
  });

  it("a change on last year asked after a count is no gap to the establishment", async () => {
    const r = await ask("天元区委办核定编制是多少人", "比上年多了几个人");
    expect(r.answer).not.toContain("超出编制");
  });
});

describe("the body's own place said before its short name", () => {
  it("“株洲驻北京联络处主要管什么”: 株洲 is part of the name, the duties are read", async () => {
    const r = await ask("株洲驻北京联络处主要管什么");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("负责市委、市人民政府领导在京公务活动的接待工作");
  });
});

describe("shortcomings asked of the evaluation report by name", () => {
  it("“自评报告里说…不足，打算如何改进”: the report's named document is no topic word", async () => {
    const r = await ask("驻京办的整体支出自评报告里讲了有哪些不足，打算如何改进");
    expect(r.answer).toContain("七、存在的问题及原因分析");
    expect(r.answer).toContain("改进措施");
  });
});

describe("a part named by one character in a list", () => {
  it("“出国、车、接待” lists the three parts of 三公, the car's among them", async () => {
    const r = await ask("天元区委办三公经费里，接待、车、出国分别占几成？");
    for (const figure of ["5.38万元", "3.50万元", "0.13万元", "38.89%"]) expect(r.answer).toContain(figure);
    expect(r.answer).toContain("3.5 ÷ 9 = 38.89%");
  });
});

describe("a count asked again of the other document", () => {
  it("“决算里呢，几个” after the budget's count searches the final accounts", async () => {
    const r = await ask("株洲市政府办公室24年预算里写的内设科室有多少个", "那决算里写了几个");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("25个内设科室");
  });
});

describe("a project two bodies name, its score asked", () => {
  it("is read from the body whose documents score it, not asked back", async () => {
    const r = await ask("驻京工作经费这个项目在自评表里总分多少");
    expect(r.status).toBe("answered");
    expect(r.answer.split("\n")[0]).toContain("株洲市人民政府驻北京联络处");
    expect(r.answer.split("\n")[0]).toContain("99.7分");
  });
});
