import { describe, expect, it } from "vitest";
import { partFromContext } from "./find-metrics.js";
import type { MetricRef } from "./plan-schema.js";

const THREE: MetricRef[] = [{ type: "metric", key: "三公经费" }];

describe("partFromContext", () => {
  it("reads the part the follow-up names furthest, not the first sharing a word", () => {
    expect(partFromContext("公务用车那块呢？", THREE)).toEqual([
      { type: "metric", key: "公务用车购置及运行维护费" },
    ]);
    expect(partFromContext("公务接待呢？", THREE)).toEqual([{ type: "metric", key: "公务接待费" }]);
    expect(partFromContext("出国的呢？", THREE)).toEqual([]);
    expect(partFromContext("因公出国呢？", THREE)).toEqual([{ type: "metric", key: "因公出国（境）费" }]);
  });

  it("names no part when two tie ('公务…')", () => {
    expect(partFromContext("公务那块呢？", THREE)).toEqual([]);
  });
});
