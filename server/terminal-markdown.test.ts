import { describe, expect, it } from "vitest";
import { ANSI, displayWidth, PLAIN, renderTerminal } from "./terminal-markdown.js";

/** An answer as the engine writes it for data/docs/001 (驻北京联络处, 2024 决算), abridged. */
const ANSWER = [
  "株洲市人民政府驻北京联络处2024年度公务用车运行维护费预算 **18.00万元**[1]，支出决算 **19.70万元**[2]。",
  "",
  "- 文件说明的原因：2024年来京公务增加，公务用车派车车次增加，支出相应增加。",
  "",
  "**可直接使用的说明草稿：**",
  "",
  "> 株洲市人民政府驻北京联络处2024年度，公务用车运行维护费预算**18.00万元**[1]。",
  "> —— 摘自「九、财政拨款“三公”经费支出决算情况说明」[2]",
  "",
  "**来源**",
  "",
  "1. 株洲市人民政府驻北京联络处 2024年度决算｜九、财政拨款“三公”经费支出决算情况说明｜第1137行",
  "2. 株洲市人民政府驻北京联络处 2024年度决算｜九、财政拨款“三公”经费支出决算情况说明｜第1137行",
].join("\n");

describe("renderTerminal", () => {
  it("lays the answer out without Markdown syntax when piped", () => {
    expect(renderTerminal(ANSWER, PLAIN)).toBe(
      [
        "株洲市人民政府驻北京联络处2024年度公务用车运行维护费预算 18.00万元[1]，支出决算 19.70万元[2]。",
        "",
        "• 文件说明的原因：2024年来京公务增加，公务用车派车车次增加，支出相应增加。",
        "",
        "可直接使用的说明草稿：",
        "",
        "│ 株洲市人民政府驻北京联络处2024年度，公务用车运行维护费预算18.00万元[1]。",
        "│ —— 摘自「九、财政拨款“三公”经费支出决算情况说明」[2]",
        "",
        "来源",
        "",
        "1. 株洲市人民政府驻北京联络处 2024年度决算｜九、财政拨款“三公”经费支出决算情况说明｜第1137行",
        "2. 株洲市人民政府驻北京联络处 2024年度决算｜九、财政拨款“三公”经费支出决算情况说明｜第1137行",
        "",
      ].join("\n"),
    );
  });

  it("styles bold, markers, quotes and the sources block on a colour terminal", () => {
    const out = renderTerminal(ANSWER, ANSI);
    expect(out).toContain("\x1b[1m18.00万元\x1b[22m\x1b[36m[1]\x1b[39m");
    expect(out).toContain("\x1b[2m│ \x1b[22m株洲市人民政府");
    expect(out).toContain("\x1b[1;4m来源\x1b[22;24m");
    // Sources are dimmed, numbering kept.
    expect(out).toContain("\n1. \x1b[2m株洲市人民政府驻北京联络处 2024年度决算");
    expect(out).not.toContain("**");
  });

  it("renders headings, nested and ordered lists, code and tables", () => {
    const md =
      "## 小结\n\n3. 第一\n4. 第二\n   - 细项\n\n`2010301`\n\n| 科目 | 金额 |\n|---|---|\n| 行政运行 | 5.00 |";
    expect(renderTerminal(md, PLAIN)).toBe(
      [
        "小结",
        "",
        "3. 第一",
        "4. 第二",
        "   • 细项",
        "",
        "2010301",
        "",
        "科目     │ 金额",
        "─────────┼─────",
        "行政运行 │ 5.00",
        "",
      ].join("\n"),
    );
  });

  it("counts CJK characters as two columns", () => {
    expect(displayWidth("行政运行")).toBe(8);
    expect(displayWidth("5.00")).toBe(4);
    expect(displayWidth("\x1b[1m万元\x1b[22m")).toBe(4);
  });
});
