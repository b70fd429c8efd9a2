import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { standardTableOf, standardTitle } from "./standard-tables.js";

const PDF_FIXTURES = fileURLToPath(new URL("../fixtures/pdf/", import.meta.url));

interface ExpectedTable {
  title: string;
  /** Written from the rendered page: "收入决算表 (决算 table 02: …)", "收入预算总表 (standard table 2)", "project performance target form …". */
  standard: string;
}

describe("standardTableOf", () => {
  it("recognises every table title of the nine page-verified 上海 PDFs, and only the standard ones", () => {
    let seen = 0;
    for (const name of readdirSync(PDF_FIXTURES).filter((n) => n.endsWith(".expected.json"))) {
      const expected = JSON.parse(readFileSync(PDF_FIXTURES + name, "utf8")) as {
        kind: "决算" | "预算";
        tables: ExpectedTable[];
      };
      for (const t of expected.tables) {
        const number = /table 0?(\d)/.exec(t.standard)?.[1];
        const found = standardTableOf(t);
        expect(found?.key, `${name}: ${t.title}`).toBe(number ? `${expected.kind}0${number}` : undefined);
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(80);
  });

  it("reads 株洲 titles, with the unit and year before the name (jiguan-2023 line 39)", () => {
    expect(standardTableOf({ title: "株洲市机关事务管理局2023年度收入支出决算总表" })?.key).toBe("决算01");
    expect(standardTableOf({ title: "一般公共预算财政拨款基本支出决算明细表" })?.key).toBe("决算06");
    expect(standardTableOf({ title: "国有资本经营预算财政拨款支出决算表" })?.key).toBe("决算08");
    expect(standardTableOf({ title: "财政拨款“三公”经费支出决算表" })?.key).toBe("决算09");
  });

  it("does not take a table for a standard one because its title ends like one", () => {
    for (const title of [
      "2024年度部门（单位）整体支出绩效评价基础数据表",
      "2024年度项目支出绩效自评表",
      "表1.项目资金支出情况（部门预算支出）",
      "财政项目支出绩效目标填报表",
    ])
      expect(standardTableOf({ title }), title).toBeUndefined();
  });

  it("strips numbering, edition, quotes and 续 from a title", () => {
    expect(standardTitle("2.15 2025年预算单位“三公”经费和机关运行经费预算表（续）")).toBe(
      "三公经费和机关运行经费预算表",
    );
    expect(standardTitle("公开 01 表 收入支出决算总表")).toBe("收入支出决算总表");
    expect(standardTableOf({ title: "2024 年度部门财务收支预算总表" })?.key).toBe("预算01");
  });
});
