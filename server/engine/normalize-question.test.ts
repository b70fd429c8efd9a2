import { describe, expect, it } from "vitest";
import { normalizeQuestion } from "./normalize-question.js";

describe("normalizeQuestion", () => {
  it.each([
    ["某局 呃 收入决算总表里 年末结转是多少", "某局收入决算总表里年末结转是多少"],
    ["嗯 那个 区委办的三公经费", "区委办的三公经费"],
    ["长沙驻沪的那个联络处公用经费", "长沙驻沪联络处公用经费"],
    ["杨浦那个民政局的车辆", "杨浦民政局的车辆"],
    ["某区信息话建设预算", "某区信息化建设预算"],
  ])("drops spoken fillers and a demonstrative inside a loosely said name: %s", (question, normalized) => {
    expect(normalizeQuestion(question)).toBe(normalized);
  });

  it.each(["那个局的三公呢", "去年那个局的人员经费", "这个数字对吗"])(
    "keeps a demonstrative that points back: %s",
    (question) => {
      expect(normalizeQuestion(question)).toBe(question);
    },
  );

  it.each([
    ["如果再压减百分之十还剩多少", "如果再压减10%还剩多少"],
    ["增长百分之二十五点五", "增长25.5%"],
    ["下调百分之五", "下调5%"],
    ["提高百分之两", "提高2%"],
  ])("writes a percentage in words as digits: %s", (question, normalized) => {
    expect(normalizeQuestion(question)).toBe(normalized);
  });

  it.each(["占百分之几", "多百分之多少"])("keeps the words that ask for a percentage: %s", (question) => {
    expect(normalizeQuestion(question)).toBe(question);
  });

  it.each([
    ["年初年末结转和结余分别是多少", "年初结转和结余、年末结转和结余分别是多少"],
    ["人员和公用经费各多少", "人员经费和公用经费各多少"],
    ["年初结转、年末结转结余是多少", "年初结转和结余、年末结转和结余是多少"],
  ])("writes out two figures said with one ending: %s", (question, normalized) => {
    expect(normalizeQuestion(question)).toBe(normalized);
  });

  it.each([
    ["年末结转结余比年初多了多少", "年末结转结余比年初结转结余多了多少"],
    ["基本支出比项目少多少", "基本支出比项目支出少多少"],
    ["人员经费较公用高多少", "人员经费较公用经费高多少"],
    // the noun is written out already, or the modifier is no sibling's: unchanged
    ["年末结转和结余比年初结转和结余多多少", "年末结转和结余比年初结转和结余多多少"],
    ["基本支出比上年多多少", "基本支出比上年多多少"],
  ])("writes out the noun a sibling modifier shares: %s", (question, normalized) => {
    expect(normalizeQuestion(question)).toBe(normalized);
  });

  it("an amount pasted with thousands separators is one number, not a code and a number", () => {
    expect(normalizeQuestion("表里“某某费 215,600”在哪")).toBe("表里“某某费215600”在哪");
    expect(normalizeQuestion("合计22,118,861.34元")).toBe("合计22118861.34元");
    expect(normalizeQuestion("甲,乙两项")).toBe("甲,乙两项");
    expect(normalizeQuestion("2023,2024两年")).toBe("2023,2024两年");
    expect(normalizeQuestion("301,302,303各多少")).toBe("301,302,303各多少");
    expect(normalizeQuestion("301，302，303各多少")).toBe("301,302,303各多少");
  });

  it("a code typed one digit at a time is one code; a pasted row's cells stay apart", () => {
    expect(normalizeQuestion("驻京办 2 0 1 0 3 0 1 这行决算多少")).toContain("2010301");
    expect(normalizeQuestion("行政运行 145.09 145.09")).toBe("行政运行145.09｜145.09");
  });

  it("homophones of 接待, 决算 and 维护 typed by pinyin", () => {
    expect(normalizeQuestion("公务借贷费多少")).toBe("公务接待费多少");
    expect(normalizeQuestion("借贷资金多少")).toBe("借贷资金多少");
    expect(normalizeQuestion("绝算数")).toBe("决算数");
    expect(normalizeQuestion("公务用车运行为护费")).toBe("公务用车运行维护费");
  });

  it("a column listed by its first word after other columns: 项目 → 项目支出", () => {
    expect(normalizeQuestion("人员经费、公用经费、项目各多少")).toBe("人员经费、公用经费、项目支出各多少");
    expect(normalizeQuestion("项目各多少")).toBe("项目各多少");
  });

  it("homophones typed for 三公", () => {
    expect(normalizeQuestion("2026三工经费预算多少")).toBe("2026三公经费预算多少");
    expect(normalizeQuestion("三宫经费")).toBe("三公经费");
    expect(normalizeQuestion("三工作日")).toBe("三工作日");
  });

  it("words listed with spaces before 各/分别 are listed; other spaces only part words", () => {
    expect(normalizeQuestion("货物 工程 服务各多少")).toBe("货物、工程、服务各多少");
    expect(normalizeQuestion("区委办 2024 年 政府 采购 总额")).toBe("区委办2024年政府采购总额");
    expect(normalizeQuestion("普陀区 财政局 2024 三公分别多少")).toBe("普陀区财政局2024三公分别多少");
  });

  it("who asks, what for and thanks, typed in traditional characters, are no part of the question", () => {
    expect(normalizeQuestion("審計問：區委辦2024年三公經費多少？謝謝")).toBe("区委办2024年三公经费多少?");
    expect(normalizeQuestion("寫匯報材料用：區委辦三公經費")).toBe("区委办三公经费");
  });

  it("full-width digits and traditional characters", () => {
    expect(normalizeQuestion("２０２４年 預算")).toBe("2024年预算");
  });
});

