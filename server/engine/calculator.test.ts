import { describe, expect, it } from "vitest";
import {
  addedLess,
  average,
  beforeGrowth,
  difference,
  factRatio,
  gap,
  formatValue,
  scaled,
  growth,
  lessAll,
  pointsBetween,
  roundedTo,
  ratio,
  times,
  total,
} from "./calculator.js";

/**
 * Expected values are the ones the sample documents print next to the same operands (line
 * numbers in data/docs), or worked out by hand where the documents state none.
 */
describe("ratio: completion rates and shares", () => {
  it("驻京办三公经费 23.3 ÷ 40 = 58.25% (001 line 1132)", () => {
    expect(ratio("23.3", "40")).toEqual({
      value: "58.25",
      measure: "%",
      formula: "23.3 ÷ 40 = 58.25%",
      exact: "58.25",
    });
  });

  it.each([
    ["558.89", "683", "81.83"], // 000 line 402 一般行政管理事务
    ["1.12", "11", "10.18"], // 000 line 496 公务接待费
    ["49.98", "20", "249.90"], // 000 line 484 因公出国（境）费 “249.9%”
    ["85.75", "83", "103.31"], // 000 line 486 公务用车
    ["5487.18", "5054.92", "108.55"], // 000 line 394 财政拨款支出
    ["247.8", "257", "96.42"], // 001 line 1119 states 96.4% (one decimal)
  ])("%s ÷ %s = %s%%", (part, whole, value) => {
    expect(ratio(part, whole)?.value).toBe(value);
  });

  it("computes what the operands give, even where a document misprints the rate (001 line 1134 “16.26%”)", () => {
    expect(ratio("3.6", "22")?.value).toBe("16.36");
  });

  it("always prints two decimals, zero included", () => {
    expect(ratio("0", "40")).toEqual({ value: "0.00", measure: "%", formula: "0 ÷ 40 = 0.00%", exact: "0" });
    expect(ratio("236.85", "236.85")?.value).toBe("100.00");
  });

  it("has no value for a zero denominator (年初预算为0万元, 000 line 406)", () => {
    expect(ratio("80.1", "0")).toBeUndefined();
    expect(ratio("80.1", "0.00")).toBeUndefined();
  });
});

describe("factRatio: a share only between figures in the same measure", () => {
  // 公务接待费 3.6 of 三公经费 23.3 (001 line 1134); the unit's 3 cars (line 1142) are no share of money.
  it("divides money by money and refuses cars by money", () => {
    expect(factRatio({ value: "3.6", measure: "万元" }, { value: "23.3", measure: "万元" })?.value).toBe(
      "15.45",
    );
    expect(factRatio({ value: "3", measure: "辆" }, { value: "23.3", measure: "万元" })).toBeUndefined();
  });
});

describe("rounding: half-up, exact decimals", () => {
  it("rounds a trailing 5 up, where banker's rounding would go down", () => {
    expect(ratio("2.345", "100")?.value).toBe("2.35");
    expect(ratio("0.125", "100")?.value).toBe("0.13");
    expect(times("0.125", "1")?.value).toBe("0.13");
  });

  it("rounds negative halves away from zero", () => {
    expect(growth("97.655", "100")?.value).toBe("-2.35");
  });

  it("adds without binary floating-point error", () => {
    expect(total(["0.1", "0.2"], "万元").value).toBe("0.3");
    expect(difference("0.3", "0.1", "万元").value).toBe("0.2");
  });

  it("prints operands as the documents do, without padding", () => {
    expect(ratio("3.60", "22.00")?.formula).toBe("3.6 ÷ 22 = 16.36%");
  });
});

describe("addedLess", () => {
  // putuo-czj-2024-bumen-juesuan.pdf (rendered): p7 年初结转和结余 49.14, 年末结转和结余 55.34; p6 本年收入合计
  // 2,946.25, 本年支出合计 2,940.05.
  it("the year-start carry-over plus the income less the spending is the year-end carry-over", () => {
    expect(addedLess(["49.14", "2946.25"], ["2940.05"], "万元")).toEqual({
      value: "55.34",
      measure: "万元",
      formula: "49.14 + 2946.25 − 2940.05 = 55.34",
    });
  });
});

