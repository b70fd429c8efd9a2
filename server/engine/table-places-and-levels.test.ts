import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "./answer-expect.js";

/**
 * Rows named by their level, their table's last row, or a place no row name gives; read off the
 * rendered pages:
 * - 普陀区司法局 2026 部门预算 p12 (部门支出预算总表, 元): 项 rows 2040699 其他司法支出 38454900.00 (the
 *   largest), 2040604 基层司法业务 21703947.00; the 类 204 公共安全支出 87267272.44.
 * - 普陀区财政局 2024 部门决算 p6–7 (收入支出决算总表, 万元): 本年收入合计 2,946.25, 年初结转和结余 49.14,
 *   总计 2,995.39.
 */
const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf", "putuo-czj-2024-bumen-juesuan.pdf"]);
const samples = useSampleEngine();

describe("functional rows of the level named", () => {
  it("项级 ranks the 项 rows, not the 类", async () => {
    const r = await ask("司法局2026年部门预算中金额最大的项级功能科目是哪个，多少元");
    expect(r.answer).toContain("按功能分类（项）");
    expect(r.answer).toContain("最多的一项是其他司法支出");
    expectFacts(r, "3845.49万元 2170.39万元");
    expect(r.answer).not.toContain("公共安全支出（204）");
    expectGrounded(r);
  });
});

describe("a table's last row, named", () => {
  it("“总计” after the 总表 is the table's 总计 row, not 本年收入合计", async () => {
    const r = await ask("普陀区财政局2024年收入支出决算总表最末一行的“总计”多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "2995.39万元");
    expect(r.answer).not.toContain("2946.25");
  });

  it("“最后一行” is no position relative to an earlier row", async () => {
    const r = await ask("普陀区财政局2024年收入支出决算总表最后一行“总计”是多少");
    expect(r.plan.attributes).not.toContain("row_position");
    expectFacts(r, "2995.39万元");
  });
});

describe("a row given only by its place under another", () => {
  // 002 (区委办 2024 决算) 公开05表: rows are read by name or code; "合计下面第N行" names neither.
  it("is refused with the table's own figure named, never answered with another operation", async () => {
    const r = await samples.ask("区委办决算表5里合计下面的第二行是哪个科目，多少钱");
    expect(r.status).toBe("not_found");
    expect(r.plan.attributes).toContain("row_position");
  });
});

describe("a body of the department asked alone", () => {
  // 普陀区财政局 2024 部门决算 p5: its 财政所 is not budgeted apart; no figure of its own is printed.
  it("<局><某>所单独的支出 is refused, the department's figure named as the closest", async () => {
    const r = await ask("普陀区财政局下的财政所自己单独花了多少钱");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("部门整体的数字");
  });
});
