import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { unitsPlacedBy } from "./unit-choice.js";

const BUREAUS = ["上海市普陀区财政局", "上海市财政局"];

describe("unitsPlacedBy", () => {
  it("picks the body whose own place the question says, with or without its level", () => {
    expect(unitsPlacedBy("财政局（普陀）住房保障支出", "财政局", BUREAUS)).toEqual(["上海市普陀区财政局"]);
    expect(unitsPlacedBy("普陀区的财政局三公", "财政局", BUREAUS)).toEqual(["上海市普陀区财政局"]);
  });

  it("reads a place mistyped by one character, keeping its first", () => {
    expect(unitsPlacedBy("普佗的财政局有几辆车", "财政局", BUREAUS)).toEqual(["上海市普陀区财政局"]);
  });

  it("a place every body shares chooses none", () => {
    expect(unitsPlacedBy("上海的财政局三公", "财政局", BUREAUS)).toEqual([]);
  });
});

/** Both bureaus' documents: only the district's tables print 财政 rows such as 财政委托业务支出 (2010608). */
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "shanghai-czj-2025-danwei-yusuan.pdf"]);

describe("a short name two bodies share", () => {
  it("is the body whose tables have the row asked about, said so", async () => {
    const result = await ask("财政局的财政委托业务支出预算决算相差多少");
    expect(result.plan.units).toEqual(["上海市普陀区财政局"]);
    expect(result.answer).toContain("“财政局”按“上海市普陀区财政局”理解");
  });

  it("a final account named is the body that publishes one, said so", async () => {
    // putuo-czj-2024-bumen-juesuan p22 (rendered): 购房补贴 "年初预算为258.50万元，支出决算为258.50万元"; the
    // city bureau publishes a 2025 budget only.
    const result = await ask("财政局购房补贴决算是多少");
    expect(result.plan.units).toEqual(["上海市普陀区财政局"]);
    expect(result.answer).toContain("258.50万元");
    expect(result.answer).toContain("“财政局”按“上海市普陀区财政局”理解");
  });

  it("“年末呢” after the opening balance is the closing one; “增加了多少” then compares the two", async () => {
    // putuo-czj-2024-bumen-juesuan p7 (rendered): 年初结转和结余 49.14, 年末结转和结余 55.34.
    const turns = ["普陀区财政局2024年年初结转和结余是多少", "年末呢"];
    const closing = await ask(...turns);
    expect(closing.plan.metrics).toEqual([{ type: "metric", key: "年末结转和结余" }]);
    expect(closing.answer).toContain("55.34万元");
    const gap = await ask(...turns, "增加了多少");
    expect(gap.answer).toContain("55.34 − 49.14 = 6.20");
  });

  it("a year before a mistyped full name is no part of the name (2025年上海市财正局)", async () => {
    const result = await ask("2025年上海市财正局政府采购预算是多少");
    expect(result.plan.units).toEqual(["上海市财政局"]);
    expect(result.plan.unknownUnits).toEqual([]);
  });

  it("the appropriations' own opening carry-over is the appropriation summary's row, not the whole one", async () => {
    // putuo-czj-2024-bumen-juesuan p13 (rendered): 年初财政拨款结转和结余 21.63; p7: 年初结转和结余 49.14.
    const result = await ask("普陀区财政局2024年年初财政拨款结转和结余有多少");
    expect(result.plan.metrics).toEqual([{ type: "metric", key: "年初财政拨款结转和结余" }]);
    expect(result.answer).toContain("21.63万元");
    expect(result.answer).not.toContain("49.14");
  });

  it("still asks when both bodies have what is asked", async () => {
    const result = await ask("财政局三公经费预算有多少");
    expect(result.status).toBe("clarify");
  });
});
