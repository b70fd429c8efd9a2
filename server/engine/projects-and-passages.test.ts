import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

/**
 * A project's own total and split, a department's make-up, a passage asked beside a figure. Read
 * off the rendered pages and lines:
 * - 普陀区商务委 2025 部门预算 p24 (生命健康专项经费情况说明, 六、年度预算安排): 总预算1170.00万, of which
 *   支持企业规模化发展870.00万, 创新化70.00万, 协同化180.00万, 国际化50.00万.
 * - 普陀区司法局 2026 部门预算 p6: "部门预算是包括区司法局本部以及下属1家预算单位…1.普陀区司法局本部
 *   2.普陀区法律援助中心".
 * - 001 line 1163: "绩效评价结果为优秀"; line 1622: the 自评表's 99.6.
 */
const { ask } = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf", "putuo-sfj-2026-bumen-yusuan.pdf"]);
const samples = useSampleEngine();

describe("a project's own total and its split", () => {
  it("“<专项>预算总额” is the project's, and its largest part is read from its stated split", async () => {
    const r = await ask("普陀商务委生命健康专项预算总额多少，其中哪一块最大");
    expect(r.plan.metrics).toEqual([{ type: "project", name: "生命健康专项" }]);
    expect(r.answer).toContain("支持企业规模化发展");
    expectFacts(r, "870万元 1170万元");
    expect(r.answer).not.toContain("37151.47");
  });
});

describe("what a department's budget is made of", () => {
  it("“覆盖哪些单位” finds the make-up passage", async () => {
    const r = await ask("司法局部门预算涵盖了哪些单位");
    expect(r.answer).toContain("普陀区法律援助中心");
  });
});

describe("a passage and a figure asked in one message", () => {
  it("each question gets its answer, the score said once", async () => {
    const r = await samples.ask("驻京办2024年绩效评价的结果如何？自评表得了多少分？");
    expect(r.answer).toContain("绩效评价结果为优秀");
    expect(r.answer.match(/99\.6分/g)).toHaveLength(1);
  });
});

describe("a project priced only on its target form", () => {
  // 万里街道 2023 部门预算 p32 (财政项目支出绩效目标填报表): 项目名称 就业援助基地补贴, 项目资金总额 6,351,000.00 (元).
  const wanli = usePdfEngine(["putuo-wanli-2023-bumen-yusuan.pdf"]);
  it("reads the form's 项目资金总额 as the project's budget, named by the form's 项目名称", async () => {
    const r = await wanli.ask("万里街道2023年就业援助基地补贴这个项目一共多少钱");
    expect(r.status).toBe("answered");
    expectFacts(r, "635.1万元");
    expect(r.answer).toContain("6351000.00元");
  });
});
