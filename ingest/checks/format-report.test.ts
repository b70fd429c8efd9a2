import { beforeAll, describe, expect, it } from "vitest";
import { parseCorpus, type DocId } from "../testing/corpus.js";
import type { ParsedDocument } from "../schema.js";
import {
  LISTED_DOCUMENTS,
  percent,
  reportLine,
  reportLines,
  type ReportedDocument,
} from "./format-report.js";

/** What `npm run ingest` prints under its summary: one line per document, failed checks under it. */
let docs: Record<DocId, ParsedDocument>;
let reported: ReportedDocument[];

beforeAll(async () => {
  docs = await parseCorpus();
  reported = Object.values(docs).map((d) => d.info);
});

describe("reportLines", () => {
  it("prints each document's tables, facts and checks, and lists 001's three failures under it", () => {
    const lines = reportLines(reported);
    const beijing = docs["001"].info.report!;
    const at = lines.findIndex((l) => l.startsWith("[001]"));
    expect(lines[at]).toBe(
      `[001] 株洲市人民政府驻北京联络处 2024年度决算: 13 tables (8 standard), ` +
        `${beijing.tables.reduce((n, t) => n + t.facts, 0)} table facts, ` +
        `checks ${beijing.checks.passed}/${beijing.checks.total} (${percent(beijing.checks.passed / beijing.checks.total)}); ` +
        `missing 财政拨款“三公”经费支出决算表`,
    );
    expect(lines.slice(at + 1, at + 4).map((l) => l.split(":")[0])).toEqual([
      "  ✗ text_repeat",
      "  ✗ stated_rate",
      "  ✗ stated_rate",
    ]);
    expect(lines.filter((l) => l.startsWith("  ✗"))).toHaveLength(3);
    expect(lines.find((l) => l.startsWith("[003]"))).toMatch(
      /0 tables \(0 standard\), 0 table facts, checks 6\/6 \(100%\)$/,
    );
  });

  it("says when a document was indexed before reports existed", () => {
    expect(reportLine({ ...docs["000"].info, report: undefined })).toMatch(
      /^\[000\] 株洲市人民政府办公室 2024年度决算: no report/,
    );
  });

  it("past the listing limit prints one line for the run and the least consistent documents", () => {
    const many = Array.from({ length: LISTED_DOCUMENTS + 1 }, (_, i) => ({
      ...(i % 2 ? docs["001"].info : docs["000"].info),
      docId: `d${i}`,
    }));
    const lines = reportLines(many);
    expect(lines[0]).toMatch(
      /^Checks: 201 of 201 documents checked, median pass rate 100%, 100 with failed checks; the 20 lowest:$/,
    );
    expect(lines.filter((l) => l.startsWith("[d"))).toHaveLength(20);
    expect(lines.filter((l) => l.startsWith("[d")).every((l) => l.includes("驻北京联络处"))).toBe(true);
  });

  it("percent keeps one decimal and drops a trailing .0", () => {
    expect([percent(1), percent(71 / 74), percent(0.5)]).toEqual(["100%", "95.9%", "50%"]);
  });
});
