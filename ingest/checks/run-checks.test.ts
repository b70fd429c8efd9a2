import { Decimal } from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import { DOC_IDS, parseCorpus, type DocId } from "../testing/corpus.js";
import type { Fact, ParsedDocument, Warning } from "../schema.js";
import { runChecks } from "./run-checks.js";

let docs: Record<DocId, ParsedDocument>;

beforeAll(async () => {
  docs = await parseCorpus();
});

const warningsOf = (id: DocId, code?: Warning["code"]) =>
  docs[id].info.warnings.filter((w) => !code || w.code === code);
/** The facts a warning names, as "value@table-or-narrative:line" for readable comparisons. */
const factsOf = (id: DocId, w: Warning): Fact[] =>
  w.factIds.map((fid) => {
    const f = docs[id].facts.find((x) => x.id === fid);
    if (!f) throw new Error(`${id}: warning names unknown fact ${fid}`);
    return f;
  });
const canon = (v: string) => new Decimal(v).toFixed();
const about = (id: DocId, w: Warning) =>
  factsOf(id, w).map((f) => `${canon(f.value)}@${f.table ?? "说明"}:${f.source.lines[0]}`);
/** Warnings naming a fact that satisfies `pred`. */
const naming = (id: DocId, pred: (f: Fact) => boolean, code?: Warning["code"]) =>
  warningsOf(id, code).filter((w) => factsOf(id, w).some(pred));

describe("说明内部前后不一致（text_conflict）", () => {
  it("001 公务接待费决算写成3.6万元（第1134、1141行）和3.61万元（第1139行）", () => {
    const [w, ...more] = warningsOf("001", "text_conflict").filter((x) => x.message.includes("前后不一致"));
    expect(more).toEqual([]);
    expect(w.message).toContain("公务接待费");
    expect(about("001", w).sort()).toEqual(["3.6@说明:1134", "3.6@说明:1141", "3.61@说明:1139"].sort());
  });

  it("001 公务用车运行维护费“完成预算的100%”，但19.7 ÷ 18 = 109.44%（第1137行）", () => {
    const [w] = naming(
      "001",
      (f) => f.metric === "公务用车运行维护费" && f.column === "预算完成率",
      "text_conflict",
    );
    expect(w.message).toContain("109.44");
    expect(about("001", w)).toEqual(["100@说明:1137", "19.7@说明:1137", "18@说明:1137"]);
  });

  it("001 公务接待费“完成预算的16.26%”，但3.6 ÷ 22 = 16.36%（第1134行）", () => {
    const [w] = naming("001", (f) => f.metric === "公务接待费" && f.column === "预算完成率", "text_conflict");
    expect(w.message).toContain("16.36");
  });

  it("算得对的完成率不报警：001 三公58.25%（23.3÷40）、000 出国249.9%（49.98÷20）、002 三公187.5%（9÷4.8）", () => {
    const rates = (id: DocId) => naming(id, (f) => f.column.endsWith("预算完成率"), "text_conflict");
    expect(rates("001").map((w) => factsOf("001", w)[0].metric)).toEqual([
      "公务接待费",
      "公务用车运行维护费",
    ]);
    expect(rates("000")).toEqual([]);
    expect(rates("002")).toEqual([]);
  });
});

describe("表与说明的差异", () => {
  it("002 表06人员经费合计544.3 vs 说明544.36（第442行）：rounding", () => {
    const [w] = naming("002", (f) => f.metric === "人员经费" && !f.table);
    expect(w.code).toBe("rounding");
    expect(about("002", w)).toEqual(["544.3@06:287", "544.36@说明:442"]);
  });

  it("002 表06公用经费合计86.7 vs 说明86.75（第444行）：rounding", () => {
    const [w] = naming("002", (f) => f.metric === "公用经费" && !f.table);
    expect(w.code).toBe("rounding");
    expect(about("002", w)).toEqual(["86.7@06:287", "86.75@说明:444"]);
  });

  it("000 表09全年预算 vs 说明预算：出国49.98/20、公车85.75/83、接待1.12/11 都是 basis_differs", () => {
    const pairs = warningsOf("000", "basis_differs").map((w) => about("000", w).map((s) => s.split("@")[0]));
    expect(pairs).toEqual([
      ["49.98", "20"],
      ["85.75", "83"],
      ["85.75", "83"],
      ["1.12", "11"],
    ]);
    const [tableSide] = factsOf("000", warningsOf("000", "basis_differs")[0]);
    expect([tableSide.table, tableSide.basis]).toEqual(["09", "全年预算"]);
  });

  it("002 表09三公全年预算9.00 vs 说明预算4.80：basis_differs", () => {
    const [w] = naming("002", (f) => f.metric === "三公经费" && !f.table, "basis_differs");
    expect(about("002", w)).toEqual(["9@09:338", "4.8@说明:458"]);
  });

  it("决算数一致时不报警：000 三公136.85（表09 = 说明第480行）", () => {
    expect(naming("000", (f) => f.table === "09" && f.column.endsWith("/ 合计"))).toEqual([]);
  });

  it("001 会议费：表06（只含基本支出）为0.00，说明为0.3万元——这不是尾数差（第1146行）", () => {
    const [w] = naming("001", (f) => f.metric === "会议费" && !f.table);
    expect(w.code).not.toBe("rounding");
  });
});

