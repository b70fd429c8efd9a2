import { describe, expect, it } from "vitest";
import { byEdition, editionAsked, editionsAsked } from "./edition-words.js";

/** 上海 bodies publish a 部门 (consolidated) and a 单位 (the body alone) edition of the same budget. */
describe("edition words", () => {
  it.each([
    ["普陀区司法局单位预算里三公经费是多少", "单位"],
    ["司法局2026年收入是多少（不含下属单位）", "单位"],
    ["司法局本级机关运行经费", "单位"],
    ["普陀司法局（单位）政府采购预算", "单位"],
    ["司法局本部行政运行", "单位"],
    ["司法局部门预算三公经费多少", "部门"],
    ["司法局三公经费多少", undefined],
  ])("%s → %s", (q, edition) => expect(editionAsked(q)).toBe(edition));

  it.each([
    ["商务委部门和单位预算三公经费差多少"],
    ["司法局单位与部门预算的支出合计差多少"],
    ["司法局部门预算和单位预算收入差多少"],
  ])("%s names both editions", (q) => expect(editionsAsked(q).sort()).toEqual(["单位", "部门"]));

  it("puts the asked edition first, the consolidated 部门 edition when none is asked", () => {
    const docs = [{ edition: "单位" as const }, { edition: "部门" as const }, {}];
    expect(byEdition(docs)[0]).toEqual({ edition: "部门" });
    expect(byEdition(docs, "单位")[0]).toEqual({ edition: "单位" });
    expect(byEdition([{}])).toEqual([{}]);
  });
});
