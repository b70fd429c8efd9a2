import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * Rendered pages (pdftoppm -r 80): putuo-sfj-2026-bumen-yusuan.pdf p21, 2026年部门“三公”经费和机关运行经费预算表:
 * 三公 合计 10.81, 机关运行经费预算数 217.83; putuo-sfj-2026-danwei-yusuan.pdf p20, the 单位 table: 10.71, 184.59;
 * shanghai-czj-2025-danwei-yusuan.pdf p21: “三公”经费预算数为346.30万元 (上海市财政局, not a 普陀 body).
 */
const { ask } = usePdfEngine([
  "putuo-sfj-2026-bumen-yusuan.pdf",
  "putuo-sfj-2026-danwei-yusuan.pdf",
  "putuo-czj-2024-bumen-juesuan.pdf",
  "shanghai-czj-2025-danwei-yusuan.pdf",
]);

describe("a body's two editions named as 部门和单位", () => {
  it("“<某局>部门与单位的<某费>” sets the two editions' figures against each other", async () => {
    const r = await ask("普陀区司法局部门与单位的机关运行经费预算相差多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("217.83 − 184.59 = 33.24");
  });
});

describe("several units of one place", () => {
  it("“<某区>几个单位…排个序” ranks that place's units, not how many there are, and no other city's", async () => {
    const r = await ask("普陀那边几个单位三公经费按高低排个名");
    expect(r.plan.operation).toBe("rank");
    expect([...r.plan.units].sort()).toEqual(["上海市普陀区司法局", "上海市普陀区财政局"].sort());
    expect(r.answer).toContain("10.81万元");
    expect(r.answer).not.toContain("346.30");
  });

  it("“各部门和单位” is every body, not a body's two editions", async () => {
    const r = await ask("普陀各部门和单位的三公经费谁最高");
    expect(r.plan.operation).toBe("rank");
    expect(r.plan.edition).toBeUndefined();
  });
});
