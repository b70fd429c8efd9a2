import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { figureNumbers } from "./answer-expect.js";

/**
 * General words that name no row, and a code two documents use for different rows. Read off the
 * rendered pages: 普陀区财政局 2024 部门决算 p24 ("单价100万元（含）以上设备（不含车辆）2台（套）。", no
 * device named); 普陀区社会福利院 2024 单位预算 p14 ("302 03 水费 60,000", "302 02 咨询费 20,000").
 */
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "putuo-shfly-2024-danwei-yusuan.pdf"]);

describe("a general word inside a row's name", () => {
  it("设备 is not 办公设备购置: which devices, not disclosed, is refused with the passage", async () => {
    const r = await ask("普陀区财政局那两台百万元以上的设备具体是什么设备");
    expect(r.status).toBe("not_found");
    expect(r.plan.metrics).toEqual([]);
    expect(r.answer).toContain("设备（不含车辆）2台（套）");
  });
});

describe("a row another document numbers otherwise", () => {
  it("福利院's 水费 is its own 30203 row, 60,000 元, not another unit's 咨询费", async () => {
    const r = await ask("社会福利院2024年水费预算多少");
    expect(r.status).toBe("answered");
    expect(figureNumbers(r.answer)).toContain("6.00");
    expect(r.answer).not.toContain("咨询费");
  });
});

describe("large equipment in everyday words", () => {
  // 普陀区财政局 2024 部门决算 p24: "单价100万元（含）以上设备（不含车辆）2台（套）".
  it.each(["普陀区财政局有多少台大型设备", "普陀财政局贵重设备几台"])(
    "is the count of units of 100万元 or more: %s",
    async (question) => {
      const r = await ask(question);
      expect(r.answer.replace(/\*\*/g, "")).toContain("以上设备（不含车辆）2台（套）");
    },
  );
});

describe("large equipment counted with 个, or asked after the cars", () => {
  // Same page: the cars (0辆, "截至2024年12月31日…共有车辆0辆") are in the sentence before the equipment.
  it("几个 finds the count across the bracketed aside between 设备 and 2台", async () => {
    const r = await ask("普陀区财政局大额设备有几个");
    expect(r.answer.replace(/\*\*/g, "")).toContain("以上设备（不含车辆）2台（套）");
  });

  it.each([
    ["as a follow-up", ["普陀区财政局2024年底有几辆车", "大额设备呢"]],
    ["in one message", ["普陀区财政局2024年底有几辆车？大额设备呢？"]],
  ])("“<某物>呢” after a count asks its count: %s", async (_how, turns) => {
    const r = await ask(...turns);
    expect(r.status).toBe("answered");
    expect(r.answer.replace(/\*\*/g, "")).toContain("以上设备（不含车辆）2台（套）");
    expect(r.answer).not.toContain("文件没有“大额设备”");
  });
});

describe("words around a figure that say what it is, or what it holds", () => {
  // 普陀区社会福利院 2024 单位预算 p15 (单位“三公”经费和机关运行经费预算表): 公务用车购置及运行费 小计 6.4, 运行费 6.4.
  it("车子油钱 is refused, the cars' running cost named as the closest", async () => {
    const r = await ask("福利院车子油钱一年预算多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("公务用车运行维护费");
    expect(figureNumbers(r.answer)).toContain("6.40");
  });

  // 普陀区财政局 2024 部门决算 p17: 人员经费合计 2,152.26.
  it("examples before 这些 (工资社保这些人员经费) name the kind: the figure after them is asked", async () => {
    const r = await ask("普陀财政局24年工资社保这些人员经费总共多少");
    expect(r.status).toBe("answered");
    expect(figureNumbers(r.answer)).toContain("2152.26");
  });
});

describe("a term the document defines", () => {
  // 普陀区财政局 2024 部门决算 p25 (第四部分 名词解释): "十一、机关运行经费：指行政单位和参照公务员法管理的事业单位
  // 使用一般公共预算财政拨款安排的基本支出中的日常公用经费支出。"
  it("'…指的什么' quotes the definition", async () => {
    const r = await ask("普陀财政局说的机关运行经费指的什么");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("基本支出中的日常公用经费支出");
  });

  // 福利院 2024 单位预算 p5 (名词解释): "（一）基本支出预算：…", "（三）“三公”经费：…", "（四）机关运行经费：指…".
  it("quotes the glossary's entry for the term asked, not its other entries", async () => {
    const r = await ask("什么是机关运行经费");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("机关运行经费：指行政单位");
    expect(r.answer).not.toContain("基本支出预算：");
    expect(r.answer).not.toContain("“三公”经费：");
  });
});

describe("two terms told apart", () => {
  // Both documents define them in 名词解释 (普陀区财政局 p25: "七、基本支出：…完成日常工作任务而发生的各项支出",
  // "八、项目支出：…在基本支出之外发生的各项支出"; 福利院 p5: "…在基本支出之外编制的年度支出计划").
  it("'甲和乙有啥区别' with no unit quotes the definitions instead of asking which unit", async () => {
    const r = await ask("基本支出跟项目支出有什么区别");
    expect(r.status).toBe("answered");
    expect(r.plan.operation).toBe("text_lookup");
    expect(r.answer).toContain("完成日常工作任务");
    expect(r.answer).toContain("在基本支出之外");
  });
});

describe("a cover names the unit and nothing asked", () => {
  // 普陀区社会福利院 2024 单位预算 p4 (单位机构设置): "设5个内设机构，包括：院长室、办公室、财务室、后勤部、护理部。"
  it("'有哪些部门' quotes the divisions, not the cover", async () => {
    const r = await ask("普陀福利院有哪些部门");
    expect(r.answer).toContain("护理部");
    expect(r.answer).not.toContain("「封面」");
  });
});
