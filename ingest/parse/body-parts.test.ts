import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocument } from "../read/read-document.js";
import type { ParsedDocument } from "../schema.js";
import { buildUnits } from "../units/build-units.js";
import { bodyOfSection } from "./body-parts.js";
import { parseDocument } from "./parse-document.js";

describe("the part of a document that is a subordinate body's own", () => {
  it("is the numbered heading of a body under a part of its bodies' budgets", () => {
    const part = ["第五部分　所属单位2025年单位预算", "二、某某市某某监测站", "（二）单位预算表"];
    expect(bodyOfSection(part, "某某市某某局")).toBe("某某市某某监测站");
    expect(bodyOfSection(["第五部分 下属单位决算公开", "一、某某县某某中心"], "某某县某某局")).toBe(
      "某某县某某中心",
    );
  });

  it("is none for the department's own sections, a numbered heading that names no body, or the unit itself", () => {
    expect(bodyOfSection(["第三部分 情况说明", "二、某某市某某监测站"], "某某市某某局")).toBeUndefined();
    expect(bodyOfSection(["第五部分 所属单位预算", "一、单位基本情况"], "某某市某某局")).toBeUndefined();
    expect(bodyOfSection(["第五部分 所属单位预算", "一、某某市某某局"], "某某市某某局")).toBeUndefined();
  });
});

/**
 * ingest/fixtures/unseen/wuzhong-swj-2025-yusuan.docx rendered to PDF with LibreOffice: page 3 "吴忠市水利工程
 * 建设管理中心（以下简称“建管中心”…）、吴忠市水土保持监测站（以下简称“水保站”…）、吴忠市水利科学研究所"; page 7
 * (表7, rows by body) "合计 40.90"; page 17 (单位表2-2, 吴忠市水土保持监测站) "2130350 事业运行
 * 138.93"; the department's 表3 "2130350 事业运行 480.07".
 */
describe("a department's budget with its three bodies' own budgets after it", () => {
  const file = "ingest/fixtures/unseen/wuzhong-swj-2025-yusuan.docx";
  let parsed: ParsedDocument;
  beforeAll(async () => {
    const read = await readDocument(file, await readFile(file));
    parsed = parseDocument({ docId: "wz", file, hash: "t", text: read.text, sources: read.sources });
  });
  const bodies = ["吴忠市水利工程建设管理中心", "吴忠市水土保持监测站", "吴忠市水利科学研究所"];
  const cells = (value: string, row: string) =>
    parsed.facts.filter((fact) => fact.value === value && fact.row === row);

  it("names the bodies whose own parts it prints", () => {
    expect(parsed.info.unit).toBe("吴忠市水务局");
    expect(parsed.info.bodies).toEqual(bodies);
  });

  it("gives a body's own cells the body as their unit, the department's its own", () => {
    expect(cells("138.93", "事业运行").map((fact) => fact.unit)).toContain("吴忠市水土保持监测站");
    expect(cells("480.07", "事业运行").every((fact) => fact.unit === "吴忠市水务局")).toBe(true);
    expect(cells("40.90", "合计").every((fact) => fact.unit === "吴忠市水务局")).toBe(true);
  });

  it("never sets a body's figure against the department's as the same figure printed twice", () => {
    const unitOf = new Map(parsed.facts.map((fact) => [fact.id, fact.unit]));
    for (const warning of parsed.info.warnings) {
      const units = new Set(warning.factIds.map((id) => unitOf.get(id)).filter(Boolean));
      expect(units.size, warning.message).toBeLessThanOrEqual(1);
    }
  });

  it("calls each body by the short name it declares, or that its tables use", () => {
    const units = buildUnits([parsed.info], {});
    const aliases = (name: string) => units.find((unit) => unit.name === name)?.aliases ?? [];
    expect(aliases("吴忠市水土保持监测站")).toContain("水保站");
    expect(aliases("吴忠市水利工程建设管理中心")).toContain("建管中心");
    expect(aliases("吴忠市水利科学研究所")).toContain("水科所");
    expect(units.map((unit) => unit.name)).not.toContain("水科所");
  });
});
