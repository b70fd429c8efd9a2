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
    const answer = (await ask("普陀财政局年末结转比年初多了多少")).answer.replace(/\*\*/g, "");
    // 55.34 − 49.14 = 6.20
    expect(answer).toContain("6.20万元");
  });
});

describe("the asker's own words for a figure named in brackets", () => {
  // putuo-czj-2024-bumen-juesuan p22 (rendered): "财政委托业务支出（项）。主要用于：委托中介机构开展各类审计及
  // 绩效评价工作。年初预算为450.52万元，支出决算为449.52万元。"
  it("are the bracketed figure's words, not a qualifier refused", async () => {
    const result = await ask("普陀财政局委托中介机构的钱（财政委托业务支出）预算和决算分别是多少？");
    const answer = result.answer.replace(/\*\*/g, "");
    expect(result.status).toBe("answered");
    expect(answer).toContain("450.52万元");
    expect(answer).toContain("449.52万元");
  });
});
