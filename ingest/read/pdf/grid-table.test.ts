import { describe, expect, it } from "vitest";
import { readPdf } from "./read-pdf.js";
import { buildPdf, type TestPage, type TestText } from "./testing/build-pdf.js";

const cells = (y: number, row: [number, string][]): TestText[] =>
  row.map(([x, text]) => ({ x, y, size: 10, text }));

/** Office suites that draw only some rulings: the text says where the missing ones would be. */
describe("ruled tables with rulings missing", () => {
  it("reads a body ruled only between columns row by row, from the amounts stacked in its cells", async () => {
    const page: TestPage = {
      texts: [
        { x: 50, y: 80, size: 14, text: "支出预算表" },
        ...cells(114, [
          [55, "科目名称"],
          [205, "合计"],
          [305, "基本支出"],
        ]),
        ...cells(136, [
          [55, "行政运行"],
          [205, "1,000.00"],
          [305, "1,000.00"],
        ]),
        ...cells(152, [
          [55, "一般行政管理事务"],
          [205, "500.00"],
        ]),
        ...cells(168, [[55, "其他支出"]]),
        ...cells(184, [
          [55, "合计"],
          [205, "1,500.00"],
          [305, "1,000.00"],
        ]),
      ],
      lines: [
        [50, 100, 400, 100],
        [50, 120, 400, 120],
        [50, 195, 400, 195],
        ...[50, 200, 300, 400].map((x): [number, number, number, number] => [x, 100, x, 195]),
      ],
    };
    const lines = (await readPdf("columns-only.pdf", buildPdf([page]))).text.split("\n");
    expect(lines).toEqual([
      "支出预算表",
      "科目名称\t合计\t基本支出",
      "行政运行\t1,000.00\t1,000.00",
      "一般行政管理事务\t500.00\t",
      "其他支出\t\t",
      "合计\t1,500.00\t1,000.00",
      "",
    ]);
  });

  it("parts a merged body cell whose line breaks at a wide gap under two columns", async () => {
    const page: TestPage = {
      texts: [
        ...cells(114, [
          [55, "项目"],
          [205, "预算数"],
          [305, "执行数"],
        ]),
        ...cells(136, [
          [55, "公务接待费"],
          [205, "1.35"],
          [305, "1.20"],
        ]),
      ],
      // The ruling between the two amount columns is drawn in the header row only.
      lines: [
        [50, 100, 400, 100],
        [50, 120, 400, 120],
        [50, 145, 400, 145],
        [50, 100, 50, 145],
        [200, 100, 200, 145],
        [300, 100, 300, 120],
        [400, 100, 400, 145],
      ],
    };
    const lines = (await readPdf("merged.pdf", buildPdf([page]))).text.split("\n");
    expect(lines.slice(0, 2)).toEqual(["项目\t预算数\t执行数", "公务接待费\t1.35\t1.20"]);
  });
});
