import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

/**
 * Two editions whose totals are the same, asked why. Read off the rendered pages of 普陀区商务委
 * 2025: 部门预算 p5 ("…包括商务委本部以及下属1家预算单位…2. 上海市普陀区中小企业服务中心，不单列预算。")
 * and p9 of each edition (支出总计 371,514,655.00 元 in both).
 */
const { ask } = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf", "putuo-swh-2025-danwei-yusuan.pdf"]);

describe("why two editions are the same", () => {
  it.each(["普陀商务委部门预算跟单位预算为什么完全相同", "商务委的部门预算和单位预算总额怎么一样"])(
    "gives both totals and the passage that keeps the other body's accounts in: %s",
    async (question) => {
      const r = await ask(question);
      const text = r.answer.replace(/\*\*/g, "");
      expect(text.match(/37151\.47万元/g)?.length).toBeGreaterThanOrEqual(2);
      expect(text).toContain("上海市普陀区中小企业服务中心，不单列预算");
    },
  );
});
