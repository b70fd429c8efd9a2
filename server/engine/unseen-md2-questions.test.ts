import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Questions about a budget written for the tests as pandoc converts a Word document to Markdown
 * (ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md, 济宁市文化和旅游局 2025年部门预算), values read off the
 * file: 表10 部门项目支出表 (grid table, lines 579–620) lists "尼山世界文明论坛配套文化交流活动保障" 150.00 and
 * "大运河（济宁段）文物保护与考古调查\*" 420.00; 表5 prints 2070204 文物保护 1022.26.
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an unseen budget converted to Markdown by pandoc, its tables grid tables", () => {
  it("a row of the projects table is a project by its own name, with no '项目' in it", async () => {
    const text = plain((await ask("尼山世界文明论坛配套文化交流活动保障项目预算是多少")).answer);
    expect(text).toContain("尼山世界文明论坛配套文化交流活动保障项目预算为 150.00万元");
  });

  it("a project named loosely around a subject's name is the project, not the subject's row", async () => {
    const text = plain((await ask("大运河济宁段文物保护和考古调查那个项目今年给了多少钱？")).answer);
    expect(text).toContain("大运河（济宁段）文物保护与考古调查项目预算为 420.00万元");
    expect(text).not.toContain("1022.26");
  });
});
