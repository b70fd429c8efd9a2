import { describe, expect, it } from "vitest";
import type { Paragraph } from "./parse-sections.js";
import { projectInvestmentFacts } from "./project-investment.js";
import type { DocContext } from "./table-facts.js";

/**
 * The paragraph on a project's targets as budgets print it (mudanjiang-swj-2025-yusuan.doc page 10,
 * rendered by LibreOffice: "（二）<某>河道综合整治项目。实施单位为…，项目总投资1,260.00万元，实施周期为
 * 2024年至2026年…"); names and amounts here are placeholders in the same wording.
 */
const doc: DocContext = { docId: "d", unit: "某市水务局", year: 2025, kind: "预算" } as DocContext;
const paragraph = (text: string): Paragraph => ({
  text,
  lines: [40, 40],
  section: ["十三、预算绩效目标设置情况"],
});
const read = (text: string) =>
  projectInvestmentFacts(paragraph(text), doc, "d:p1").map((f) => [f.rowPath?.join("/"), f.column, f.value]);

describe("a project's stated total investment", () => {
  it("is the project's, named at the paragraph's opening, with thousands separators", () => {
    expect(
      read(
        "（二）甲河综合整治项目。实施单位为某中心，项目总投资1,234.50万元，实施周期为2024年至2026年，2025年预算安排300.00万元。",
      ),
    ).toEqual([["项目/甲河综合整治", "项目总投资", "1234.5"]]);
  });

  it("is the project's named in the clause before it, not the one after", () => {
    expect(
      read(
        "其中，乙平台建设（二期）项目预算80.00万元，实施期限为2024—2026年，项目总投资240.00万元；丙储备项目预算50.00万元。",
      ),
    ).toEqual([["项目/乙平台建设（二期）", "项目总投资", "240"]]);
  });

  it("is no fact where no project is named (该项目, a region's investment, another unit)", () => {
    expect(read("该项目总投资500.00万元。")).toEqual([]);
    expect(read("协调推动某基地项目落地，预计总投资超50亿元。")).toEqual([]);
  });
});