describe("total", () => {
  it("三公 parts of 驻京办: 0 + 19.7 + 3.6 = 23.3 (001 lines 1133–1137)", () => {
    expect(total(["0", "19.7", "3.6"], "万元")).toEqual({
      value: "23.3",
      measure: "万元",
      formula: "0 + 19.7 + 3.6 = 23.3",
    });
  });

  it("三公 parts of 市政府办: 49.98 + 85.75 + 1.12 = 136.85 (000 table 09, line 356)", () => {
    expect(total(["49.98", "85.75", "1.12"], "万元").value).toBe("136.85");
  });

  it("三公 parts of 区委办 add to 9.01 while table 09 prints 9.00 (002 line 338): the sum is not forced", () => {
    expect(total(["5.38", "3.50", "0.13"], "万元").value).toBe("9.01");
  });

  it("基本支出 + 项目支出 = 本年支出合计 (000 line 184)", () => {
    expect(total(["4723.85", "763.33"], "万元").value).toBe("5487.18");
  });
});

describe("difference", () => {
  it("budget − actual of 驻京办三公经费: 40 − 23.3 = 16.7", () => {
    expect(difference("40", "23.3", "万元")).toEqual({
      value: "16.7",
      measure: "万元",
      formula: "40 − 23.3 = 16.7",
    });
  });

  it("年初预算 683 − 决算 558.89 = 124.11 (000 line 652 “调减124.11万元”)", () => {
    expect(difference("683", "558.89", "万元").value).toBe("124.11");
  });

  it("keeps the sign and pads the formula result to the operands' decimals", () => {
    expect(difference("136.85", "151.98", "万元")).toEqual({
      value: "-15.13",
      measure: "万元",
      formula: "136.85 − 151.98 = -15.13",
    });
    expect(difference("3.6", "3.60", "万元").formula).toBe("3.6 − 3.6 = 0.00");
  });
});

describe("growth: percent change on the previous year", () => {
  it("因公出国（境）费 49.98 on 9.68: +416.32% (000 lines 484, 733)", () => {
    expect(growth("49.98", "9.68")).toEqual({
      value: "416.32",
      measure: "%",
      formula: "(49.98 − 9.68) ÷ 9.68 = 416.32%",
    });
  });

  it("公务接待费 1.12 on 1.98: −43.43% (000 line 496)", () => {
    expect(growth("1.12", "1.98")?.value).toBe("-43.43");
  });

  it("三公经费 136.85 on 151.98: −9.96% (000 lines 356, 729)", () => {
    expect(growth("136.85", "151.98")?.value).toBe("-9.96");
  });

  it("has no rate when last year was zero (002 line 460: 因公出国 from 0 to 5.38, no rate stated)", () => {
    expect(growth("5.38", "0")).toBeUndefined();
  });
});

describe("beforeGrowth: last year's figure a stated rate implies", () => {
  // putuo-sfj-2026-danwei-yusuan p6: 2025年执行数3269.3万元, 2026年预算3845.49万元, 增加17.62%
  it("3845.49 after +17.62% was about 3269.42 (the page prints 3269.3; the rate is rounded)", () => {
    expect(beforeGrowth("3845.49", "17.62", "万元")).toEqual({
      value: "3269.42",
      measure: "万元",
      formula: "3845.49 ÷ (1 + 17.62%) = 3269.42",
    });
  });

  // putuo-sfj-2026-bumen-yusuan p8: 执行数1690.69, 预算1672.67, 减少1.07%
  it("a fall is shown as a minus in the formula", () => {
    const before = beforeGrowth("1672.67", "-1.07", "万元");
    expect(before?.value).toBe("1690.76");
    expect(before?.formula).toBe("1672.67 ÷ (1 − 1.07%) = 1690.76");
  });

  it("a fall of 100 % implies nothing", () => {
    expect(beforeGrowth("0", "-100", "万元")).toBeUndefined();
  });
});

