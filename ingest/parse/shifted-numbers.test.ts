import { describe, expect, it } from "vitest";
import type { TableColumn, TableRow } from "../schema.js";
import { unshiftNumbers } from "./shifted-numbers.js";

/**
 * data/docs/000 (株洲市人民政府办公室 2024 决算), the 市长热线专项 项目支出绩效自评表: its indicator
 * header (line 824) heads columns 6–8 分值 | 得分 | 偏差原因分析及改进措施, and its 总分 row (line 848)
 * has one empty cell too many, putting 100 under 得分 and the score 95 under 偏差原因. The 部门整体
 * form's 总分 row (line 807, "100 | 99.68") sits where its header says.
 */
const columns: TableColumn[] = ["分值", "得分", "偏差原因分析及改进措施"].map((name, i) => ({
  index: 6 + i,
  path: [name],
  group: 0,
  segment: 1,
}));
const row = (cells: string[]): TableRow => ({ line: 848, segment: 1, cells, keys: [{ name: "总分" }] });

describe("unshiftNumbers", () => {
  it("moves a run of numbers that ends under a column of words one column left", () => {
    const [fixed] = unshiftNumbers([row(["", "总分", "", "", "", "", "", "100", "95"])], columns);
    expect(fixed.cells.slice(6, 9)).toEqual(["100", "95", ""]);
  });

  it("leaves a row whose numbers sit under their own columns", () => {
    const cells = ["", "总分", "", "", "", "", "100", "99.68", ""];
    expect(unshiftNumbers([row(cells)], columns)[0].cells).toEqual(cells);
  });

  it("leaves a row whose number under the words column has no empty cell before it", () => {
    const cells = ["", "总分", "", "", "", "", "", "100", "95"].map((c, i) => (i === 6 ? "未完成" : c));
    expect(unshiftNumbers([row(cells)], columns)[0].cells).toEqual(cells);
  });
});
