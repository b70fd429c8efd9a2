import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document.js";

/**
 * Sentences of two documents written for the tests, as they print them:
 * - ingest/fixtures/unseen/xinglin-jdb-2025-yusuan.pdf page 5 (printed "— 5 —"), 三、支出预算情况: "项目支出2430.89
 *   万元，占52.85%，比上年预算2775.92万元减少345.03万元，下降12.43%，主要是一次性项目完成后不再安排。"; page 9: "3.公务
 *   接待费3.80万元，比上年预算4.60万元减少0.80万元，下降17.39%，主要用于上级检查指导、兄弟单位交流学习等公务接待，
 *   减少原因是落实过紧日子要求，压减接待频次和陪餐人数。"
 * - ingest/fixtures/unseen/wuzhong-swj-2025-yusuan.docx, rendered with LibreOffice, 三、支出预算情况: "2025年部门支出预算
 *   2333.73万元，其中：基本支出1315.63万元，占56.37%；…" then "按预算单位划分：吴忠市水务局（本级）1053.44万元（基本支出
 *   621.14万元，项目支出432.30万元）；建管中心725.97万元（…）；…".
 * - ingest/fixtures/unseen/binchuan-mzj-2025-yusuan.zip, its narrative's 四、预算绩效管理情况: "1.高龄老人津贴补助资金。
 *   项目资金268.50万元，实施期为2025年1月1日—2025年12月31日。…" and "3.福彩公益金农村互助养老服务项目。项目资金
 *   38.00万元，…".
 */
function parsed(heading: string, ...paragraphs: string[]) {
  const text = [
    "某街道办事处2025年部门预算",
    "第三部分 2025年部门预算情况说明",
    heading,
    ...paragraphs,
    "",
  ].join("\n");
  return parseDocument({ docId: "x", file: "x-2025-yusuan.txt", hash: "t", text }).facts.filter(
    (f) => !f.table,
  );
}

describe("a change's reason said with 主要是 right after it", () => {
  it("is the reason of that change", () => {
    const facts = parsed(
      "三、支出预算情况",
      "项目支出2430.89万元，占52.85%，比上年预算2775.92万元减少345.03万元，下降12.43%，主要是一次性项目完成后不再安排。",
    );
    const change = facts.find((f) => f.metric === "项目支出" && f.column === "比上年增减额");
    expect(change?.value).toBe("-345.03");
    expect(change?.reason).toBe("一次性项目完成后不再安排");
  });

  it("and said as the change's own reason (减少原因是…) after what the money is for", () => {
    const facts = parsed(
      "七、“三公”经费预算情况",
      "3.公务接待费3.80万元，比上年预算4.60万元减少0.80万元，下降17.39%，主要用于上级检查指导、兄弟单位交流学习等公务接待，减少原因是落实过紧日子要求，压减接待频次和陪餐人数。",
    );
    const change = facts.find((f) => f.metric === "公务接待费" && f.column === "比上年增减额");
    expect(change?.value).toBe("-0.8");
    expect(change?.reason).toBe("落实过紧日子要求，压减接待频次和陪餐人数");
  });

  it("but what the money is for (主要是用于…) is none", () => {
    const facts = parsed(
      "三、支出预算情况",
      "项目支出2430.89万元，比上年预算2775.92万元减少345.03万元，下降12.43%，主要是用于社区治理。",
    );
    expect(facts.find((f) => f.column === "比上年增减额")?.reason).toBeUndefined();
  });
});

describe("key projects listed by number, each name a sentence of its own", () => {
  it("are projects with the amounts said after them", () => {
    const facts = parsed(
      "四、预算绩效管理情况",
      "1.高龄老人津贴补助资金。项目资金268.50万元，实施期为2025年1月1日—2025年12月31日。",
      "3.福彩公益金农村互助养老服务项目。项目资金38.00万元，实施期为2025年3月1日—2025年12月31日。",
    );
    const project = (name: string) => facts.find((f) => f.row === name && f.rowPath?.[0] === "项目");
    expect(project("高龄老人津贴补助资金")?.value).toBe("268.5");
    expect(project("福彩公益金农村互助养老服务项目")?.value).toBe("38");
  });
});

describe("a department's figures listed body by body", () => {
  it("are no figures of the department's own", () => {
    const facts = parsed(
      "三、支出预算情况",
      "2025年部门支出预算2333.73万元，其中：基本支出1315.63万元，占56.37%；项目支出1018.10万元，占43.63%。",
      "按预算单位划分：吴忠市水务局（本级）1053.44万元（基本支出621.14万元，项目支出432.30万元）；建管中心725.97万元（基本支出339.07万元，项目支出386.90万元）。",
    );
    expect(facts.filter((f) => f.metric === "基本支出" && f.measure === "万元").map((f) => f.value)).toEqual([
      "1315.63",
    ]);
    expect(facts.some((f) => f.value === "1053.44" || f.value === "725.97")).toBe(false);
  });
});
