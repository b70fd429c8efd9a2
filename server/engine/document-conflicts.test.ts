import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "./answer-expect.js";

/**
 * Where a document disagrees with itself, an answer citing the figure says so, with the
 * arithmetic. Read off the rendered pages of 普陀区司法局 2026: 部门预算 page 9, item 6 "其他司法支出
 * （99项）3845.49万元 … 2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数
 * 增加17.62%"; item 12 "住房公积金（01项）208.8万元 … 2025年当年预算执行数为198.34万元，2026年预算安排
 * 201.50万元，比2025年预算执行数增加5.27%". 单位预算 page 6, item 6: the same sentence with "3269.3万元".
 */
describe("a document contradicting itself (PDF)", () => {
  const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf", "putuo-sfj-2026-danwei-yusuan.pdf"]);

  it("checks a quoted sentence's stated change against its own amounts, and shows the other edition's", async () => {
    const r = await ask("司法局部门预算的说明写“2025年当年预算执行数为43269.3万元”，这句话有没有问题？");
    expect(r.status).toBe("answered");
    expectFacts(r, "43269.3万元 3845.49万元 17.62% 3269.3万元");
    expect(r.answer).toContain("(3845.49 − 43269.3) ÷ 43269.3 = -91.11%");
    expect(r.answer).toContain("3845.49 ÷ (1 + 17.62%) = 3269.42");
    expect(r.answer).toContain("单位预算说明同一处写作");
    expectGrounded(r);
  });

  it("a change on last year worked out from a misprinted figure names the other edition's", async () => {
    const r = await ask("普陀区司法局部门预算，其他司法支出相对上年执行数的增幅");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("3845.49 ÷ (1 + 17.62%) = 3269.42");
    expect(r.answer).toContain("单位预算说明同一处写作");
    expectFacts(r, "3269.3万元");
    // By hand from the other edition's figure: 3845.49 − 3269.3 = 576.19, 576.19 ÷ 3269.3 = 17.62%.
    expect(r.answer).toContain("3845.49 − 3269.3 = 576.19");
    expect(r.answer).toContain("(3845.49 − 3269.3) ÷ 3269.3 = 17.62%");
    expectGrounded(r);
  });

  it("notes a stated change the sentence's amounts do not give under the figure asked", async () => {
    const r = await ask("普陀区司法局2026年部门预算里住房公积金安排了多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "208.8万元 5.27% 198.34万元 201.5万元");
    expect(r.answer).toContain("(201.5 − 198.34) ÷ 198.34 = 1.59%");
    expectGrounded(r);
  });

  it("says where the document prints the asker's number when it is not the table's", async () => {
    const r = await ask("司法局2026部门预算住房公积金是201.5万吧？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("问题中所说的数字与文件不符");
    expect(r.answer).toMatch(/确实写作 \*\*201\.50万元\*\*/);
    expectGrounded(r);
  });
});

/**
 * 驻北京联络处 2024 决算, line 1134: "公务接待费支出预算为22万元，支出决算为3.6万元，完成预算的16.26%"
 * (3.6 ÷ 22 is 16.36%).
 */
describe("a document contradicting itself (text export)", () => {
  const { ask } = useSampleEngine();

  it("works out a stated completion rate from the sentence's two amounts", async () => {
    const r = await ask("驻北京联络处2024年公务接待费决算多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "3.6万元 16.26%");
    expect(r.answer).toContain("3.6 ÷ 22 = 16.36%");
    expectGrounded(r);
  });
});

/**
 * 驻北京联络处 2024 决算: 公开06表 (一般公共预算财政拨款基本支出决算明细表, line 587) row 30215 会议费 0.00
 * (lines 745–746); line 1146: "会议费年初预算1万元，支出决算为0.3万元" (its 基本支出 is 0, line 1123: all of
 * its spending is project spending).
 */
describe("a basic-spending table against the narrative (text export)", () => {
  const { ask } = useSampleEngine();

  it("an empty basic-spending row is no contradiction: the narrative's whole amount first, the table's scope said", async () => {
    const r = await ask("驻京办2024年的会议费实际花掉多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toMatch(/会议费支出决算为 \*\*0\.30万元\*\*/);
    expect(r.answer).toContain("只列基本支出");
    expect(r.answer).not.toContain("文件前后不一致");
  });
});

/**
 * data/docs/001: line 1132 “三公”经费…支出决算为23.3万元; line 1134 公务接待费…支出决算为3.6万元; line 1139
 * 公务接待费支出决算3.61万元，占15.45%.
 */
describe("a share worked out with a figure the document writes two ways", () => {
  const sample = useSampleEngine();

  it("gives the share with each way, so the printed rate can be traced", async () => {
    const r = await sample.ask("驻京办2024年说接待费占三公经费15.45%，到底是用哪个数算的");
    const text = r.answer.replace(/\*\*/g, "");
    expect(text).toContain("3.6 ÷ 23.3 = 15.45%");
    expect(text).toContain("3.61 ÷ 23.3 = 15.49%");
    expectGrounded(r);
  });
});
