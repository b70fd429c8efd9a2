import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * "N个单位" with none named: an index of three units' 2024 documents (普陀区财政局 决算, 社会福利院
 * 预算, 万里街道 预算, data/pdf).
 */
const { ask } = usePdfEngine([
  "putuo-czj-2024-bumen-juesuan.pdf",
  "putuo-shfly-2024-danwei-yusuan.pdf",
  "putuo-wanli-2024-bumen-yusuan.pdf",
]);

describe("how many units the question says", () => {
  it("the same number as the index holds: every unit is read", async () => {
    const r = await ask("三个单位2024年三公经费加起来是多少");
    expect(r.status).toBe("answered");
    expect(r.plan.units).toHaveLength(3);
  });

  it("another number: which units are meant is asked, each listed, no total given", async () => {
    const r = await ask("两个单位2024年三公经费加起来是多少");
    expect(r.status).toBe("clarify");
    for (const unit of ["上海市普陀区财政局", "上海市普陀区社会福利院", "上海市普陀区人民政府万里街道办事处"])
      expect(r.answer).toContain(unit);
    expect(r.answer).not.toMatch(/合计\s*[\d.]+万元/);
  });
});

/**
 * Two units with no year in common, compared with no year said. 万里街道 2024 部门预算 p32 (rendered):
 * "2024年“三公”经费预算数为47.91万元"; 普陀区司法局 2026 部门预算 p21: 三公 合计 10.81 (万元). By hand
 * 47.91 − 10.81 = 37.10.
 */
describe("two units with no year in common", () => {
  const apart = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf", "putuo-sfj-2026-bumen-yusuan.pdf"]);
  it("compares their latest years and says the years differ (“谁的…更多”)", async () => {
    const r = await apart.ask("万里街道和司法局，谁的三公预算更多？");
    expect(r.plan.operation).toBe("difference");
    expect(r.answer).toContain("37.10万元");
    expect(r.answer).toContain("两个单位的公开文件没有相同年度");
  });

  it("each asked in its own year over two turns, then '哪个高': the two units, not two years", async () => {
    const r = await apart.ask("万里街道2024年三公预算多少", "司法局2026年的呢", "哪个高，高出多少");
    expect(r.plan.operation).toBe("difference");
    expect(r.plan.units).toHaveLength(2);
    expect(r.answer).toContain("37.10万元");
  });
});
