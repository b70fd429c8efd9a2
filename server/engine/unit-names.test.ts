import { describe, expect, it } from "vitest";
import { oneEdit, UnitNames } from "./unit-names.js";

/**
 * Typo-tolerant unit names. The aliases are those the sample corpus derives for its units
 * (data/docs: 株洲市人民政府驻北京联络处, 中共株洲市天元区委办公室, 株洲市人民政府驻上海联络处).
 */
const aliases = [
  { key: "驻北京联络处", units: ["株洲市人民政府驻北京联络处"] },
  { key: "驻上海联络处", units: ["株洲市人民政府驻上海联络处"] },
  { key: "区委办公室", units: ["中共株洲市天元区委办公室"] },
  { key: "驻京办", units: ["株洲市人民政府驻北京联络处"] },
];
const names = new UnitNames(aliases);
const none = () => false;

describe("oneEdit", () => {
  it.each([
    ["驻北京连络处", "驻北京联络处", ["连", "联"]],
    ["驻北京联处", "驻北京联络处", ["络"]],
    ["驻北京联络络处", "驻北京联络处", ["络"]],
    ["驻北京联络处", "驻北京联络处", undefined],
    ["驻南京连络处", "驻北京联络处", undefined],
  ])("%s ~ %s", (a, b, changed) => expect(oneEdit(a, b)).toEqual(changed));
});

describe("UnitNames.fuzzy", () => {
  it("a one-character typo in a long name finds the unit", () => {
    expect(names.fuzzy("驻北京连络处三公经费多少", none)).toEqual([
      { asked: "驻北京连络处", key: "驻北京联络处", units: ["株洲市人民政府驻北京联络处"], at: 0 },
    ]);
  });

  it("a changed level of government is another body, not a typo", () => {
    expect(names.fuzzy("市委办公室三公经费", none)).toEqual([]);
  });

  it("a changed last character names another kind of body", () => {
    expect(names.fuzzy("驻北京联络办三公经费", none)).toEqual([]);
  });

  it("a last character that names no kind of body is a typo (联络外 for 联络处)", () => {
    expect(names.fuzzy("驻北京联络外的政府采购", none).map((hit) => hit.asked)).toEqual(["驻北京联络外"]);
  });

  it("short names are not matched with a typo (驻沪办 is not 驻京办)", () => {
    expect(names.fuzzy("驻沪办三公经费", none)).toEqual([]);
  });

  it("masked spans are skipped", () => {
    expect(names.fuzzy("驻北京连络处", () => true)).toEqual([]);
  });
});
