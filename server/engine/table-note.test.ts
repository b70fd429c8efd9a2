import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * A table's own note quoted in the question is no qualifier of the figure asked. Read off the
 * rendered page 31 of 万里街道 2024 部门预算: the 三公 table prints 合计 47.91 (万元), and under it
 * "注:本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。" Its 公务用车购置及运行费 小计 46.56 is
 * 购置费 25 and 运行费 21.56.
 */
const { ask } = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf"]);
const plain = (answer: string) => answer.replace(/\*\*/g, "");

describe("the note under a table, quoted", () => {
  it("does not turn the question into a refusal: the table's figure is given", async () => {
    const r = await ask("万里街道2024年三公经费预算表的附注说“故本表为空表”，那三公经费预算究竟是多少");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("47.91万元");
  });
});

describe("the cars' running costs said short", () => {
  it("公车运行 without 费 is the running costs, not the cars' purchase and running together", async () => {
    const r = await ask("万里街道2024年公车运行那块预算多少");
    expect(plain(r.answer)).toContain("21.56万元");
    expect(plain(r.answer)).not.toContain("46.56");
  });
});
