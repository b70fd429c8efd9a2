import { describe, expect, it } from "vitest";
import type { TextLine } from "./page-blocks.js";
import type { Box } from "./pdf-geometry.js";
import { reflowParagraphs } from "./reflow-paragraphs.js";

const line = (page: number, box: Box, text: string, size = 12): TextLine => ({
  kind: "line",
  page,
  box,
  text,
  size,
});
const texts = (lines: TextLine[], widths: [number, number][]) =>
  reflowParagraphs(lines, new Map(widths)).map((b) => (b.kind === "line" ? b.text : "<table>"));

describe("reflowParagraphs", () => {
  it("joins lines wrapped at the margin, keeps headings and the author's line breaks (财政局决算, p21)", () => {
    // Lines and boxes as the page prints them.
    const page = [
      line(21, [96, 157, 264, 169], "一、收入支出决算总体情况说明"),
      line(
        21,
        [96, 184, 519, 197],
        "上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入",
      ),
      line(
        21,
        [72, 198, 514, 211],
        "支出总计减少56.95万元，下降1.87%。主要原因：基本支出中人员进出及退休变化，",
      ),
      line(21, [72, 212, 348, 225], "以及项目支出中合同支付进度条款等原因减少支付。"),
      line(21, [96, 240, 216, 253], "二、收入决算情况说明"),
      line(21, [96, 268, 514, 281], "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他"),
      line(21, [72, 282, 202, 295], "收入6.2万元，占0.21%；"),
      line(
        21,
        [96, 407, 519, 420],
        "上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，",
      ),
      line(21, [72, 421, 288, 434], "财政拨款收入支出总计持平。主要原因："),
      line(
        21,
        [72, 449, 504, 462],
        "基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支",
      ),
      line(21, [72, 463, 96, 475], "付。"),
    ];
    expect(texts(page, [[21, 595]])).toEqual([
      "一、收入支出决算总体情况说明",
      "上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。主要原因：基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。",
      "二、收入决算情况说明",
      "本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；",
      "上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。主要原因：",
      // The line before ends far from the margin: the author broke the line there.
      "基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。",
    ]);
  });

  it("continues a paragraph over a page break (部门决算 template, pp15-16)", () => {
    const lines = [
      line(15, [120, 190, 505, 205], "上海市XX局2024年度收入支出总计XXX万元。与2023年", 15),
      line(15, [90, 221, 513, 236], "度相比，收入支出总计增加（减少）XXX万元，增长（下降）XX%。", 15),
      line(15, [120, 689, 436, 704], "（一）一般公共预算财政拨款支出决算总体情况", 15),
      line(15, [120, 720, 505, 736], "一般公共预算财政拨款支出XXX万元，占本年支出合计的", 15),
      line(15, [90, 751, 513, 767], "XX%。与2023年度相比，一般公共预算财政拨款支出增加（减少）", 15),
      line(16, [90, 80, 505, 96], "XXX万元，增长（下降）XX%。主要原因：XXXXXXXX。（如持平作", 15),
      line(16, [90, 112, 165, 127], "持平表述）", 15),
      line(16, [120, 143, 436, 158], "（二）一般公共预算财政拨款支出决算结构情况", 15),
    ];
    expect(
      texts(lines, [
        [15, 595],
        [16, 595],
      ]),
    ).toEqual([
      "上海市XX局2024年度收入支出总计XXX万元。与2023年度相比，收入支出总计增加（减少）XXX万元，增长（下降）XX%。",
      "（一）一般公共预算财政拨款支出决算总体情况",
      "一般公共预算财政拨款支出XXX万元，占本年支出合计的XX%。与2023年度相比，一般公共预算财政拨款支出增加（减少）XXX万元，增长（下降）XX%。主要原因：XXXXXXXX。（如持平作持平表述）",
      "（二）一般公共预算财政拨款支出决算结构情况",
    ]);
  });
});
