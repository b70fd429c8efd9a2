import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";
import { expectGrounded } from "../answer-expect.js";

/**
 * Read off the rendered pages (pdftoppm -r 80): putuo-sfj-2026-bumen-yusuan.pdf p21, 2026年部门“三公”
 * 经费和机关运行经费预算表: 合计 10.81, 因公出国(境)费 0, 公务接待费 0.83, 公务用车购置及运行费 小计 9.98
 * (购置费 0, 运行费 9.98); putuo-sfj-2026-danwei-yusuan.pdf p20, the 单位 table: 10.71, 0.00, 0.73, 9.98.
 */
describe("two editions' 三公 set apart part by part", () => {
  const { ask } = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf", "putuo-sfj-2026-danwei-yusuan.pdf"]);

  it("names the one part that differs, its gap, and the parts that are the same", async () => {
    const r = await ask("普陀区司法局2026年三公经费在部门预算与单位预算里为何不同");
    expect(r.status).toBe("answered");
    for (const figure of ["10.81万元", "10.71万元", "0.83万元", "0.73万元", "9.98万元"])
      expect(r.answer).toContain(figure);
    expect(r.answer).toContain("0.83 − 0.73 = 0.10");
    expect(r.answer).toContain("差额全部来自这一项");
    expectGrounded(r);
  });

  it("a plain gap asked gives the two totals only", async () => {
    const r = await ask("普陀区司法局2026年三公经费，部门预算比单位预算多出多少");
    expect(r.answer).toContain("10.81 − 10.71 = 0.10");
    expect(r.answer).not.toContain("0.83万元");
  });
});

/**
 * 株洲 text exports (cat -n): 002 line 460 因公出国（境）费 决算 5.38万元, line 470 公务接待费 0.13、
 * 公务用车购置费及运行维护费 3.5; 001 line 1139 公务接待费 3.61 (line 1132–1134 three 公 total 23.3, 接待 3.6),
 * 出国 0, 公务用车 19.7. 000 line 600: 基本支出 4723.85 = 人员经费 2619.09 + 公用经费 2104.76; 001 line 1123:
 * 基本支出 0万元.
 */
describe("two units' figures set apart when why they differ is asked", () => {
  const { ask } = useSampleEngine();

  it("each part of the two units' 三公, with which unit spends more on it", async () => {
    const r = await ask("驻京办跟天元区委办的三公经费为啥差这么多");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("19.7 − 3.5 = 16.20");
    expect(r.answer).toContain("5.38 − 0 = 5.38");
    expectGrounded(r);
  });

  it("“为什么差这么多” between two units is their gap, not one unit's budget against its actual", async () => {
    const r = await ask("市政府办跟驻京办的基本支出为什么差这么多");
    expect(r.answer).toContain("4723.85 − 0 = 4723.85");
    expect(r.answer).toContain("2619.09万元");
    expect(r.answer).toContain("2104.76万元");
    expect(r.answer).not.toContain("年初预算");
  });
});
