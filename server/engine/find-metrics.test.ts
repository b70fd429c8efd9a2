import { describe, expect, it } from "vitest";
import { METRIC_BY_KEY } from "../../ingest/domain/metrics.js";
import { partFromContext } from "./find-metrics.js";
import type { MetricRef } from "./plan-schema.js";

const THREE: MetricRef[] = [{ type: "metric", key: "三公经费" }];

describe("partFromContext", () => {
  it("reads the part the follow-up names furthest, not the first sharing a word", () => {
    expect(partFromContext("公务用车那块呢？", THREE)).toEqual([
      { type: "metric", key: "公务用车购置及运行维护费" },
    ]);
    expect(partFromContext("公务接待呢？", THREE)).toEqual([{ type: "metric", key: "公务接待费" }]);
    // A short name people use for a part once its whole was given (lexicon/part-short-names.ts).
    expect(partFromContext("出国的呢？", THREE)).toEqual([{ type: "metric", key: "因公出国（境）费" }]);
    expect(partFromContext("公车那块呢？", THREE)).toEqual([
      { type: "metric", key: "公务用车购置及运行维护费" },
    ]);
    expect(partFromContext("因公出国呢？", THREE)).toEqual([{ type: "metric", key: "因公出国（境）费" }]);
  });

  it("names no part when two tie ('公务…')", () => {
    expect(partFromContext("公务那块呢？", THREE)).toEqual([]);
  });
});

describe("the staffing count's ask pattern", () => {
  const ask = METRIC_BY_KEY.get("编制数")?.ask;
  it("reads 编制 as staffing, not the drafting of a budget", () => {
    expect(ask?.test("某办有多少编制")).toBe(true);
    expect(ask?.test("某办编制多少人")).toBe(true);
    expect(ask?.test("某办部门预算编制范围包括哪些单位")).toBe(false);
    expect(ask?.test("某局编制说明在哪里")).toBe(false);
  });
});