describe("short forms finance staff write", () => {
  it("spells out 财拨 and 公共预算 / 一般预算 before a fund's figure", () => {
    expect(normalizeQuestion("某处财拨支出多少")).toBe("某处财政拨款支出多少");
    expect(normalizeQuestion("某处公共预算财政拨款支出")).toBe("某处一般公共预算财政拨款支出");
    expect(normalizeQuestion("某处一般预算支出")).toBe("某处一般公共预算支出");
  });

  it("leaves the full names and other uses of the words alone", () => {
    expect(normalizeQuestion("某处一般公共预算支出")).toBe("某处一般公共预算支出");
    expect(normalizeQuestion("公共预算的含义")).toBe("公共预算的含义");
  });
});

describe("a plus between two names", () => {
  it.each([
    ["甲办养老保险加职业年金一共多少", "甲办养老保险和职业年金一共多少"],
    ["基本支出加项目支出等于多少", "基本支出和项目支出等于多少"],
  ])("lists them like 和 when a total is asked: %s", (question, normalized) => {
    expect(normalizeQuestion(question)).toBe(normalized);
  });

  it.each([
    "人员经费增加了多少",
    "追加项目一共多少",
    "参加培训一共多少人",
    "加班费合计多少",
    "两项加起来多少",
    "养老保险加职业年金",
  ])("leaves words with 加 and questions asking no total alone: %s", (question) => {
    expect(normalizeQuestion(question)).toBe(question);
  });

  it("lists spaced names before a total with 、", () => {
    expect(normalizeQuestion("养老 年金 医保合计")).toBe("养老、年金、医保合计");
  });
});

describe("a counted list sharing its ending", () => {
  it.each([
    ["乙局医保、年金两项缴费是多少", "乙局医保缴费、年金缴费两项是多少"],
    ["丙办差旅和培训两类经费各多少", "丙办差旅经费和培训经费两类各多少"],
    ["会议、工会经费两项经费", "会议经费、工会经费两项"],
  ])("writes the ending on each item: %s", (question, normalized) => {
    expect(normalizeQuestion(question)).toBe(normalized);
  });

  it.each(["人员经费和公用经费两项合计", "三项经费合计多少"])(
    "leaves lists that already say it, or no list: %s",
    (question) => {
      expect(normalizeQuestion(question)).toBe(question);
    },
  );
});

describe("a verb split from its object by a count", () => {
  it.each([
    ["某办24年出了几次国", "某办24年出国几次"],
    ["某局出过多少趟差", "某局出差多少趟"],
    ["某局开了几次会", "某局开会几次"],
  ])("joins them again: %s", (question, normalized) => {
    expect(normalizeQuestion(question)).toBe(normalized);
  });

  it("leaves a meeting named in full (开了几次会议)", () => {
    expect(normalizeQuestion("某局开了几次会议")).toBe("某局开了几次会议");
  });

  it("fixes 办工费 typed for 办公费", () => {
    expect(normalizeQuestion("某委办工费预算")).toBe("某委办公费预算");
  });
});

describe("a counted list of projects", () => {
  it.each([
    ["某委甲甲、乙乙、丙丙丙三个专项加起来", "某委甲甲专项、乙乙专项、丙丙丙专项三项加起来"],
    ["某委三个某某专项（甲甲、乙乙、丙丙丙）加起来", "某委甲甲专项、乙乙专项、丙丙丙专项三项加起来"],
  ])("writes the kind on each item: %s", (question, normalized) => {
    expect(normalizeQuestion(question)).toBe(normalized);
  });
});

describe("the other funds asked together", () => {
  it("writes the shared income or spending on each fund", () => {
    expect(normalizeQuestion("某办有没有政府性基金和国有资本经营支出")).toBe(
      "某办有没有政府性基金支出和国有资本经营支出",
    );
  });
});
