import { beforeAll, describe, expect, it } from "vitest";
import { CORPUS_FILES, DOC_IDS, corpusLines, parseCorpus, type DocId } from "../testing/corpus.js";
import {
  blankLinesInHeaders,
  emphasisedTitles,
  movedUnitLine,
  nextYear,
  qualifiedUnit,
  relabelled,
  wrappedTitles,
  type Variant,
} from "../testing/document-variants.js";
import type { Fact, ParsedDocument } from "../schema.js";
import { parseDocument } from "./parse-document.js";

/**
 * Metamorphic tests: each sample document, rewritten the way other converters and departments
 * write the same disclosure, parses to the same facts (values, rows, columns, units, tables),
 * changed only where the rewrite intends. The expectation is the unchanged document's parse,
 * whose cells corpus-facts.test.ts checks against the document text.
 */
let docs: Record<DocId, ParsedDocument>;

beforeAll(async () => {
  docs = await parseCorpus();
});

function reparse(id: DocId, variant: Variant): ParsedDocument {
  const text = variant(corpusLines(id), docs[id]).join("\n");
  return parseDocument({ docId: id, file: CORPUS_FILES[id], hash: id, text });
}

/** What a fact says, without where it sits (line numbers and ids move with the rewrite). */
const said = (f: Fact) =>
  [
    f.table ?? "说明",
    f.template ?? "",
    f.tableTitle ?? "",
    f.metric ?? "",
    f.row,
    f.rowCode ?? "",
    (f.rowPath ?? []).join("/"),
    f.column,
    f.value,
    f.measure,
    f.basis ?? "",
    f.period ?? "",
    f.reason ?? "",
  ].join("｜");
const facts = (d: ParsedDocument, map = (s: string) => s) => d.facts.map((f) => map(said(f))).sort();
const tables = (d: ParsedDocument, map = (s: string) => s) =>
  d.tables.map((t) => map([t.number, t.template, t.title, t.amountUnit, t.rows.length].join("｜")));

function expectSameFacts(before: ParsedDocument, after: ParsedDocument, map?: (s: string) => string) {
  expect(after.facts.length).toBeGreaterThan(0);
  expect(facts(after)).toEqual(facts(before, map));
  expect(tables(after)).toEqual(tables(before, map));
  expect(after.info.kind).toBe(before.info.kind);
}

describe.each(DOC_IDS)("样本 %s 改写后事实不变", (id) => {
  it("单位名加“（本级）”：全称带后缀，简称为别名，事实不变", () => {
    const after = reparse(id, qualifiedUnit);
    const unit = docs[id].info.unit;
    expect(after.info.unit).toBe(`${unit}（本级）`);
    expect(after.info.aliases).toContain(unit);
    expect(after.facts.every((f) => f.unit === `${unit}（本级）`)).toBe(true);
    expectSameFacts(docs[id], after);
    expect(after.info.year).toBe(docs[id].info.year);
  });

  it("标题用 **…** 强调", () => {
    const after = reparse(id, emphasisedTitles);
    expectSameFacts(docs[id], after);
    expect([after.info.unit, after.info.year, after.info.title]).toEqual([
      docs[id].info.unit,
      docs[id].info.year,
      docs[id].info.title,
    ]);
  });

  it("表名与封面标题折成两行", () => {
    const after = reparse(id, wrappedTitles);
    expectSameFacts(docs[id], after);
    expect([after.info.unit, after.info.year]).toEqual([docs[id].info.unit, docs[id].info.year]);
  });

  it.each(["表一", "附表", "1.", "2.15", "none"] as const)(
    "公开NN表改为 %s 编号：按表名识别，表号不变",
    (style) => {
      const after = reparse(id, relabelled(style));
      expectSameFacts(docs[id], after);
      const labels = after.tables.filter((t) => t.template).map((t) => t.label);
      const printed = {
        表一: /^表[一二三四五六七八九十]+$/,
        附表: /^附表\d+$/,
        "1.": /^\d\.$/,
        "2.15": /^2\.\d+$/,
      };
      if (style === "none") expect(labels.every((l) => l === undefined)).toBe(true);
      else for (const l of labels) expect(l).toMatch(printed[style]);
    },
  );

  it.each(["above", "below"] as const)("“单位：万元”移到表名 %s", (where) => {
    expectSameFacts(docs[id], reparse(id, movedUnitLine(where)));
  });

  it("表头各行之间插入空行", () => {
    expectSameFacts(docs[id], reparse(id, blankLinesInHeaders));
  });

  it("换一个年度：2024 全部改为 2025", () => {
    const after = reparse(id, nextYear);
    expect(after.info.year).toBe(2025);
    expect(after.facts.every((f) => f.year === 2025)).toBe(true);
    expectSameFacts(docs[id], after, (s) => s.replaceAll("2024", "2025"));
  });
});

describe("改写确实生效（否则上面的不变性是空话）", () => {
  it("000：每种改写都改变了文本", () => {
    const lines = corpusLines("000");
    for (const variant of [
      qualifiedUnit,
      emphasisedTitles,
      wrappedTitles,
      relabelled("表一"),
      relabelled("none"),
      movedUnitLine("above"),
      movedUnitLine("below"),
      blankLinesInHeaders,
      nextYear,
    ])
      expect(variant(lines, docs["000"]).join("\n")).not.toBe(lines.join("\n"));
  });

  it("001 逐格一行版式：表名前后的标记、单位行也被改写", () => {
    const lines = corpusLines("001");
    const text = relabelled("表一")(lines, docs["001"]).join("\n");
    expect(text).not.toMatch(/^\s*公开0\d表\s*$/m);
    expect(text).toMatch(/表五/);
  });
});
