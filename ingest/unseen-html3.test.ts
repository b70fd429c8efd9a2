import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * Two documents written for these tests (eval/gold/unseen-html3/NOTES.md): 梧州市交通运输局's 2024年度
 * 部门决算 and 2025年部门预算, web pages saved by Word ("网页，筛选过", GB2312). Read off the pages
 * themselves (decoded, tags stripped):
 * - 2024: 表3 部门支出决算表 "合计 | | 19,182.68 | 4,280.28 | 14,902.40", its first page ending at 210 (…"2101103
 *   公务员医疗补助 | 31.60"), then the page number "— 5 —", "续表" on a line of its own, the unit line and the
 *   header again, then "212 城乡社区支出 | 1,860.00", "214 交通运输支出 | 15,801.63", "221 住房保障支出 |
 *   338.98"; 七、"三公": "…支出预算为98.00万元（其中年初预算68.00万元，年中追加公务用车购置经费30.00万元），
 *   支出决算为90.52万元…与2023年度决算71.45万元相比，增加19.07万元，增长26.69%"; "3.公务接待费。2024年度预算为
 *   6.00万元，支出决算为3.18万元，…比2023年度决算5.25万元减少2.07万元，下降39.43%". The planted slip: 表5
 *   "21401 公路水路运输" 小计 9568.03, its items adding to 9586.03.
 * - 施秉县住房和城乡建设局 2024年度部门决算 (ingest/fixtures/unseen/shibing-zjj-2024-juesuan.pdf, page 6 of the
 *   rendered narrative): "2.城市建设支出（2120803）：年初预算为1200.00万元，支出决算为1438.26万元，完成年初预算
 *   的119.85%" (附表7 prints 14,382,560.00 元: 1438.256 ÷ 1200 = 119.85 %).
 */
async function parse(path: string) {
  const file = fileURLToPath(new URL(path, import.meta.url));
  const read = await readDocument(file, await readFile(file));
  const docId = path
    .split("/")
    .pop()!
    .replace(/\.\w+$/, "");
  return parseDocument({ docId, file: path, hash: "test", text: read.text, sources: read.sources });
}
const accounts = await parse("./fixtures/unseen/wuzhou-jtysj-2024-juesuan.htm");
const shibing = await parse("./fixtures/unseen/shibing-zjj-2024-juesuan.pdf");
const failed = (doc: typeof accounts) => (doc.info.report?.checks.failed ?? []).map((f) => f.message);

describe("Word's filtered web page of a final account, and a narrative's numbered subjects", () => {
  it("joins a table carried on under a lone '续表' and a page number, so its total adds up", () => {
    const classes = accounts.facts
      .filter((f) => f.table === "03" && /^\d{3}$/.test(f.rowCode ?? "") && f.column === "本年支出合计")
      .map((f) => [f.rowCode, f.value]);
    expect(classes).toEqual([
      ["208", "929.40"],
      ["210", "252.67"],
      ["212", "1860.00"],
      ["214", "15801.63"],
      ["221", "338.98"],
    ]);
    expect(failed(accounts).filter((m) => m.includes("部门支出决算表"))).toEqual([]);
  });

  it("reads no figure from a budget addition in an aside, and last year's after it is the sentence's subject", () => {
    // (The sentence of its own: "公务用车购置费预算为30.00万元，支出决算为28.60万元，完成预算的95.33%".)
    const cars = accounts.facts.filter((f) => !f.table && f.metric === "公务用车购置费");
    expect(cars.map((f) => [f.column, f.value])).toEqual([
      ["预算数", "30"],
      ["决算数", "28.6"],
      ["预算完成率", "95.33"],
    ]);
    const threePublic = accounts.facts.filter(
      (f) => !f.table && f.metric === "三公经费" && f.period === 2023,
    );
    expect(threePublic.map((f) => f.value)).toEqual(["71.45"]);
  });

  it("fails only the planted subtotal's checks", () => {
    expect(failed(accounts).length).toBeGreaterThan(0);
    expect(failed(accounts).every((m) => /公路水路运输|交通运输支出/.test(m))).toBe(true);
  });

  it("reads '<n>.<项>（<code>）：年初预算为…' and its rate within the table's rounding", () => {
    const city = shibing.facts.filter((f) => !f.table && f.rowCode === "2120803");
    expect(city.map((f) => [f.column, f.value])).toEqual([
      ["年初预算数", "1200"],
      ["决算数", "1438.26"],
      ["年初预算完成率", "119.85"],
    ]);
    expect(failed(shibing).filter((m) => m.includes("2120803"))).toEqual([]);
  });
});
