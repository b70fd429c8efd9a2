import { describe, expect, it } from "vitest";
import { normalizeQuestion } from "../normalize-question.js";
import { translateEnglishWords } from "./english-words.js";

describe("translateEnglishWords", () => {
  it("reads a mixed question like the Chinese one, longest phrase first", () => {
    expect(translateEnglishWords("某单位 three public expenses 2024 actual 是多少?")).toBe(
      "某单位 三公经费 2024 决算数 是多少?",
    );
    expect(translateEnglishWords("某局2026 Total Budget 多少万")).toBe("某局2026 预算总额 多少万");
    expect(translateEnglishWords("某处 how many official cars?")).toBe("某处 多少 公务用车?");
    expect(translateEnglishWords("某局 2024 Budget vs Actual")).toBe("某局 2024 预算和决算");
    expect(translateEnglishWords("甲 vs 乙")).toBe("甲 和 乙");
    expect(translateEnglishWords("某办 official cars at the end of 2023")).toBe("某办 公务用车 截至 2023");
  });

  it("reads the kinds of office and edition a unit or document is named by", () => {
    expect(translateEnglishWords("Zhuzhou city government office total expenditure")).toBe(
      "Zhuzhou 市政府办公室 支出合计",
    );
    expect(translateEnglishWords("某局 department budget total")).toBe("某局 部门预算 总额");
    expect(translateEnglishWords("某局 unit budget")).toBe("某局 单位预算");
    expect(translateEnglishWords("Beijing liaison office")).toBe("Beijing 联络处");
  });

  it("reads the kind of money said after a Chinese name (fee, expenses, expenditure)", () => {
    expect(translateEnglishWords("某局 培训 fee 多少")).toBe("某局 培训 费 多少");
    expect(translateEnglishWords("某处 接待 expenses")).toBe("某处 接待 费用");
    expect(translateEnglishWords("某办 项目 Expenditure")).toBe("某办 项目 支出");
  });

  it("leaves words inside other English words and Chinese-only questions alone", () => {
    expect(translateEnglishWords("budgetary")).toBe("budgetary");
    expect(translateEnglishWords("某单位三公经费多少")).toBe("某单位三公经费多少");
  });
});

describe("normalizeQuestion", () => {
  it("drops the spaces after translating and fixes a homophone typo in a unit name", () => {
    expect(normalizeQuestion("某街道 2023 三公 budget？")).toBe("某街道2023三公预算?");
    expect(normalizeQuestion("某街到2024年机关运行经费")).toBe("某街道2024年机关运行经费");
  });
});

describe("English function words and unit kinds", () => {
  it("drops function words and reads a unit kind", () => {
    expect(translateEnglishWords("what's the 2026 budget for sangong of the justice bureau")).toBe(
      "  2026 预算  三公经费   司法局",
    );
  });
});

describe("English word orders and phrases of money spent", () => {
  it("keeps a total whole when a year stands inside it, and reads municipal, in yuan and spend on cars", () => {
    expect(
      normalizeQuestion("What is the total 2025 budget of the Shanghai Municipal Finance Bureau, in yuan?"),
    ).toBe("多少2025预算总额Shanghai市财政局,（以元为单位）?");
    expect(normalizeQuestion("how much did 某街道 spend on cars in 2023")).toBe(
      "多少某街道公务用车购置及运行维护费2023",
    );
  });
});
