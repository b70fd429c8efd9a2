import { describe, expect, it } from "vitest";
import { DOC } from "../../testing/sample-index.js";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";
import { expectCited } from "../answer-expect.js";

/**
 * Which bodies a document adds up, read from the documents: data/docs/000 line 88 (决算单位构成: 本级以及
 * 优化营商环境协调事务中心、驻上海联络处、12345市长热线办公室, no 驻北京联络处), line 131 (本年支出合计
 * 5,487.18); 003 line 31 (2024 部门预算: 本级和驻北京联络处); 001 lines 117–122 (驻北京联络处's own 决算,
 * 本年支出合计 247.80); 司法局 2026 部门预算 page 6 (rendered: "具体包括：1.普陀区司法局本部 2.普陀区法律援助中心").
 */
const { ask } = useSampleEngine();
const pdf = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf", "putuo-sfj-2026-danwei-yusuan.pdf"]);

describe("the bodies a document adds up", () => {
  it("asked in everyday words, listed from its 单位构成 and cited", async () => {
    const r = await ask("市政府办2024年的决算是把哪几家单位加在一起的");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("汇总了本级和3家单位");
    expect(r.answer).toContain("株洲市优化营商环境协调事务中心");
    expect(r.answer).toContain("市人民政府12345市长热线办公室");
    expectCited(r, DOC.cityFinal, 88);
  });

  it("of a 部门 edition, from its 机构设置 list, with the 单位 edition said to be the 本级 alone", async () => {
    const r = await pdf.ask("司法局的部门预算由哪些单位组成");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("汇总了本级和1家单位");
    expect(r.answer).toContain("普陀区法律援助中心");
    expect(r.answer).toContain("预算（单位）只含本级");
    const cited = r.citations.find((c) => c.docId === "putuo-sfj-2026-bumen-yusuan");
    expect(cited?.section).toBe("二、部门机构设置");
    expect(cited?.excerpt).toContain("2.普陀区法律援助中心");
  });
});

describe("whether one body is inside another's document", () => {
  it("is answered from the document's list, with the same year's other document that says otherwise", async () => {
    const r = await ask("驻北京联络处算不算在市政府办2024年的决算里面");
    expect(r.status).toBe("answered");
    expect(r.answer).toMatch(/^株洲市人民政府办公室2024年度决算（部门）不包括株洲市人民政府驻北京联络处/);
    expect(r.answer).toContain("2024年度预算（部门）则包括");
    expect(r.answer).toContain("5487.18万元");
    expect(r.answer).toContain("单独公开，支出合计 **247.80万元**");
    expectCited(r, DOC.cityFinal, 88);
    expectCited(r, DOC.cityBudget, 31);
    expectCited(r, DOC.beijingFinal, 117);
  });
});

describe("a follow-up of a turn that read no figure", () => {
  it("is read as a question of its own (two editions' totals compared)", async () => {
    const r = await pdf.ask("司法局部门预算包括哪几个单位", "单位预算比部门预算少多少钱");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("932.28万元");
  });
});
