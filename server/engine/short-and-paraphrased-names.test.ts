import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);

describe("carry-overs named by their short words", () => {
  // putuo-czj-2024-bumen-juesuan p7 (rendered): 年初结转和结余 49.14; 年末结转和结余 55.34.
  it("年末结转 is the year-end carry-over, never the opening one", async () => {
    const result = await ask("普陀财政局年末结转多少");
    expect(result.plan.metrics).toEqual([{ type: "metric", key: "年末结转和结余" }]);
    expect(result.answer.replace(/\*\*/g, "")).toContain("55.34万元");
  });

  it("年末 against 年初 is their difference", async () => {
    const answer = (await ask("普陀财政局年末结转比年初结转多出多少")).answer.replace(/\*\*/g, "");
    // 55.34 − 49.14 = 6.20
    expect(answer).toContain("6.20万元");
  });
});

describe("the asker's own words for a figure named in brackets", () => {
  // putuo-czj-2024-bumen-juesuan p22 (rendered): "财政委托业务支出（项）。主要用于：委托中介机构开展各类审计及
  // 绩效评价工作。年初预算为450.52万元，支出决算为449.52万元。"
  it("are the bracketed figure's words, not a qualifier refused", async () => {
    const result = await ask("普陀财政局请中介做审计的钱（财政委托业务支出）年初预算和决算各多少");
    const answer = result.answer.replace(/\*\*/g, "");
    expect(result.status).toBe("answered");
    expect(answer).toContain("450.52万元");
    expect(answer).toContain("449.52万元");
  });
});

describe("the items below a class with a single 款", () => {
  // putuo-czj-2024-bumen-juesuan p15 (rendered): 201 一般公共服务支出 2,106.66 = 201 06 财政事务 2,106.66,
  // whose 项 are 行政运行 1,511.89, 一般行政管理事务 10.00, 信息化建设 135.25, 财政委托业务支出 449.52.
  it("'下面各项目' lists the 项 rows, not the one 款", async () => {
    const answer = (await ask("普陀财政局一般公共服务支出分成哪些项目，各多少")).answer.replace(/\*\*/g, "");
    expect(answer).toContain("行政运行（2010601）：1511.89万元");
    expect(answer).toContain("财政委托业务支出（2010608）：449.52万元");
    // 1,511.89 ÷ 2,106.66 = 71.77 %
    expect(answer).toContain("71.77%");
  });
});

describe("a project's whole investment", () => {
  it("is not the year's arrangement: refused, saying what the documents state", async () => {
    const r = await ask("普陀财政局信息化建设总投资多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("总投资");
  });
});

describe("parts that do not add up to their printed total", () => {
  // putuo-czj-2024-bumen-juesuan p24 (rendered): "政府采购金额…为251.25万元，其中：货物采购金额4.79万元、工程采购金额
  // 0万元、服务采购金额246.47万元" — 4.79 + 0 + 246.47 = 251.26.
  it("says the parts' sum and its gap to the total, computed", async () => {
    const answer = (await ask("普陀财政局2024年采购的货物、工程和服务分别多少")).answer.replace(/\*\*/g, "");
    expect(answer).toContain("251.25万元");
    expect(answer).toMatch(/各项相加为 251\.26万元.*相差 0\.01万元/);
  });
});
