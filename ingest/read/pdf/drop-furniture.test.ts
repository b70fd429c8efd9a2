import { describe, expect, it } from "vitest";
import { readPdf } from "./read-pdf.js";
import { buildPdf, type TestText } from "./testing/build-pdf.js";

/** A page as disclosure PDFs print them, with a running header and a page number (the corpus has neither). */
function page(n: number, footer: (n: number) => string): { texts: TestText[] } {
  return {
    texts: [
      { x: 72, y: 40, size: 9, text: "上海市某某局2025年度部门预算" },
      { x: 480, y: 40, size: 9, text: `共5页` },
      { x: 72, y: 120, size: 16, text: `第${"一二三四五"[n - 1]}部分 说明` },
      { x: 72, y: 150, size: 12, text: "单位：万元" },
      { x: 96, y: 180, size: 12, text: `本页说明第${n}项收入情况，合计${n}0.50万元。` },
      { x: 280, y: 800, size: 10, text: footer(n) },
    ],
  };
}

async function readLines(footer: (n: number) => string): Promise<string[]> {
  const pdf = buildPdf([1, 2, 3, 4, 5].map((n) => page(n, footer)));
  return (await readPdf("furniture.pdf", pdf)).text.split("\n");
}

describe("page furniture", () => {
  it.each([
    ["- n -", (n: number) => `- ${n} -`],
    ["第n页", (n: number) => `第${n}页`],
    ["第 n 页 共 5 页", (n: number) => `第 ${n} 页 共 5 页`],
    ["bare n", (n: number) => `${n}`],
    ["n/5", (n: number) => `${n}/5`],
  ])("drops page numbers (%s) and the running header, keeps the body", async (_, footer) => {
    const lines = await readLines(footer);
    expect(lines).toHaveLength(15);
    expect(lines.slice(0, 3)).toEqual([
      "第一部分 说明",
      "单位：万元",
      "本页说明第1项收入情况，合计10.50万元。",
    ]);
    expect(lines.join("\n")).not.toMatch(/上海市某某局|共5页|^\d|页$/m);
  });

  it("keeps a line repeated at the top of pages below a line that is not furniture", async () => {
    // "单位：万元" repeats at one height on every page, under each page's own heading.
    const lines = await readLines((n) => `- ${n} -`);
    expect(lines.filter((l) => l === "单位：万元")).toHaveLength(5);
  });

  it("keeps a table's label in the page's corner, each page's own (表01, 表02 …), under the running header", async () => {
    // As 北京's 部门决算 prints them: the label at the top right, below the running header.
    const pages = [1, 2, 3, 4, 5].map((n) => ({
      texts: [
        { x: 72, y: 40, size: 9, text: "某某局2024年度部门决算" },
        { x: 480, y: 56, size: 9, text: `表0${n}` },
        { x: 200, y: 90, size: 16, text: `第${n}张表` },
        { x: 96, y: 180, size: 12, text: `合计${n}0.50` },
        { x: 280, y: 800, size: 10, text: `— ${n} —` },
      ],
    }));
    const lines = (await readPdf("labels.pdf", buildPdf(pages))).text.split("\n");
    expect(lines.filter((l) => /^表0\d$/.test(l))).toEqual(["表01", "表02", "表03", "表04", "表05"]);
    expect(lines.join("\n")).not.toMatch(/某某局|—/);
  });
});
