import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const pdf = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/** putuo-shfly-2024-danwei-yusuan.pdf page 15, rendered at 80 dpi (万元): 合计 6.4, 公务用车购置及运行费 小计 6.4. */
describe("a question told at length, or with the name misspelt by sound", () => {
  it("a story in clauses before “就想问问，” sets no qualifier", async () => {
    const r = await pdf.ask(
      "大家好，我家就住在福利院边上，天天路过，看到院里停了不少车，心里一直犯嘀咕，就想问问，2024年福利院的三公经费预算一共多少？",
    );
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("6.40万元");
  });

  it("a long name with two characters typed by sound is read as the unit", async () => {
    const r = await pdf.ask("普沱区社会复利院2024年三公经费是多少");
    expect(plain(r.answer)).toContain("上海市普陀区社会福利院2024年度“三公”经费预算为 6.40万元");
  });
});
