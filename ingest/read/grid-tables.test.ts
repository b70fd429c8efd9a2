import { describe, expect, it } from "vitest";
import { gridTablesToRows } from "./grid-tables.js";

/**
 * pandoc grid tables as ingest/fixtures/unseen/jining-wenlvju-2025-yusuan.md writes them (表5, its header
 * with a cell spanning three columns, a 科目名称 wrapped inside its cell). Columns are found by display
 * width: a CJK character is two columns wide.
 */
const TABLE = [
  "+-----------+----------------------+--------------------------------------+",
  "| 科目编码  | 科目名称             | 2025年预算数                         |",
  "|           |                      +------------+------------+------------+",
  "|           |                      | 合计       | 基本支出   | 项目支出   |",
  "+===========+======================+============+============+============+",
  "| 207       | 文化旅游体育与传媒支 | 6465.85    | 3479.35    | 2986.50    |",
  "|           | 出                   |            |            |            |",
  "+-----------+----------------------+------------+------------+------------+",
  "| 2070102   | 一般行政管理事务     | 86.00      |            | 86.00      |",
  "+-----------+----------------------+------------+------------+------------+",
];

describe("pandoc grid tables", () => {
  it("writes each row as one tab-separated line on its first line, every other line blank", () => {
    const out = gridTablesToRows(["表5 一般公共预算支出表", ...TABLE, "注：空白表示无此项支出。"]);
    expect(out).toHaveLength(TABLE.length + 2);
    expect(out[0]).toBe("表5 一般公共预算支出表");
    expect(out[2]).toBe("科目编码\t科目名称\t2025年预算数\t\t");
    expect(out[4]).toBe("\t\t合计\t基本支出\t项目支出");
    expect(out[6]).toBe("207\t文化旅游体育与传媒支出\t6465.85\t3479.35\t2986.50");
    expect(out[9]).toBe("2070102\t一般行政管理事务\t86.00\t\t86.00");
    expect(out.filter((line) => line === "")).toHaveLength(TABLE.length - 4);
    expect(out.at(-1)).toBe("注：空白表示无此项支出。");
  });

  it("writes a cell spanning rows in the row it starts in, its lines joined", () => {
    const out = gridTablesToRows([
      "+--------+----------+----------+",
      "| 单位名 | 一般公共 | 单位资金 |",
      "| 称     +----------+          |",
      "|        | 预算     |          |",
      "+========+==========+==========+",
      "| 馆     | 12.00    |          |",
      "+--------+----------+----------+",
    ]);
    expect(out[1]).toBe("单位名称\t一般公共\t单位资金");
    expect(out[3]).toBe("\t预算\t");
    expect(out[5]).toBe("馆\t12.00\t");
  });

  it("leaves lines that only look like a table's border alone when no rows follow", () => {
    expect(gridTablesToRows(["+-----+", "正文"])).toEqual(["+-----+", "正文"]);
  });
});
