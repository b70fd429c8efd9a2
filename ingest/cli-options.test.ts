import { describe, expect, it } from "vitest";
import { parseCommandLine } from "./cli-options.js";

describe("parseCommandLine：npm run ingest -- [--unit …] [--year …] [--kind …] <路径…>", () => {
  it("路径与覆盖项分开；年度转为整数；“部门决算”写法也接受", () => {
    expect(
      parseCommandLine([
        "--",
        "--unit",
        "上海市普陀区司法局",
        "--year",
        "2026",
        "--kind",
        "部门预算",
        "a.txt",
        "docs/",
      ]),
    ).toEqual({
      paths: ["a.txt", "docs/"],
      overrides: { unit: "上海市普陀区司法局", year: 2026, kind: "预算" },
    });
    expect(parseCommandLine(["a.txt"])).toEqual({ paths: ["a.txt"], overrides: {} });
    expect(parseCommandLine(["--kind=决算", "a.txt"]).overrides).toEqual({ kind: "决算" });
  });

  it("不合法的值报错并指出是哪个选项", () => {
    expect(() => parseCommandLine(["--year", "二〇二四", "a.txt"])).toThrow(/--year/);
    expect(() => parseCommandLine(["--kind", "报告", "a.txt"])).toThrow(/--kind/);
    expect(() => parseCommandLine(["--unit", " ", "a.txt"])).toThrow(/--unit/);
    expect(() => parseCommandLine(["--colour", "red"])).toThrow(/colour/);
  });
});
