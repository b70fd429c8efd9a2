import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * A place named for "these units": the index's units in that place only. Three 上海 bodies, two
 * of them in 普陀区. Read off the rendered pages: 普陀区财政局 2024 部门决算 p24 ("机关运行经费支出
 * 184.65万元"); 上海市财政局 2025 单位预算 p21 ("机关运行经费预算为2,517.78万元").
 */
const { ask } = usePdfEngine([
  "putuo-czj-2024-bumen-juesuan.pdf",
  "putuo-shfly-2024-danwei-yusuan.pdf",
  "shanghai-czj-2025-danwei-yusuan.pdf",
]);

describe("units of a place", () => {
  it("普陀区哪个单位 ranks the 普陀区 units only, not the city's bureau", async () => {
    const r = await ask("普陀区的单位里谁的机关运行经费最高，排一下");
    expect(r.plan.operation).toBe("rank");
    expect([...r.plan.units].sort()).toEqual(["上海市普陀区社会福利院", "上海市普陀区财政局"]);
    expect(r.answer).toContain("184.65万元");
    expect(r.answer).not.toContain("2517.78");
  });

  it("a place none of the units is in: not published, no figure given", async () => {
    const r = await ask("浙江各单位机关运行经费排一下");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("浙江");
    expect(r.answer).not.toMatch(/\d+\.\d+万元/);
  });
});
