import { describe, expect, it } from "vitest";
import { corpusLines, type DocId } from "../testing/corpus.js";
import type { ParsedTable } from "../schema.js";
import { findTables } from "./find-tables.js";
import { parseTable } from "./parse-table.js";

const docLines = corpusLines;

/** The one table found in lines `from`..`to` (1-based, inclusive) of a corpus document. */
function tableIn(id: DocId, from: number, to: number): ParsedTable {
  const regions = findTables(docLines(id).slice(from - 1, to));
  expect(regions).toHaveLength(1);
  return parseTable(regions[0], { docId: id, id: `${id}:t`, section: [], amountUnit: "万元" });
}

const paths = (t: ParsedTable, segment = 0) =>
  t.columns.filter((c) => c.segment === segment).map((c) => c.path);
const column = (t: ParsedTable, index: number, segment = 0) =>
  t.columns.find((c) => c.index === index && c.segment === segment);
const rowByName = (t: ParsedTable, name: string, group = 0) =>
  t.rows.find((r) => r.keys[group]?.name === name);
const rowByCode = (t: ParsedTable, code: string) => t.rows.find((r) => r.keys.some((k) => k.code === code));

describe("制表符版式（000/002）", () => {
  const t02 = tableIn("000", 140, 172);

  it("000 公开02表：列头与科目行", () => {
    expect(t02.layout).toBe("tabs");
    expect(t02.number).toBe("02");
    expect(paths(t02)).toEqual([
      ["本年收入合计"],
      ["财政拨款收入"],
      ["上级补助收入"],
      ["事业收入"],
      ["经营收入"],
      ["附属单位上缴收入"],
      ["其他收入"],
    ]);
    expect(t02.groups).toEqual([{ keyColumns: [0, 1] }]);
    const row = rowByCode(t02, "2010301");
    expect(row?.keys).toEqual([{ name: "行政运行", code: "2010301" }]);
    expect(row?.cells.slice(2, 4)).toEqual(["3,508.11", "3,508.11"]);
    expect(rowByName(t02, "合计")?.cells[2]).toBe("5,487.18");
  });

  it("000 公开05表：二级列头“本年支出 / 小计…”，数字带空格原样保留在单元格", () => {
    const t05 = tableIn("000", 236, 267);
    expect(paths(t05)).toEqual([
      ["本年支出", "小计"],
      ["本年支出", "基本支出"],
      ["本年支出", "项目支出"],
    ]);
    expect(rowByName(t05, "合计")?.cells.slice(2)).toEqual(["5, 487. 18", "4, 723. 85", "763. 33"]);
  });

  it("002 公开02表：空行和“-----”分隔线不成为数据行", () => {
    const t = tableIn("002", 130, 161);
    expect(rowByCode(t, "2210201")?.cells.slice(2, 4)).toEqual(["43.24", "43.24"]);
    expect(t.rows.some((r) => r.cells.join("").startsWith("---"))).toBe(false);
    expect(t.rows.filter((r) => r.keys[0].code).length).toBe(15);
  });
});

