import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";
import type { Fact } from "../../../ingest/schema.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";
import { statedUnchanged } from "./stated-unchanged.js";

/**
 * "Why" asked of a budget figure that has no actual beside it: the reason its own sentence
 * states. Read off the rendered page 22 of 普陀区商务委 2025 部门预算 (data/pdf): "（三）公务接待费
 * 1.00万元。与2024年预算持平，主要原因是根据本部门实际业务需求开展公务接待。" and "（一）因公出国（境）
 * 费0万元，与2024年预算持平，主要原因是此部分预算由区外办统一安排。"; page 21 prints 机关运行经费
 * 预算数 171.01 (万元), with no reason given anywhere.
 */
const { ask } = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf"]);

describe("a stated reason without a budget-and-actual pair", () => {
  it("quotes the reason the budget's own sentence gives", async () => {
    const r = await ask("商务委2025年为什么公务接待费预算是1万元");
    expect(r.status).toBe("answered");
    expectFacts(r, "1.00万元");
    expect(r.answer).toContain("根据本部门实际业务需求开展公务接待");
    expectGrounded(r);
  });

  it("says first that no reason is stated when the sentence states none", async () => {
    const r = await ask("商务委2025年机关运行经费预算的原因是什么");
    expect(r.answer.startsWith("文件没有说明原因")).toBe(true);
    expectFacts(r, "171.01万元");
  });
});

describe("a change on last year stated in words only", () => {
  it("quotes “持平” and the clause's reason instead of saying nothing was found", async () => {
    const r = await ask("商务委2025年因公出国费比上年变化多少");
    expect(r.plan.operation).toBe("yoy");
    expect(r.status).toBe("answered");
    expectFacts(r, "0万元");
    expect(r.answer).toContain("与2024年预算持平");
    expect(r.answer).toContain("此部分预算由区外办统一安排");
    expectGrounded(r);
  });
});

describe("statedUnchanged", () => {
  // 上海市财政局 2025 单位预算, rendered p21: "2025年“三公”经费预算数为346.30万元，与2024年预算持平。"
  const said = (value: string, excerpt: string) => statedUnchanged({ value, source: { excerpt } } as Fact);

  it("finds the figure printed with trailing zeros", () => {
    expect(said("346.3", "2025年“三公”经费预算数为346.30万元，与2024年预算持平。")?.words).toBe(
      "与2024年预算持平",
    );
  });

  it("not another figure's words", () => {
    expect(said("34.6", "2025年“三公”经费预算数为346.30万元，与2024年预算持平。")).toBeUndefined();
  });
});
