import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";

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

  it("which one is meant, said after the name (“就是…的那家”), sets no qualifier", async () => {
    const r = await pdf.ask("打听一下普陀区社会福利院，就是我姑妈养老的那家，2024年三公经费预算多少？");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("6.40万元");
  });

  it("a long name with two characters typed by sound is read as the unit", async () => {
    const r = await pdf.ask("普沱区社会复利院2024年三公经费是多少");
    expect(plain(r.answer)).toContain("上海市普陀区社会福利院2024年度“三公”经费预算为 6.40万元");
  });
});

/**
 * data/docs/001 line 1132: “三公”经费财政拨款支出…支出决算为23.3万元; data/docs/000 line 356 (公开09表):
 * “三公”经费 决算数 合计 136.85.
 */
describe("a story before “我想了解一下…”, and a place's own name misspelt by sound", () => {
  const sample = useSampleEngine();

  it("a last clause opening “我想了解一下” turns to the question; the story before it sets nothing", async () => {
    const r = await sample.ask(
      "你好，我表哥在驻京办上班，家里人都挺关心他单位的情况，听说账目每年都公开，我想了解一下驻京办2024年三公经费实际花了多少？多谢",
    );
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("23.30万元");
  });

  it("洲 typed as 州 in the city's name, with another slip, still names the unit", async () => {
    const r = await sample.ask("株州市政俯办2024年三公经费决算多少");
    expect(plain(r.answer)).toContain("136.85万元");
    expect(r.answer).toContain("株洲市人民政府办公室");
  });
});
