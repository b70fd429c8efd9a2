import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";
import { buildUnits } from "./units/build-units.js";

/**
 * A budget written for these tests as a Word document (eval/gold/unseen-docx/NOTES.md): 临澜县交通运输局
 * 2025年部门预算, saved as .docx by LibreOffice. Read off the document's text:
 * - 部门收入预算表: columns 单位编码 / 单位名称 / 合计 …, rows "103001 临澜县交通运输局（本级） 2066.66 …";
 * - 第二部分 三（三）1: "行政单位离退休（项）：2024年预算数11.20万元，2025年预算数11.97万元，比上年增加0.77万元";
 * - 第一部分 二: "所属二级预算单位2个：临澜县公路管理段，为局属公益一类事业单位，…；临澜县交通运输综合执法大队，为…";
 * - 预算09表 新增资产配置表: "临澜县交通运输综合执法大队 设备 执法记录仪 12 台 0.45 5.40";
 * - its writer's planted slips: 预算04表 302 商品和服务支出 合计 152.26 where its parts add up to 152.62, and
 *   the narrative's 对农村道路客运的补贴 201.50 where the tables print 210.50.
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/linlan-jtj-2025-yusuan.docx", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "linlan-jtj-2025-yusuan",
  file: "ingest/fixtures/unseen/linlan-jtj-2025-yusuan.docx",
  hash: "test",
  text: read.text,
});

describe("an unseen Yunnan county budget as a Word document: 临澜县交通运输局 2025年部门预算", () => {
  it("a column of unit codes (单位编码 103001) is a key column, not amounts", () => {
    const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);
    expect(failed.filter((message) => message.includes("部门收入预算表"))).toEqual([]);
    expect(doc.facts.some((f) => f.value === "103001")).toBe(false);
  });

  it("'2024年预算数11.20万元，2025年预算数11.97万元': each year's budget, this year's the document's", () => {
    const stated = doc.facts.filter((f) => !f.table && f.rowCode === "2080501" && f.column === "年初预算数");
    expect(stated.map((f) => [f.period ?? 2025, f.value])).toEqual([
      [2024, "11.2"],
      [2025, "11.97"],
    ]);
  });

  it("预算09表 新增资产配置表 (单位名称 | 资产类别 | 资产名称 | 数量 | 计量单位 | 单价 | 金额): each row is its item, of its body, counted in its own measure", () => {
    const recorders = doc.facts.filter((f) => f.row === "执法记录仪");
    expect(recorders.map((f) => [f.column, f.value, f.measure])).toEqual([
      ["数量", "12", "台"],
      ["单价", "0.45", "万元"],
      ["金额", "5.40", "万元"],
    ]);
    expect(new Set(recorders.map((f) => f.body))).toEqual(new Set(["临澜县交通运输综合执法大队"]));
  });

  it("finds both planted errors", () => {
    const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);
    expect(failed.some((message) => /商品和服务支出.*152\.26.*152\.62/.test(message))).toBe(true);
    expect(failed.some((message) => /对农村道路客运的补贴.*210\.50.*201\.5/.test(message))).toBe(true);
  });

  it("its subordinates, each known by the name after the bureau's stem (综合执法大队, 公路管理段)", () => {
    const units = buildUnits([doc.info], {});
    const squad = units.find((unit) => unit.name === "临澜县交通运输综合执法大队");
    expect(squad?.parent).toBe("临澜县交通运输局");
    expect(squad?.aliases).toContain("综合执法大队");
    expect(units.find((unit) => unit.name === "临澜县公路管理段")?.aliases).toContain("公路管理段");
  });
});
