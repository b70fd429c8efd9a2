import { describe, expect, it } from "vitest";
import type { Hit } from "./find-metrics.js";
import type { MetricRef } from "./plan-schema.js";
import { subjectCells } from "./subject-cells.js";

/** A hit on the words `words` of the question `q`. */
function hit(q: string, words: string, ref: MetricRef): Hit {
  const at = q.indexOf(words);
  return { ref, at, len: words.length, score: words.length };
}

const ROW: MetricRef = { type: "subject", code: "201", name: "一般公共服务支出" };
const metric = (key: string): MetricRef => ({ type: "metric", key });

describe("subjectCells", () => {
  it("reads '某科目的人员经费加公用经费' as two cells of that row", () => {
    const q = "一般公共服务支出的人员经费加公用经费是多少元";
    const hits = [
      hit(q, "一般公共服务支出", ROW),
      hit(q, "人员经费", metric("人员经费")),
      hit(q, "公用经费", metric("公用经费")),
    ];
    expect(subjectCells(q, hits).refs).toEqual([
      { ...ROW, column: "人员经费" },
      { ...ROW, column: "公用经费" },
    ]);
  });

  it("lets a written code pick the row of a name several 款 share", () => {
    const q = "行政运行（2010301）的基本支出是多少";
    const hits = [
      hit(q, "行政运行", { type: "subject", code: "2010201", name: "行政运行" }),
      hit(q, "行政运行", { type: "subject", code: "2010301", name: "行政运行" }),
      hit(q, "2010301", { type: "subject", code: "2010301", name: "行政运行" }),
      hit(q, "基本支出", metric("基本支出")),
    ];
    expect(subjectCells(q, hits).refs).toEqual([
      { type: "subject", code: "2010301", name: "行政运行", column: "基本支出" },
    ]);
  });

  it("leaves a subject and a unit-wide figure apart when nothing joins them", () => {
    const q = "一般公共服务支出和人员经费各多少";
    const hits = [hit(q, "一般公共服务支出", ROW), hit(q, "人员经费", metric("人员经费"))];
    expect(subjectCells(q, hits)).toEqual({ used: [], refs: [] });
  });
});
