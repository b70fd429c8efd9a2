import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

/**
 * putuo-swh-2025-bumen-yusuan, rendered at 80 dpi: page 16 (21508 支持中小企业发展和管理支出
 * 293,810,000.00), page 9 (2025年部门财务收支预算总表, 支出总计 371,514,655.00).
 */
const { ask } = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf"]);
const plain = (answer: string) => answer.replace(/\*\*/g, "");

describe("a share asked with no whole named", () => {
  it("is of the unit's spending total when the row's class is not read", async () => {
    const text = plain((await ask("商务委2025年预算中支持中小企业发展和管理支出占了多大比重")).answer);
    expect(text).toContain("占支出合计的 79.08%");
    expect(text).toContain("29381 ÷ 37151.4655 = 79.08%");
  });
});