describe("逐格一行版式（001）", () => {
  const t02 = tableIn("001", 149, 250);

  it("001 公开02表：每格一行、空行分行，列头与 000 相同", () => {
    expect(t02.layout).toBe("cell-per-line");
    expect(paths(t02)).toEqual([
      ["本年收入合计"],
      ["财政拨款收入"],
      ["上级补助收入"],
      ["事业收入"],
      ["经营收入"],
      ["附属单位上缴收入"],
      ["其他收入"],
    ]);
    expect(rowByCode(t02, "2010302")?.cells).toEqual([
      "2010302",
      "一般行政管理事务",
      "247.80",
      "247.80",
      "0.00",
      "0.00",
      "0.00",
      "0.00",
      "0.00",
    ]);
    expect(rowByCode(t02, "20103")?.keys[0].name).toBe("政府办公厅（室）及相关机构事务");
  });

  it("“合计”行缺了科目名称格：补回空格后数值与列对齐", () => {
    const total = rowByName(t02, "合计");
    expect(total?.cells).toEqual(["合计", "", "247.80", "247.80", "0.00", "0.00", "0.00", "0.00", "0.00"]);
    expect(column(t02, 2)?.path).toEqual(["本年收入合计"]);
    const t03 = tableIn("001", 252, 340);
    expect(rowByName(t03, "合计")?.cells.slice(0, 5)).toEqual(["合计", "", "247.80", "0.00", "247.80"]);
    expect(column(t03, 3)?.path).toEqual(["基本支出"]);
  });

  it("全角空格：单元格去掉“247.80　”“　247.80”两侧的全角空格", () => {
    const t01 = tableIn("001", 21, 147);
    const row = rowByName(t01, "本年收入合计");
    expect(row?.cells[2]).toBe("247.80");
    expect(row?.cells[5]).toBe("247.80");
  });

  it.fails("001 公开07表：本年支出下的“基本支出”和“年末结转和结余”列名正确（第896–910行）", () => {
    const t07 = tableIn("001", 890, 1013);
    expect(paths(t07)).toContainEqual(["本年支出", "基本支出"]);
    expect(paths(t07)).toContainEqual(["年末结转和结余"]);
  });
});

describe("公开01表：收入、支出两组并排", () => {
  for (const [id, from, to, header] of [
    ["000", 94, 139, "金额"],
    ["001", 21, 147, "决算数"],
    ["002", 102, 129, "决算数"],
  ] as const) {
    it(`${id}：收入组与支出组各有自己的项目和金额列`, () => {
      const t = tableIn(id, from, to);
      expect(t.groups.map((g) => g.title)).toEqual(["收入", "支出"]);
      expect(t.groups.map((g) => g.keyColumns)).toEqual([
        [0, 1],
        [3, 4],
      ]);
      expect(t.columns.map((c) => [c.index, c.group, c.path])).toEqual([
        [2, 0, [header]],
        [5, 1, [header]],
      ]);
      const totals = rowByName(t, "本年收入合计");
      expect(totals?.keys.map((k) => k.name)).toEqual(["本年收入合计", "本年支出合计"]);
      expect(rowByName(t, "总计")?.keys[1].name).toBe("总计");
    });
  }

  it("000：支出组的行次（31…60）不是项目名", () => {
    const t = tableIn("000", 94, 139);
    const row = rowByName(t, "八、其他收入");
    expect(row?.keys).toEqual([{ name: "八、其他收入" }, { name: "八、社会保障和就业支出" }]);
    expect(row?.cells[5]).toBe("648.26");
  });
});

describe("公开06表：三组经济科目并排，合计行“人员经费合计 / 公用经费合计”", () => {
  it("000：组标题来自表头（公用经费跨第二、三组）", () => {
    const t = tableIn("000", 268, 309);
    expect(t.groups).toEqual([
      { title: "人员经费", keyColumns: [0, 1] },
      { title: "公用经费", keyColumns: [3, 4] },
      { title: "公用经费", keyColumns: [6, 7] },
    ]);
    expect(t.columns.map((c) => [c.index, c.group, c.path])).toEqual([
      [2, 0, ["决算数"]],
      [5, 1, ["决算数"]],
      [8, 2, ["决算数"]],
    ]);
    // 第293行：30302 退休费 | 30217 公务接待费 1.12 | 31019 其他交通工具购置
    expect(rowByCode(t, "30217")?.keys).toEqual([
      { name: "退休费", code: "30302" },
      { name: "公务接待费", code: "30217" },
      { name: "其他交通工具购置", code: "31019" },
    ]);
    expect(rowByCode(t, "30217")?.cells[5]).toBe("1.12");
  });

  it("000：合计行的公用经费合计（原文在最后一列）移到公用经费组", () => {
    const t = tableIn("000", 268, 309);
    const totals = t.rows[t.rows.length - 1];
    expect(totals.keys.slice(0, 2).map((k) => k.name)).toEqual(["人员经费合计", "公用经费合计"]);
    expect(totals.cells[2]).toBe("2,619.09");
    expect(totals.cells[5]).toBe("2,104.76");
  });

  it("001（逐格一行）：合计行只有四格，仍拆成两组", () => {
    const t = tableIn("001", 587, 887);
    expect(t.groups.map((g) => g.keyColumns)).toEqual([
      [0, 1],
      [3, 4],
      [6, 7],
    ]);
    const totals = t.rows[t.rows.length - 1];
    expect(totals.keys.slice(0, 2).map((k) => k.name)).toEqual(["人员经费合计", "公用经费合计"]);
    expect([totals.cells[2], totals.cells[5]]).toEqual(["0.00", "0.00"]);
    expect(rowByCode(t, "39906")?.keys[2]).toEqual({ name: "赠与", code: "39906" });
  });

  it("002：544.3 与 86.7", () => {
    const t = tableIn("002", 251, 290);
    const totals = rowByName(t, "人员经费合计");
    expect([totals?.cells[2], totals?.keys[1].name, totals?.cells[5]]).toEqual([
      "544.3",
      "公用经费合计",
      "86.7",
    ]);
  });
});