describe("科目层级与合计", () => {
  it("000 表06 301工资福利支出2190.38 vs 明细之和2190.37：rounding，列出父项和全部子项", () => {
    const [w] = naming("000", (f) => f.table === "06" && f.rowCode === "301");
    expect(w.code).toBe("rounding");
    const facts = factsOf("000", w);
    expect(canon(facts[0].value)).toBe("2190.38");
    expect(facts.slice(1).map((f) => f.rowCode)).toEqual([
      "30101",
      "30102",
      "30103",
      "30106",
      "30107",
      "30108",
      "30109",
      "30110",
      "30111",
      "30112",
      "30113",
      "30114",
      "30199",
    ]);
  });

  it("000 表02合计5487.18 vs 各项之和5487.19：rounding", () => {
    const [w] = naming("000", (f) => f.table === "02" && f.row === "合计" && f.column === "本年收入合计");
    expect(w.code).toBe("rounding");
    expect(w.message).toContain("5487.19");
  });

  it("002 表09三公合计9.00 vs 5.38 + 3.50 + 0.13 = 9.01：rounding", () => {
    const found = naming("002", (f) => f.table === "09" && f.column === "决算数 / 合计");
    expect(found.map((w) => [w.code, about("002", w).map((s) => s.split("@")[0])])).toEqual([
      ["rounding", ["9", "5.38", "3.5", "0.13"]],
    ]);
  });

  it("一致的合计不报警：000 表09 136.85 = 49.98 + 85.75 + 1.12；001 201 = 20103 = 2010302 = 247.80", () => {
    expect(naming("000", (f) => f.table === "09" && f.column.startsWith("决算数"))).toEqual([]);
    const sums = (id: DocId) =>
      docs[id].info.warnings.filter((w) => ["rounding", "sum_mismatch"].includes(w.code));
    expect(sums("000").filter((w) => factsOf("000", w).some((f) => f.table === "09"))).toEqual([]);
    const hierarchy = (f: Fact) => ["02", "03", "05"].includes(f.table ?? "");
    expect(sums("001").filter((w) => factsOf("001", w).some(hierarchy))).toEqual([]);
    expect(warningsOf("001", "sum_mismatch")).toEqual([]);
  });

  it("语料中没有真正的 sum_mismatch，003（纯叙述且自洽）没有任何警告", () => {
    for (const id of DOC_IDS) expect(warningsOf(id, "sum_mismatch"), id).toEqual([]);
    expect(warningsOf("003")).toEqual([]);
  });
});

describe("无法唯一对应的科目（unresolved）", () => {
  it("000 “行政运行 3647.8”（第398行）在 2010201（139.69）与 2010301（3508.11）之间无法确定", () => {
    const [w, ...more] = warningsOf("000", "unresolved");
    expect(more).toEqual([]);
    expect(w.message).toContain("2010201");
    expect(w.message).toContain("2010301");
    const facts = factsOf("000", w);
    expect(facts.every((f) => f.row === "行政运行" && f.rowCode === undefined)).toBe(true);
    expect(facts.map((f) => [f.column, canon(f.value)])).toContainEqual(["决算数", "3647.8"]);
  });
});

describe("runChecks 是纯函数", () => {
  it("对同一文档重复运行得到同样的警告，且都在文档的警告里", () => {
    const doc = docs["002"];
    const once = runChecks(doc.facts, doc.tables);
    expect(runChecks(doc.facts, doc.tables)).toEqual(once);
    expect(doc.info.warnings).toEqual(expect.arrayContaining(once));
    expect(once.length).toBeGreaterThan(0);
  });
});