describe("percentage points versus percent", () => {
  it("the gap between two rates is in percentage points", () => {
    // 驻京办 completion of the total budget 96.4% (001 line 1119) vs of 三公 58.25% (line 1132).
    expect(pointsBetween("96.4", "58.25")).toEqual({
      value: "38.15",
      measure: "个百分点",
      formula: "96.4% − 58.25% = 38.15个百分点",
    });
  });

  it("the relative change of the same two rates is a percent, and a different number", () => {
    const relative = growth("96.4", "58.25");
    expect(relative?.measure).toBe("%");
    expect(relative?.value).toBe("65.49");
    expect(relative?.value).not.toBe(pointsBetween("96.4", "58.25").value);
  });

  it("rounds points half-up to two decimals", () => {
    expect(pointsBetween("10.005", "0").value).toBe("10.01");
    expect(pointsBetween("58.25", "96.4").value).toBe("-38.15");
  });
});

describe("times", () => {
  it("市政府办三公经费 136.85 is 15.21 times 区委办's 9 (000 line 356, 002 line 338)", () => {
    const multiple = times("136.85", "9");
    expect(multiple).toMatchObject({ value: "15.21", measure: "倍", formula: "136.85 ÷ 9 = 15.21倍" });
    // Unrounded, for another precision asked: 136.85 ÷ 9 = 15.20555…
    expect(multiple?.exact).toMatch(/^15\.20555/);
  });

  it("less than once is still a multiple", () => {
    expect(times("9", "23.3")?.value).toBe("0.39");
  });

  it("has no value for a zero denominator", () => {
    expect(times("23.3", "0")).toBeUndefined();
  });
});

describe("formatValue", () => {
  it.each([
    ["23.3", "万元", "23.30"],
    ["0", "万元", "0.00"],
    ["-15.13", "万元", "-15.13"],
    ["2.345", "万元", "2.35"],
    ["249.9", "%", "249.90"],
    ["38.15", "个百分点", "38.15"],
    ["15.2", "倍", "15.20"],
    ["19", "辆", "19"],
    ["176", "人次", "176"],
  ])("%s %s → %s", (value, measure, printed) => {
    expect(formatValue(value, measure)).toBe(printed);
  });
});

describe("average and scaled", () => {
  // 002 line 121 and 001 line 56: 支出合计 840.70 and 247.80
  it("the mean of two units' totals, half-up", () => {
    expect(average(["840.7", "247.8"], "万元")).toEqual({
      value: "544.25",
      measure: "万元",
      formula: "(840.7 + 247.8) ÷ 2 = 544.25",
    });
    expect(average(["136.85", "9"], "万元").value).toBe("72.93");
  });

  it("a figure cut or raised by a percentage", () => {
    expect(scaled("23.3", "-10", "万元")).toEqual({
      value: "20.97",
      measure: "万元",
      formula: "23.3 × (1 − 10%) = 20.97",
    });
    expect(scaled("5487.18", "5", "万元").value).toBe("5761.54");
  });
});

describe("gap", () => {
  it("is the larger less the smaller, either way round", () => {
    expect(gap("251.26", "251.25", "万元")).toMatchObject({
      value: "0.01",
      formula: "251.26 − 251.25 = 0.01",
    });
    expect(gap("251.25", "251.26", "万元")).toMatchObject({
      value: "0.01",
      formula: "251.26 − 251.25 = 0.01",
    });
  });
});

describe("an amount written as asked", () => {
  // 司法局 2026 部门预算 p10: 收入总计 96,282,213.44元 (9628.221344万元). By hand, half-up.
  it("rounds to 万元, to 元 and to one decimal, half-up, with the conversion shown", () => {
    expect(roundedTo("9628.221344", "万元", "万元", 0)).toEqual({
      value: "9628",
      measure: "万元",
      places: 0,
      formula: "9628.221344万元四舍五入到个位为 9628万元",
    });
    expect(roundedTo("9628.221344", "万元", "元", 0)?.value).toBe("96282213");
    expect(roundedTo("0.125", "万元", "万元", 2)?.value).toBe("0.13");
    expect(roundedTo("23.25", "万元", "万元", 1)?.value).toBe("23.3");
    expect(roundedTo("7", "辆", "辆", 0)).toBeUndefined();
  });

  it("takes several parts off a whole in one formula (002 公开06表: 86.7 − 3.50 − 0.13)", () => {
    expect(lessAll("86.7", ["3.50", "0.13"], "万元")).toEqual({
      value: "83.07",
      measure: "万元",
      formula: "86.7 − 3.5 − 0.13 = 83.07",
    });
  });
});
