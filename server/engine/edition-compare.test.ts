import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * A body's 部门 and 单位 editions named together are compared like two units. Read off the
 * rendered pages of 普陀区司法局 2026 (data/pdf): 部门预算 page 10 "2026年部门财务收支预算总表" 支出总计
 * 96,282,213.44 元; 单位预算 page 8 "2026年预算单位财务收支预算总表" 支出总计 86,959,408.34 元. By hand:
 * 96,282,213.44 − 86,959,408.34 = 9,322,805.10 元 = 932.28万元.
 */
const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf", "putuo-sfj-2026-danwei-yusuan.pdf"]);

describe("部门 and 单位 editions compared", () => {
  it("reads both editions and computes the difference, each labelled", async () => {
    const r = await ask("司法局2026年单位预算跟部门预算的支出合计相差多少");
    expect(r.plan.operation).toBe("difference");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("2026年部门预算");
    expect(r.answer).toContain("2026年单位预算");
    for (const v of ["9628.22万元", "8695.94万元", "932.28万元"]) expect(r.answer).toContain(v);
    expectGrounded(r);
  });

  it("“部门口径…单位口径” names both editions too", async () => {
    // sfj 部门 p21 (rendered) 机关运行经费预算数 217.83; 单位 p20 184.59. By hand: 33.24.
    const r = await ask("司法局2026年机关运行经费按部门口径和单位口径分别是多少，相差多少");
    expect(r.status).toBe("answered");
    for (const v of ["217.83万元", "184.59万元", "33.24万元"]) expect(r.answer).toContain(v);
    expectGrounded(r);
  });

  it("“部门和单位两个版本” names both editions: each read, then compared", async () => {
    // sfj 部门 p21 (rendered) “三公”经费 10.81; 单位 p20 10.71.
    const r = await ask("普陀司法局部门和单位两个版本的三公经费分别多少");
    expect(r.answer).toContain("10.81万元");
    expect(r.answer).toContain("10.71万元");
  });

  it("the editions compared with no figure named: their budget totals", async () => {
    const r = await ask("司法局的部门预算跟单位预算比，多了多少钱");
    expect(r.status).toBe("answered");
    for (const v of ["9628.22万元", "8695.94万元", "932.28万元"]) expect(r.answer).toContain(v);
  });

  it("one edition named: that edition only", async () => {
    const r = await ask("司法局2026年单位预算支出合计多少");
    expect(r.answer).toContain("8695.94万元");
    expect(r.answer).not.toContain("9628.22万元");
  });
});

describe("the two editions named one after the other in a conversation", () => {
  // Same pages: 支出总计 96,282,213.44 and 86,959,408.34 元.
  it("'差额是多少' after '部门预算…' then '单位预算呢' compares them", async () => {
    const r = await ask("司法局2026年部门预算支出", "单位预算呢", "差额是多少");
    expect(r.plan.operation).toBe("difference");
    for (const v of ["9628.22万元", "8695.94万元", "932.28万元"]) expect(r.answer).toContain(v);
  });

  it("a follow-up that compares nothing stays with the edition named last", async () => {
    const r = await ask("司法局2026年部门预算支出", "单位预算呢");
    expect(r.answer).toContain("8695.94万元");
    expect(r.answer).not.toContain("9628.22万元");
  });
});

describe("editions named one after the other in a conversation", () => {
  // 部门预算 p21 (2026年部门“三公”经费和机关运行经费预算表, 万元): 合计 10.81; 单位预算 p20: 合计 10.71.
  it("the first, unnamed, is the 部门 edition: '两份差多少' compares the two", async () => {
    const r = await ask("司法局2026年三公经费多少？", "单位预算里是多少？", "这两份差多少？");
    expect(r.plan.operation).toBe("difference");
    for (const v of ["10.81万元", "10.71万元"]) expect(r.answer).toContain(v);
    expect(r.answer).toContain("10.81 − 10.71 = 0.10");
  });
});

describe("editions named in everyday words", () => {
  // 部门预算 p21: 机关运行经费预算数 217.83; 单位预算 p20: 184.59 (万元).
  it("本级 and 整个部门 name the two editions, each read", async () => {
    const r = await ask("司法局2026年本级和整个部门的机关运行经费分别多少");
    expect(r.status).toBe("answered");
    for (const v of ["217.83万元", "184.59万元"]) expect(r.answer).toContain(v);
  });
});

/**
 * Another figure asked with no edition named: the 部门 edition's, with the 单位 edition's beside it
 * when it differs. 部门预算 p21: “三公”经费预算数 合计 10.81; 单位预算 p20: 10.71 (万元).
 */
describe("a figure the two editions print differently", () => {
  it("answers the 部门 edition and notes the 单位 edition's figure", async () => {
    const r = await ask("普陀司法局26年三公预算");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("10.81万元");
    expect(r.answer).toMatch(/单位预算（本级）所列为 \*\*10\.71万元\*\*/);
    expectGrounded(r);
  });
});

describe("why the two editions differ", () => {
  // putuo-sfj-2026-bumen-yusuan p6: "…部门预算是包括区司法局本部以及下属1家预算单位的综合收支计划。…具体包括：
  // 1.普陀区司法局本部 / 2.普陀区法律援助中心".
  it("'为什么不一样' gives both totals and quotes the units the department adds", async () => {
    const r = await ask("普陀司法局2026年部门预算和单位预算总额差多少？为什么不一样");
    expect(r.plan.operation).toBe("difference");
    for (const v of ["9628.22万元", "8695.94万元", "932.28万元"]) expect(r.answer).toContain(v);
    expect(r.answer).toContain("2.普陀区法律援助中心");
  });

  it("'差的是谁的钱' asks whose money, not which of all the units", async () => {
    const r = await ask("司法局部门预算和单位预算收入差多少？差的是谁的钱");
    expect(r.answer).toContain("2.普陀区法律援助中心");
    expect(r.answer).not.toMatch(/株洲|财政局|商务委/);
  });
});

describe("two editions of equal totals", () => {
  const both = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf", "putuo-swh-2025-danwei-yusuan.pdf"]);

  // putuo-swh-2025-bumen-yusuan p5: "…具体包括：1. 商务委本部，… 2. 上海市普陀区中小企业服务中心，不单列预算。";
  // both editions' 财务收支预算总表 (p9) state 支出总计 371,514,655.00 元.
  it("'金额有区别吗？为什么？' says they are equal and quotes why", async () => {
    const r = await both.ask("商务委的部门预算和单位预算金额有区别吗？为什么？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("两者相等");
    expect(r.answer).toContain("不单列预算");
  });
});

/**
 * Rendered at 80 dpi: putuo-sfj-2026 部门预算 p.22 “三公”经费预算数为10.81万元…公务接待费0.83万元, 公务用车
 * 运行费9.98万元; 单位预算 p.20 (2026年单位“三公”经费和机关运行经费预算表) 合计 10.71, 公务接待费 0.73, 运行费 9.98.
 */
describe("a figure named after each edition, and where they differ", () => {
  it("'部门<某费>和单位<某费>差在哪' compares the two editions part by part", async () => {
    const r = await ask("司法局部门的三公跟单位的三公差在哪里");
    const text = r.answer.replace(/\*\*/g, "");
    expect(text).toContain("10.81 − 10.71 = 0.10");
    expect(text).toContain("0.83 − 0.73 = 0.10");
  });
});
