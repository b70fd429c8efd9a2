import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse/parse-document.js";
import { readDocument } from "./read/read-document.js";

/**
 * Final accounts written for these tests (eval/gold/unseen-pdf9/NOTES.md): 盐城市生态环境局 2023年度部门决算,
 * drawn cell by cell by a reporting system. Read off the rendered pages (`pdftoppm -r 80`):
 * - page 15 (公开07表 政府性基金预算财政拨款收入支出决算表, "2023年度" centred between 编制单位 and 单位：万元):
 *   headers 年初结转/和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转/和结余, then 栏次 1–6;
 *   合计: 年初 blank, 420.00, 386.50, 基本 blank, 386.50, 33.50;
 * - page 3, 二、机构设置及决算单位构成: "1．盐城市生态环境局（本级）（行政单位），核定编制86名，年末实有人数81人。"
 *   then 2 综合行政执法支队 120/112, 3 环境监测中心站 75/70, 4 固体废物与化学品管理中心 18/16, 5 亭湖分局 32/30,
 *   6 盐都分局 34/31, 7 大丰分局 38/36, 8 射阳分局 30/28, 9 建湖分局 29/27;
 * - page 4, 三、人员情况: "本部门核定编制462名，…年末实有在职人员431人；离退休人员146人…";
 * - page 18 (公开10表 部门决算单位构成及收支情况表, 万元): 盐城市环境监测中心站, 本年支出 合计 4,053.10;
 * - the planted slips (NOTES.md): page 14, 公开06表 "302 商品和服务支出 11125800.00" (公用经费合计 11849300.00,
 *   310 资本性支出 633500.00); page 21 item 16 水体 "支出决算为4,268.75万元，完成年初预算的112.81%" against
 *   page 13, 公开05表 2110302 水体 年初预算数 3800.00, 决算数 合计 4286.75.
 */
const FILE = fileURLToPath(new URL("./fixtures/unseen/yancheng-sthjj-2023-juesuan.pdf", import.meta.url));
const read = await readDocument(FILE, await readFile(FILE));
const doc = parseDocument({
  docId: "yancheng-sthjj-2023-juesuan",
  file: "ingest/fixtures/unseen/yancheng-sthjj-2023-juesuan.pdf",
  hash: "test",
  text: read.text,
  sources: read.sources,
});
const failed = (doc.info.report?.checks.failed ?? []).map((f) => f.message);

/** The numbered body paragraphs of page 3: name, 核定编制, 年末实有人数. */
const BODIES: [string, string, string][] = [
  ["盐城市生态环境局（本级）", "86", "81"],
  ["盐城市生态环境综合行政执法支队", "120", "112"],
  ["盐城市环境监测中心站", "75", "70"],
  ["盐城市固体废物与化学品管理中心", "18", "16"],
  ["盐城市生态环境局亭湖分局", "32", "30"],
  ["盐城市生态环境局盐都分局", "34", "31"],
  ["盐城市生态环境局大丰分局", "38", "36"],
  ["盐城市生态环境局射阳分局", "30", "28"],
  ["盐城市生态环境局建湖分局", "29", "27"],
];

describe("an unseen prefecture bureau's final accounts drawn by a reporting system: 盐城市生态环境局 2023年度部门决算", () => {
  it("公开07表's columns are its printed headers, not its 年度 line, 栏次 row or a header's wrapped half", () => {
    const fund = doc.facts.filter((f) => f.table === "07");
    expect([...new Set(fund.map((f) => f.column))]).toEqual([
      "本年收入",
      "本年支出 / 小计",
      "本年支出 / 项目支出",
      "年末结转和结余",
    ]);
    const total = fund.filter((f) => f.row === "合计").map((f) => [f.column, f.value, f.measure]);
    expect(total).toEqual([
      ["本年收入", "420.00", "万元"],
      ["本年支出 / 小计", "386.50", "万元"],
      ["本年支出 / 项目支出", "386.50", "万元"],
      ["年末结转和结余", "33.50", "万元"],
    ]);
    const columns = doc.facts.map((f) => f.column ?? "");
    expect(columns.filter((c) => /2023年度|栏次| \/ \d$|^和结余|年初结转$/.test(c))).toEqual([]);
  });

  it("the numbered bodies of 二、机构设置及决算单位构成 are its subordinates, each a row of staff", () => {
    expect(doc.info.relations.map((r) => r.child)).toEqual(BODIES.slice(1).map(([name]) => name));
    const staff = (row: string, column: string) =>
      doc.facts
        .filter((f) => f.table === "bodies" && f.row === row && f.column === column)
        .map((f) => f.value);
    for (const [name, posts, serving] of BODIES) {
      expect([name, staff(name, "编制数"), staff(name, "在职人数")]).toEqual([name, [posts], [serving]]);
    }
    const people = doc.facts.filter((f) => !f.table && f.measure === "人");
    const said = (metric: string) => people.filter((f) => f.metric === metric).map((f) => f.value);
    expect([said("编制数"), said("在职人数")]).toEqual([["462"], ["431"]]);
    const fromBodies = people.filter(
      (f) => f.source.section.some((s) => s.startsWith("二、机构设置")) || /^\d+．/.test(f.source.excerpt),
    );
    expect(fromBodies).toEqual([]);
  });

  it("公开10表 lists each body's row with its printed figures", () => {
    const spent = doc.facts.find(
      (f) => f.table === "10" && f.row === "盐城市环境监测中心站" && f.column === "本年支出 / 合计",
    );
    expect([spent?.value, spent?.measure]).toEqual(["4053.10", "万元"]);
  });

  it("its checks fail only on its two planted slips and their echo", () => {
    expect(failed).toHaveLength(4);
    // Messages are in 万元: page 14's 11125800.00元 is 1112.58, its 11849300.00元 1184.93.
    expect(failed.filter((m) => /302 商品和服务支出/.test(m) && /1112\.58/.test(m))).toHaveLength(1);
    expect(failed.filter((m) => /公用经费合计/.test(m) && /1184\.93/.test(m))).toHaveLength(1);
    expect(failed.filter((m) => /2110302/.test(m) && /4286\.75/.test(m) && /4268\.75/.test(m))).toHaveLength(
      1,
    );
    expect(failed.filter((m) => /2110302/.test(m) && /112\.81%/.test(m))).toHaveLength(1);
    expect(doc.info.report?.checks.passed).toBeGreaterThanOrEqual(390);
  });
});
