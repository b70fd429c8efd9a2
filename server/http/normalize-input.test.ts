import { describe, expect, it } from "vitest";
import { hasQuestionContent, normalizeInput } from "./normalize-input.js";

/** Questions as people paste them: a unit name from data/docs/001 (line 3) with invisible characters inside. */
const UNIT = "株洲市人民政府驻北京联络处";

describe("normalizeInput", () => {
  it.each([
    ["a zero-width space", "\u200B"],
    ["a zero-width joiner", "\u200D"],
    ["a zero-width non-joiner", "\u200C"],
    ["a word joiner", "\u2060"],
    ["a byte-order mark", "\uFEFF"],
    ["a soft hyphen", "\u00AD"],
    ["a right-to-left override", "\u202E"],
    ["a left-to-right mark", "\u200E"],
    ["a variation selector", "\uFE0F"],
    ["a NUL", "\u0000"],
    ["a bell", "\u0007"],
    ["an escape", "\u001B"],
    ["a DEL", "\u007F"],
    ["a C1 control", "\u009B"],
    ["half a surrogate pair", "\uD83D"],
  ])("removes %s inside a unit name", (_name, char) => {
    const inside = `${UNIT.slice(0, 6)}${char}${UNIT.slice(6)}三公经费是多少`;
    expect(normalizeInput(inside)).toBe(`${UNIT}三公经费是多少`);
  });

  it("keeps line breaks (CRLF, CR and Unicode separators become \\n) and turns tabs into spaces", () => {
    expect(normalizeInput("驻京办\r\n三公经费\r是多少\u2028呢")).toBe("驻京办\n三公经费\n是多少\n呢");
    expect(normalizeInput("驻京办\t三公经费")).toBe("驻京办 三公经费");
  });

  it("trims, and leaves a message of invisible characters empty", () => {
    expect(normalizeInput("  \u200B驻京办三公经费\u3000 ")).toBe("驻京办三公经费");
    expect(normalizeInput("\u200B\u200D\uFEFF\u0000")).toBe("");
  });

  it("keeps emoji, whole surrogate pairs and full-width punctuation", () => {
    expect(normalizeInput("驻京办👍三公经费？")).toBe("驻京办👍三公经费？");
  });
});

describe("hasQuestionContent", () => {
  it.each(["？？？", "???", "。。。", "😀👍🎉", "!!!", "—— ……", ""])("%j has no question in it", (text) => {
    expect(hasQuestionContent(normalizeInput(text))).toBe(false);
  });

  it.each(["驻京办三公经费是多少", "三公经费？", "2023", "2023年呢", "abc"])(
    "%j may be a question",
    (text) => {
      expect(hasQuestionContent(normalizeInput(text))).toBe(true);
    },
  );

  it("an emoji joined by zero-width joiners is still not a question", () => {
    expect(hasQuestionContent(normalizeInput("👨\u200D👩\u200D👧？"))).toBe(false);
  });
});
