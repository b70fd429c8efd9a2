import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "../answer-expect.js";
import { normalizeQuestion } from "../normalize-question.js";
import { amountBounds } from "./amount-filter.js";

const plain = (s: string) => s.replace(/\*\*/g, "");
const bounds = (question: string) => {
  const found = amountBounds(normalizeQuestion(question));
  return (
    found && {
      above: found.above && `${found.above.strict ? ">" : "≥"}${found.above.wan.toFixed()}`,
      below: found.below && `${found.below.strict ? "<" : "≤"}${found.below.wan.toFixed()}`,
    }
  );
};

describe("bounds a question puts on each item's amount (in 万元)", () => {
  it("reads strict and inclusive bounds, ranges, and Chinese numerals", () => {
    expect(bounds("超过两千万的有哪些")).toEqual({ above: ">2000", below: undefined });
    expect(bounds("300万元以上的科目")).toEqual({ above: "≥300", below: undefined });
    expect(bounds("不超过5万的项目")).toEqual({ above: undefined, below: "≤5" });
    expect(bounds("不到八千元的")).toEqual({ above: undefined, below: "<0.8" });
    expect(bounds("在二十到三百万之间的有几项")).toEqual({ above: "≥20", below: "≤300" });
    expect(bounds("1亿以上")).toEqual({ above: "≥10000", below: undefined });
  });

  it("is none where the question bounds nothing, or a range runs backwards", () => {
    expect(bounds("三公经费是多少")).toBeUndefined();
    expect(bounds("50万到10万之间的")).toBeUndefined();
  });
});

/**
 * 市政府办 2024 决算 (data/docs/000), the projects' write-ups: line 656 门户网站 48.89, 660 市长热线 510,
 * 668 营商环境考核 40.1, 672 真抓实干 40, 676 化债 2.95, 682 “三公一业” 58.68, 686 招商引资 15.18, 690
 * 科技金融 25.47, 694 培训班 13.8, 700 征拆征收 8.25 (万元).
 */
describe("items of one unit within amount bounds", () => {
  const { ask } = useSampleEngine();

  it("counts and lists the projects in a range, ends included, largest first", async () => {
    const r = await ask("市政府办2024年的项目支出，金额在二十万到六十万之间的项目有哪几个");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("共 5项");
    expectFacts(r, "58.68万元 48.89万元 40.1万元 40万元 25.47万元");
    expect(text).not.toContain("510");
    expectGrounded(r);
  });

  it("a strict upper bound leaves larger projects out", async () => {
    const r = await ask("市政府办2024年有哪些项目不到10万元");
    const text = plain(r.answer);
    expect(text).toContain("共 2项");
    expectFacts(r, "8.25万元 2.95万元");
    expect(text).not.toContain("13.80");
  });
});

/**
 * 普陀区商务委 2025 部门预算, read off the rendered pages 15–16 (一般公共预算支出功能分类预算表, 元), the 项
 * rows: 2011301 9,389,913.00; 2011302 4,545,000.00; 2011350 2,901,820.00; 2011399 4,765,000.00; 2060503
 * 17,200,000.00; 2080501 1,661,216.00; 2080502 17,280.00; 2080505 1,410,886.00; 2080506 705,443.00;
 * 2080599 13,260.00; 2101101 631,941.00; 2101102 249,862.00; 2150899 293,810,000.00; 2169999
 * 31,364,000.00; 2210201 1,361,034.00; 2210203 1,488,000.00.
 */
describe("functional rows within amount bounds", () => {
  const { ask } = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf"]);

  it("reads the 项 rows of the functional table", async () => {
    const r = await ask("商务委2025年部门预算，哪些科目在400万到1000万之间");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("共 3项");
    expectFacts(r, "9389913.00元 4765000.00元 4545000.00元");
    expectGrounded(r);
  });

  it("a lower bound counts the rows below it", async () => {
    const r = await ask("商务委2025年部门预算里低于10万元的功能科目有几个");
    expect(plain(r.answer)).toContain("共 2项");
    expectFacts(r, "17280.00元 13260.00元");
  });
});
