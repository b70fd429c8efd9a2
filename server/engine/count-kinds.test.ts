import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const pdf = usePdfEngine(["putuo-wanli-2023-bumen-yusuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Rendered at 80 dpi: putuo-wanli-2023-bumen-yusuan.pdf page 29 (五、国有资产占有情况): 车辆7辆（一般公务用车
 * 3辆，执法执勤用车4辆，特种专业技术用车0辆，其他用车0辆）. putuo-wanli-2024-bumen-yusuan.pdf page 32: 共有车辆7辆，
 * 其中：…其他用车7辆; 2024年部门预算安排购置车辆1辆.
 */
describe("a count asked by its kinds", () => {
  it("“哪几类” of a count reads its kinds, not the spending by functional class", async () => {
    const text = plain((await pdf.ask("万里街道2023年的车辆有哪几类")).answer);
    expect(text).toContain("一般公务用车：3辆");
    expect(text).toContain("执法执勤用车：4辆");
    expect(text).not.toContain("按功能分类");
  });

  it("“是啥类型” asks for the kinds too", async () => {
    const r = await pdf.ask("万里街道2024年那7辆车是啥类型？");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("其他用车：7辆");
  });

  it("the cars to be bought are no kind of the cars held", async () => {
    const text = plain((await pdf.ask("万里街道2024年的车分别是什么车")).answer);
    expect(text).toContain("其他用车：7辆");
    expect(text).not.toContain("购置：1辆");
  });
});

/**
 * putuo-wanli-2023-bumen-yusuan.pdf page 29, rendered at 80 dpi: 流动资产448.82万元。固定资产3149.52万元…在建工程1项
 * 12277.73万元。无形资产471项234.37万元。 The 2024 budget states no such amounts.
 */
describe("a number asked of something no figure is called", () => {
  it("quotes the sentence that states it, from the year that does", async () => {
    const r = await pdf.ask("万里街道手里现在有多少资产");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("流动资产448.82万元");
    expect(text).toContain("取自2023年度预算文件");
  });
});