describe("公开09表：多行表头变成列路径", () => {
  const car = "公务用车购置及运行维护费";
  const expected = ["预算数", "决算数"].flatMap((b) => [
    [b, "合计"],
    [b, "因公出国（境）费"],
    ...["小计", "公务用车购置费", "公务用车运行维护费"].map((c) => [b, car, c]),
    [b, "公务接待费"],
  ]);

  it("000：12列，栏次行 1…12 不是数据", () => {
    const t = tableIn("000", 344, 359);
    expect(paths(t)).toEqual(expected);
    expect(column(t, 10)?.path).toEqual(["决算数", "公务用车购置及运行维护费", "公务用车运行维护费"]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].keys[0].name).toBe("“三公”经费");
    const half = ["136.85", "49.98", "85.75", "", "85.75", "1.12"]; // 公务用车购置费 is blank
    expect(t.rows[0].cells).toEqual([...half, ...half]);
    expect(t.note).toContain("全年预算数");
  });

  it("002：表头里被空格打断的词（“公务用车 运行维护 费”）拼回", () => {
    const t = tableIn("002", 326, 341);
    expect(paths(t)).toEqual(expected);
    expect(t.rows[0].cells[6]).toBe("9.00");
  });
});

describe("附件“基础数据表”：表中重述表头", () => {
  const BASE_PATHS = [["2023年决算数"], ["2024年预算数"], ["2024年决算数"]];

  it("000：“经费控制情况（万元） 2023 年决算数 …”开启第二段，列名随之改变", () => {
    const t = tableIn("000", 722, 766);
    expect(t.number).toBeUndefined();
    expect(t.title).toBe("2024年度部门（单位）整体支出绩效评价基础数据表");
    const restated = t.rows.find((r) => r.header);
    expect(restated?.segment).toBe(1);
    expect(restated?.keys[0].name).toBe("经费控制情况（万元）");
    expect([1, 3, 5].map((i) => column(t, i, 1)?.path)).toEqual(BASE_PATHS);
    const sanGong = rowByName(t, "三公经费");
    expect(sanGong?.segment).toBe(1);
    expect([1, 3, 5].map((i) => sanGong?.cells[i])).toEqual(["151.98", "136.85", "136.85"]);
    expect(t.rows.find((r) => r.header && r.keys[0].name === "楼堂馆所控制情况")?.segment).toBe(2);
  });

  it("001（逐格一行）：同样分段，列号紧凑", () => {
    const t = tableIn("001", 1305, 1429);
    expect([1, 2, 3].map((i) => column(t, i, 1)?.path)).toEqual(BASE_PATHS);
    expect(rowByName(t, "3、公务接待")?.cells).toEqual(["3、公务接待", "9.71", "22", "3.6"]);
    expect(rowByName(t, "政府采购金额")?.cells).toEqual(["政府采购金额", "——", "62.3", "66.71"]);
    expect(paths(t, 0)).toEqual([["编制数"], ["2024年实际在职人数"], ["控制率"]]);
  });
});
