import { describe, expect, it } from "vitest";
import { corpusLines } from "../testing/corpus.js";
import { LONGEST_REMEMBERED, memoByText } from "./memo-by-text.js";
import { cleanLabel, matchKey } from "./normalize-text.js";
import { toHalfWidth } from "./parse-amount.js";

describe("memoByText", () => {
  it("answers each text once, then from memory", () => {
    const seen: string[] = [];
    const label = memoByText((text: string) => {
      seen.push(text);
      return text.replace(/\s+/g, "");
    });
    // 000 line 353: the 三公经费 table's header row, asked twice.
    const header = corpusLines("000")[352];
    expect(label(header)).toBe(label(header));
    expect(label(header).startsWith("合计因公出国（境）费公务用车购置及运行维护费")).toBe(true);
    expect(seen).toEqual([header]);
  });

  it("remembers answers that are undefined or empty", () => {
    let calls = 0;
    const nothing = memoByText(() => {
      calls++;
      return undefined;
    });
    nothing("");
    nothing("");
    expect(calls).toBe(1);
  });

  it("does not keep a text longer than a line (a pasted question)", () => {
    let calls = 0;
    const length = memoByText((text: string) => {
      calls++;
      return text.length;
    });
    const long = corpusLines("000")[351].repeat(Math.ceil((LONGEST_REMEMBERED + 1) / 10));
    length(long);
    length(long);
    expect(calls).toBe(2);
  });

  it("keeps at most `capacity` answers, starting afresh when full", () => {
    let calls = 0;
    const length = memoByText((text: string) => {
      calls++;
      return text.length;
    }, 2);
    for (const text of ["部门决算", "目 录", "部门决算"]) length(text);
    expect(calls).toBe(2);
    length("2024年度"); // the third text: memory full, starts afresh
    length("部门决算");
    expect(calls).toBe(4);
  });

  it("gives cleanLabel's and matchKey's answers: the same as the replacements they remember, line by line", () => {
    const lines = corpusLines("001");
    for (const line of lines)
      expect(cleanLabel(line)).toBe(line.replace(/[\s\u3000\u00a0]+|\*\*/g, "").trim());
    for (const line of lines)
      expect(matchKey(line)).toBe(
        toHalfWidth(line)
          .replace(/[\s]+/g, "")
          .replace(/[()（）]/g, "")
          .replace(/[“”"'‘’「」]/g, "")
          .toLowerCase(),
      );
    // 000 line 9 as printed: spacing gone.
    expect(cleanLabel(corpusLines("000")[8])).toBe("第一部分株洲市人民政府办公室部门（单位）概况");
  });
});
