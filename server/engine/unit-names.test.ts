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
  it("two slips of the pinyin keyboard in a long name, each sounding the same, find the unit; other characters do not", () => {
    const long = new UnitNames([{ key: "普陀区社会福利院", units: ["上海市普陀区社会福利院"] }]);
    expect(long.fuzzy("普托区社会福力院三公经费", none).map((hit) => hit.asked)).toEqual([
      "普托区社会福力院",
    ]);
    expect(long.fuzzy("普陀区社会保障院三公经费", none)).toEqual([]);
    // A level of government changed is another body, however it sounds.
    expect(long.fuzzy("普陀县社会福力院三公经费", none)).toEqual([]);
  });

  it("a one-character typo in a long name finds the unit", () => {
    expect(names.fuzzy("驻北京连络处三公经费多少", none)).toEqual([
      { asked: "驻北京连络处", key: "驻北京联络处", units: ["株洲市人民政府驻北京联络处"], at: 0 },
    ]);
  });

  it("a changed character inside a name that does not sound alike names another body (驻北京联洛处 is a typo, 驻北京办络处 is not)", () => {
    expect(names.fuzzy("驻北京联洛处三公经费", none).map((hit) => hit.asked)).toEqual(["驻北京联洛处"]);
    expect(names.fuzzy("驻北京办络处三公经费", none)).toEqual([]);
  });

  it("a short name's first character said the same way is a slip of voice input; one said otherwise is another body", () => {
    const short = new UnitNames([{ key: "司法局", units: ["上海市普陀区司法局"] }]);
    expect(short.fuzzy("私法局的公务接待费", none).map((hit) => hit.asked)).toEqual(["私法局"]);
    expect(short.fuzzy("立法局的公务接待费", none)).toEqual([]);
  });

  it("a changed level of government is another body, not a typo", () => {
    expect(names.fuzzy("市委办公室三公经费", none)).toEqual([]);
  });

  it("a subject's level or a closing quote after a name's stem is no slip for the body's last character", () => {
    const bureau = new UnitNames([{ key: "农业农村局", units: ["湖州市农业农村局"] }]);
    expect(bureau.fuzzy("农业农村款预算多少", none)).toEqual([]);
    expect(bureau.fuzzy("“农业农村”款预算多少", none)).toEqual([]);
    expect(bureau.fuzzy("农业农村句预算多少", none).map((hit) => hit.asked)).toEqual(["农业农村句"]);
  });

  it("a changed last character names another kind of body", () => {
    expect(names.fuzzy("驻北京联络办三公经费", none)).toEqual([]);
  });

  it("a last character that names no kind of body is a typo (联络外 for 联络处)", () => {
    expect(names.fuzzy("驻北京联络外的政府采购", none).map((hit) => hit.asked)).toEqual(["驻北京联络外"]);
  });

  it("a short name's last character typed by its pinyin (委 → 为, 伟) is a typo; another kind of body is not", () => {
    const short = new UnitNames([
      { key: "商务委", units: ["某区商务委员会"] },
      { key: "福利院", units: ["某区社会福利院"] },
    ]);
    expect(short.fuzzy("商务为今年公务接待费", none).map((hit) => hit.asked)).toEqual(["商务为"]);
    expect(short.fuzzy("商务伟的预算", none).map((hit) => hit.asked)).toEqual(["商务伟"]);
    expect(short.fuzzy("福利员的预算", none).map((hit) => hit.asked)).toEqual(["福利员"]);
    // 园 ends bodies of its own (福利园 is no slip of 福利院), 局 another kind of body.
    expect(short.fuzzy("福利园的预算", none)).toEqual([]);
    expect(short.fuzzy("商务局三公经费", none)).toEqual([]);
  });

  it("short names are not matched with a typo of a place or of their first character (驻沪办 is not 驻京办)", () => {
    expect(names.fuzzy("驻沪办三公经费", none)).toEqual([]);
    const short = new UnitNames([
      { key: "福利院", units: ["某区社会福利院"] },
      { key: "商务委", units: ["某区商务委员会"] },
      { key: "财政局", units: ["某区财政局"] },
    ]);
    expect(short.fuzzy("民政局三公经费", none)).toEqual([]);
    expect(short.fuzzy("商务局三公经费", none)).toEqual([]);
    // A body's kind in the middle ("市委办" is the party committee's office, not "市府办").
    expect(
      new UnitNames([{ key: "市府办", units: ["某市人民政府办公室"] }]).fuzzy("市委办三公", none),
    ).toEqual([]);
  });

  it("a short name with its middle character mistyped is a typo (福立院); its last changed is not (政府采 ≠ 政府办)", () => {
    const short = new UnitNames([
      { key: "福利院", units: ["某区社会福利院"] },
      { key: "商务委", units: ["某区商务委员会"] },
    ]);
    expect(short.fuzzy("福立院车辆运行费", none).map((hit) => hit.units)).toEqual([["某区社会福利院"]]);
    // A last character that is no pinyin slip of the body's kind.
    expect(short.fuzzy("商务费用", none)).toEqual([]);
    expect(new UnitNames([{ key: "政府办", units: ["某市政府办公室"] }]).fuzzy("政府采购多少", none)).toEqual(
      [],
    );
  });

  it("masked spans are skipped", () => {
    expect(names.fuzzy("驻北京连络处", () => true)).toEqual([]);
  });
});
