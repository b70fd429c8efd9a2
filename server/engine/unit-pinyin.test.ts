import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { UnitPinyin, spelling } from "./unit-pinyin.js";

describe("UnitPinyin", () => {
  const names = new UnitPinyin(["市政府办", "驻京办", "万里", "a办"]);

  it("spells a name without tones or spaces", () => {
    expect(spelling("万里")).toBe("wanli");
  });

  it("reads a spelled name glued to Chinese, typed apart, or glued to the next word", () => {
    expect(names.transliterate("wanli街道三公多少")).toBe("万里街道三公多少");
    expect(names.transliterate("shi zheng fu ban 三公")).toBe("市政府办 三公");
    expect(names.transliterate("wanlijiedao budget")).toBe("万里jiedao budget");
  });

  it("reads the other words given (figures, question words) after the aliases", () => {
    const spelled = new UnitPinyin(["市政府办"], ["公务接待费", "多少"]);
    expect(spelled.transliterate("shi zheng fu ban gong wu jie dai fei 2024 duo shao")).toBe(
      "市政府办 公务接待费 2024 多少",
    );
  });

  it("reads a figure typed by its initials, alone or before the rest of its name", () => {
    expect(names.transliterate("驻京办gwjdf多少")).toBe("驻京办公务接待费多少");
    expect(names.transliterate("市政府办jgyx经费")).toBe("市政府办机关运行经费");
    // Two letters name a figure only before characters that finish its name.
    expect(names.transliterate("驻京办 gw 多少")).toBe("驻京办 gw 多少");
  });

  it("an organ's initials stay its own, before any figure's", () => {
    const organs = new UnitPinyin(["财政局"]);
    expect(organs.transliterate("czj 公务接待费")).toBe("财政局 公务接待费");
  });

  it("leaves English words and short spellings alone", () => {
    expect(names.transliterate("budget total of ban")).toBe("budget total of ban");
    expect(names.transliterate("万里街道三公")).toBe("万里街道三公");
  });
});

/**
 * putuo-wanli-2024-bumen-yusuan p32 (rendered, pdftoppm -r 80): "2024年“三公”经费预算数为47.91万元".
 */
const { ask } = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf"]);

describe("a unit typed in pinyin", () => {
  it("answers for the unit the spelling names, with English words mixed in", async () => {
    const result = await ask("wanli street 2024 三公 budget多少");
    expect(result.status).toBe("answered");
    expect(result.answer.replace(/\*\*/g, "")).toContain("47.91万元");
  });
});

describe("a whole question typed in pinyin", () => {
  // 000 line 356 (09 表): 公务接待费 决算 1.12.
  const sample = useSampleEngine();

  it("a figure by its initials: 公务接待费 typed gwjdf", async () => {
    const result = await sample.ask("市政府办2024年 gwjdf 决算多少");
    expect(result.status).toBe("answered");
    expect(result.answer.replace(/\*\*/g, "")).toContain("1.12万元");
  });

  it("reads the unit, the figure and the question words", async () => {
    const result = await sample.ask("shi zheng fu ban gong wu jie dai fei 2024 duo shao");
    expect(result.status).toBe("answered");
    expect(result.answer.replace(/\*\*/g, "")).toContain("1.12万元");
  });
});
