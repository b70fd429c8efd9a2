import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";

/**
 * Several rows added, over a whole named last. Read off putuo-czj-2024-bumen-juesuan (pdftoppm -r 60):
 * p15 (一般公共预算财政拨款支出决算表, 万元) "201 06 07 信息化建设 135.25", "201 06 08 财政委托业务支出 449.52";
 * p21 "项目支出603.14万元". By hand: 449.52 + 135.25 = 584.77; 584.77 ÷ 603.14 = 96.95%.
 * 003 (市政府办 2024 部门预算, which adds up 驻北京联络处) line 42: 项目支出 2351.15万元 … 驻京工作经费项目217万 … 招商
 * 专项项目40万元. By hand: 217 + 40 = 257; 257 ÷ 2351.15 = 10.93%.
 */
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);
const samples = useSampleEngine();

describe("a share of a sum", () => {
  it("'甲和乙加起来占丙几成' adds the two, then divides by the third", async () => {
    const r = await ask("普陀财政局财政委托业务和信息化建设加起来占项目支出几成");
    expect(r.plan.operation).toBe("share");
    expect(r.answer).toContain("449.52 + 135.25 = 584.77");
    expect(r.answer).toContain("584.77 ÷ 603.14 = 96.95%");
  });

  it("'…加起来多少？占丙几成' answers the sum, then its share, not the sum of all three", async () => {
    const r = await ask("普陀财政局财政委托业务和信息化建设两项决算加起来多少？占项目支出几成？");
    expect(r.answer).toContain("584.77 ÷ 603.14 = 96.95%");
    expect(r.answer).not.toContain("1187.91");
  });
});

describe("named projects over the spending they are part of", () => {
  it("two projects joined before 占, with no 加起来, are one share of their sum", async () => {
    const r = await samples.ask("市政府办2024年的预算里，驻京工作经费与招商专项占项目支出的比例是多少");
    expect(r.answer).toContain("217 + 40 = 257");
    expect(r.answer).toContain("257 ÷ 2351.15 = 10.93%");
  });

  it("the body that owns them, named beside the unit whose budget is asked, reads that budget", async () => {
    const r = await samples.ask(
      "市政府办2024年部门预算的项目支出里，驻京办那两个项目（驻京工作经费、招商专项）一共占几成？",
    );
    expect(r.answer).toContain("257 ÷ 2351.15 = 10.93%");
    expect(r.answer).not.toMatch(/\d{3,}\.\d\d%/);
  });

  it("the generic words after a project's name ('专项项目') are no item to add up", async () => {
    const r = await samples.ask("市政府办2024年预算中，驻京工作经费项目和招商专项项目加起来占项目支出多少");
    expect(r.answer).toContain("257 ÷ 2351.15 = 10.93%");
    expect(r.answer).not.toContain("原文逐项列出");
  });
});
