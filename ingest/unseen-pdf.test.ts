import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * A final account written for these tests and printed to PDF by Chromium (eval/gold/unseen-pdf/
 * NOTES.md): 成都市大邑县水务局 2024年度部门决算, 四川's order (the narrative first, the nine 公开表 at
 * the end), tables continued across pages with their header and 栏次 row repeated, the 三公 table in
 * 元. Its writer's two planted errors, read off the rendered pages (pdftoppm -r 80):
 * - page 20 (printed 18), 公开06表: 302 商品和服务支出 公用经费 162.81, where its items add up to 162.18
 *   (and 公用经费合计 169.21 − 资本性支出 7.03 = 162.18);
 * - page 7 (printed 5): 2130314 防汛 "215.63万元", where 公开05表 prints 215.36 (its stated 119.64%
 *   completion is 215.36 ÷ 180).
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/chengdu-dayi-swj-2024-juesuan.pdf", import.meta.url));
const read = await readDocument(FILE);
const doc = parseDocument({
  docId: "chengdu-dayi-swj-2024-juesuan",
  file: "ingest/fixtures/unseen/chengdu-dayi-swj-2024-juesuan.pdf",
  hash: "test",
  text: read.text,
  ...(read.sources ? { sources: read.sources } : {}),
});

describe("an unseen PDF: 成都市大邑县水务局 2024年度部门决算", () => {
  it("reads the unit as its cover prints it, the year and the kind", () => {
    // Page 1: "大邑县水务局" / "2024年度部门决算" (成都市大邑县 below).
    expect(doc.info.unit).toBe("大邑县水务局");
    expect(doc.info.year).toBe(2024);
    expect(doc.info.kind).toBe("决算");
  });

  it("takes no figure from a 栏次 row repeated where a table carries on", () => {
    expect(doc.facts.filter((f) => f.row === "栏次")).toEqual([]);
  });

  it("finds exactly its two planted errors", () => {
    const failed = doc.info.report?.checks.failed ?? [];
    const planted = (message: string) => /162\.81/.test(message) || /215\.63/.test(message);
    expect(failed.filter((f) => !planted(f.message)).map((f) => f.message)).toEqual([]);
    expect(failed.some((f) => f.kind === "table_text" && /215\.36.*215\.63/.test(f.message))).toBe(true);
    expect(failed.some((f) => f.kind === "subject_hierarchy" && /162\.81.*162\.18/.test(f.message))).toBe(
      true,
    );
  });

  it("reads 一般公共预算财政拨款收入 as the one fund's income, not all appropriations", () => {
    // Page 5 (printed 3): "一般公共预算财政拨款收入4,688.41万元"; 公开02表's 财政拨款收入 is 5,428.71.
    const stated = doc.facts.filter((f) => !f.table && f.value === "4688.41");
    expect(stated.every((f) => f.metric !== "财政拨款收入")).toBe(true);
  });

  it("a score a paragraph on one project's self-evaluation states is that project's, not the unit's", () => {
    // Page 10: "3．<某>项目绩效自评综述：…自评得分90.20分"; "4．部门整体支出绩效自评情况。…得分94.60分".
    const unit = doc.facts.filter((f) => f.metric === "绩效自评得分").map((f) => f.value);
    expect(unit).toEqual(["94.6"]);
    expect(doc.facts.some((f) => f.rowPath?.[0] === "项目" && f.value === "90.2")).toBe(true);
  });
});
