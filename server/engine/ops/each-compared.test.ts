import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts } from "../answer-expect.js";

const samples = useSampleEngine();
const pdf = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf"]);

describe("rows set against their budgets, each, then added", () => {
  // 001 表1 (lines 1222–1241): 驻京工作经费 217 / 209.35 / 结余 -7.65; 招商专项 40 / 38.46 / 结余 -1.44.
  // By hand 217 − 209.35 = 7.65 and 40 − 38.46 = 1.54 (the table prints 1.44): 9.19, or 9.09 as printed.
  it("gives each balance, their total, and the table's own balances where they differ", async () => {
    const r = await samples.ask("驻京工作经费、招商专项两个项目各结余多少，合计多少");
    expect(r.plan.units).toEqual(["株洲市人民政府驻北京联络处"]);
    expect(r.answer).toContain("7.65万元");
    expect(r.answer).toContain("1.54万元");
    expect(r.answer).toContain("9.19万元");
    expect(r.answer).toContain("9.09万元");
    expect(r.answer).toContain("文件前后不一致");
  });

  // 001 line 1137: 公务用车运行维护费 预算18万元, 决算19.7万元; (19.7 − 18) ÷ 18 = 9.44%.
  it("超支率 is the gap as a share of the budget", async () => {
    const r = await samples.ask("驻京办2024年公务用车运行维护费超支率是多少");
    expect(r.answer).toContain("9.44%");
  });
});

describe("parts listed beside their whole", () => {
  // 000 line 356 (公开09表, 2024 决算): 合计 136.85, 因公出国 49.98, 购置 (blank), 运行维护 85.75, 接待 1.12.
  it("“三公四项（…）” lists four parts and the whole; the count is no unknown word", async () => {
    const r = await samples.ask("市政府办2024年三公四项（出国、公车购置、公车运维、接待）决算各多少，合计呢");
    expect(r.plan.qualifiers).toEqual([]);
    expectFacts(r, "49.98万元 85.75万元 1.12万元 136.85万元");
  });

  // 普陀区商务委 2025 部门预算 p26: 贸易高质量发展专项 2921.00万 of which 区级支持总部经济1106.00万, 市级支持总部经济1262.00万.
  it("the project the parts are read in is no addend", async () => {
    const r = await pdf.ask("普陀商务委贸易高质量发展专项中区级支持总部经济和市级支持总部经济一共多少");
    expect(r.answer).toContain("2368.00万元");
    expect(r.answer).not.toContain("5289");
  });
});
