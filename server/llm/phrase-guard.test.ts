import { describe, expect, it } from "vitest";
import { writtenNumbers } from "./number-roles.js";
import { checkPhrasing, markdownProblems } from "./phrase-guard.js";

/**
 * The guard between model text and the user. Figures are 驻京办's 2024 三公 figures
 * (data/docs/001…, line 1132: 决算 23.3, 预算 40, 完成率 58.25%).
 */
const DRAFT =
  "株洲市人民政府驻北京联络处2024年度“三公”经费支出决算为 **23.30万元**[1]，预算 **40.00万元**[2]，完成预算的 **58.25%**。\n\n- 情况说明第1132行所列。";
const FIGURES = [
  { value: "23.3", measure: "万元" },
  { value: "40", measure: "万元" },
  { value: "58.25", measure: "%" },
];
const check = (text: string) => checkPhrasing({ text, draft: DRAFT, figures: FIGURES, citations: 2 });

describe("writtenNumbers", () => {
  it("gives each number its role", () => {
    expect(
      writtenNumbers("2024年度决算5,487.18万元，占58.25%，下降3.1个百分点，车2辆，第338行，共3"),
    ).toEqual([
      { text: "2024", role: "year" },
      { text: "5487.18", role: "amount", measure: "万元" },
      { text: "58.25", role: "rate", measure: "%" },
      { text: "3.1", role: "points", measure: "个百分点" },
      { text: "2", role: "count", measure: "辆" },
      { text: "338", role: "line" },
      { text: "3", role: "bare" },
    ]);
  });
});

describe("checkPhrasing", () => {
  it("accepts a rewording that keeps every figure, year and line", () => {
    expect(
      check("驻北京联络处2024年度“三公”经费决算 23.30万元[1]，预算40万元[2]，完成了58.25%。第1132行有说明。")
        .ok,
    ).toBe(true);
  });

  it.each([
    ["2024万元", "a year as an amount"],
    ["2024%", "a year as a rate"],
    ["1132万元", "a line number as an amount"],
    ["58.25万元", "a rate as an amount"],
    ["25万元", "an invented amount"],
  ])("refuses %s (%s)", (bad) => {
    const r = check(
      `驻北京联络处2024年度“三公”经费决算23.30万元，预算40万元，完成58.25%，另有${bad}。第1132行。`,
    );
    expect(r.ok).toBe(false);
    expect(r.unsupported).toContain(bad);
  });

  it("refuses a text that loses a figure", () => {
    const r = check("驻北京联络处2024年度“三公”经费决算23.30万元，预算40万元。第1132行。");
    expect(r.missing).toEqual(["58.25%"]);
  });

  it("refuses a citation marker past the last source", () => {
    expect(
      check("驻北京联络处2024年度“三公”经费决算23.30万元[7]，预算40万元，完成58.25%。第1132行。").problems,
    ).toEqual(["citation [7] does not exist"]);
  });

  it("refuses a text about something else", () => {
    expect(checkPhrasing({ text: "好的。", draft: DRAFT, figures: [], citations: 2 }).ok).toBe(false);
  });
});

describe("markdownProblems", () => {
  it.each([
    ["[详情](https://example.com)", "link"],
    ["<img src=x onerror=alert(1)>", "html"],
    ["![x](y.png)", "image"],
    ["```\ncode\n```", "code"],
    ["点这里 javascript:alert(1)", "script URL"],
    [`文本${String.fromCharCode(0)}`, "control character"],
    ["文本\u202e", "control character"],
  ])("refuses %s", (text, kind) => {
    expect(markdownProblems(text).join()).toContain(kind);
  });

  it("accepts paragraphs, emphasis, lists and quotes", () => {
    expect(markdownProblems("**要点**\n\n- 一\n- 二\n\n> 引文\n\n### 标题")).toEqual([]);
  });
});
