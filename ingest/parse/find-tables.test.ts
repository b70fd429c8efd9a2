import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { corpusLines } from "../testing/corpus.js";
import { findTables } from "./find-tables.js";

const docLines = corpusLines;
const NUMBERS = "01 02 03 04 05 06 07 08 09".split(" ");

describe("findTables：定位九张标准表和附件表", () => {
  it("000（制表符版式）：公开01–09表齐全，外加基础数据表等附件表", () => {
    const regions = findTables(docLines("000"));
    expect(regions.filter((r) => r.number).map((r) => r.number)).toEqual(NUMBERS);
    expect(regions.filter((r) => r.number).every((r) => r.layout === "tabs")).toBe(true);
    expect(regions.map((r) => r.title)).toContain("2024年度部门（单位）整体支出绩效评价基础数据表");
    expect(regions.find((r) => r.number === "09")?.title).toBe("财政拨款“三公”经费支出决算表");
  });

  it("001（逐格一行版式）：公开01–08表，没有09表", () => {
    const regions = findTables(docLines("001")).filter((r) => r.number);
    expect(regions.map((r) => r.number)).toEqual(NUMBERS.slice(0, 8));
    expect(regions.every((r) => r.layout === "cell-per-line")).toBe(true);
    // 公开05表的标记和“部门：…”在同一行，标题在上方。
    expect(regions.find((r) => r.number === "05")?.title).toBe("一般公共预算财政拨款支出决算表");
  });

  it("003（纯叙述预算说明）没有表", () => {
    expect(findTables(docLines("003"))).toEqual([]);
  });

  it("空表保留表注：000 公开07表“故本表无数据”", () => {
    const t07 = findTables(docLines("000")).find((r) => r.number === "07");
    expect(t07?.note).toContain("故本表无数据");
    expect(t07?.amountUnit).toBe("万元");
  });
});

describe("findTables：区域边界与行切分", () => {
  it("000 公开01表：区域从标题行开始，到表注前结束；“部门:”“单位:万元”不是数据行", () => {
    const t01 = findTables(docLines("000")).find((r) => r.number === "01")!;
    expect([t01.start + 1, t01.end]).toEqual([94, 135]);
    expect(t01.rows[0].cells).toEqual(["收入", "", "", "支出"]);
    expect(t01.rows.some((r) => r.cells.join("").startsWith("部门"))).toBe(false);
    expect(t01.note).toContain("本表反映部门本年度的总收支和年末结转结余情况");
  });

  it("001 逐格一行：一行一格，空行分行，只含制表符的行是空格子", () => {
    const t02 = findTables(docLines("001")).find((r) => r.number === "02")!;
    const total = t02.rows.find((r) => r.cells[0] === "合计");
    expect(total?.cells).toEqual(["合计", "247.80", "247.80", "0.00", "0.00", "0.00", "0.00", "0.00"]);
    expect(total?.line).toBe(210 - 1);
  });

  it("002 公开09表：区域标题取自“公开 09 表”上方的表名", () => {
    const t09 = findTables(docLines("002")).find((r) => r.number === "09")!;
    expect(t09.title).toBe("财政拨款“三公”经费支出决算表");
    expect(t09.rows.at(-1)?.cells).toEqual([
      "9.00",
      "5.38",
      "3.50",
      "",
      "3.50",
      "0.13",
      "9.00",
      "5.38",
      "3.50",
      "",
      "3.50",
      "0.13",
    ]);
  });
});

describe("findTables：标准表按名称认出，带模板 id 与印出的标签", () => {
  it("000：九张表都认出模板，标签是印出的“公开NN表”；目录里的表名不成表", () => {
    const regions = findTables(docLines("000"), { kind: "决算" }).filter((r) => r.template);
    expect(regions.map((r) => [r.number, r.template, r.label])).toEqual([
      ["01", "final-summary", "公开01表"],
      ["02", "final-income", "公开02表"],
      ["03", "final-expense", "公开03表"],
      ["04", "final-appropriation-summary", "公开04表"],
      ["05", "final-general-expense", "公开05表"],
      ["06", "final-general-basic-expense", "公开06表"],
      ["07", "final-fund", "公开07表"],
      ["08", "final-state-capital", "公开08表"],
      ["09", "final-three-public", "公开09表"],
    ]);
    // The table of contents (lines 16-24) lists the same titles without heading any table.
    expect(regions.every((r) => r.start > 90)).toBe(true);
  });

  it("001：“部门：…公开05表”同一行的标记也算标签", () => {
    const t05 = findTables(docLines("001"), { kind: "决算" }).find((r) => r.number === "05");
    expect([t05?.template, t05?.label]).toEqual(["final-general-expense", "公开05表"]);
  });
});

describe("findTables：只有表格标签才开始一张表", () => {
  it("上海部门决算模板（文字层节选）：“（一）”这样单独一行的标题序号不是表号；只认出两张标准表", () => {
    const lines = readFileSync(
      fileURLToPath(new URL("../fixtures/shanghai/juesuan-template-excerpt.txt", import.meta.url)),
      "utf8",
    ).split("\n");
    expect(lines.some((l) => l.trim() === "（一）")).toBe(true);
    expect(findTables(lines, { kind: "决算" }).map((r) => r.template)).toEqual([
      "final-summary",
      "final-three-public",
    ]);
  });
});

describe("a table of counts introduced by a sentence ending in its unit", () => {
  // ingest/fixtures/unseen/linxi-scjg-2023-juesuan.pdf, page 4 (pdftoppm): the staff table, no title of its own.
  const lines = [
    "三、人员构成情况",
    "截至2023年12月31日，本部门编制数、实有人数情况如下表（单位：人）：",
    "机构名称\t编制类型\t编制数\t实有人数",
    "局机关\t行政\t62\t58",
    "食品药品检验检测中心\t事业\t28\t26",
    "合计\t\t232\t216",
    "",
    "另有离退休人员86人。",
  ];

  it("starts at the sentence, in 人", () => {
    const [region] = findTables(lines);
    expect(region?.title).toBe("");
    expect(region?.amountUnit).toBe("人");
    expect(region?.rows.length).toBeGreaterThanOrEqual(3);
  });

  it("a sentence naming no unit of counts starts none", () => {
    expect(findTables(["本部门情况如下：", "局机关，行政，62，58。"])).toEqual([]);
  });
});
