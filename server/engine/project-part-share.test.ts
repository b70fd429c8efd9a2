import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * "<某专项>多少？→ <其中一项安排>占多少": the part over the project just asked. Read off the rendered
 * page 24 of 普陀区商务委员会 2025 部门预算 (生命健康专项经费情况说明): 项目总预算1170.00万, of which
 * 支持企业协同化发展180.00万: 180 ÷ 1170 = 15.38 %.
 */
const { ask } = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf"]);
const plain = (answer: string) => answer.replace(/\*\*/g, "");

describe("a project's part asked after the project", () => {
  it("is a share of that project, not of all project spending", async () => {
    const r = await ask("普陀区商务委员会2025年生命健康专项预算是多少", "支持企业协同化发展占比多少");
    expect(plain(r.answer)).toContain("15.38%");
  });
});
