import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);

describe("carry-overs named by their short words", () => {
  // putuo-czj-2024-bumen-juesuan p7 (rendered): 年初结转和结余 49.14; 年末结转和结余 55.34.
  it("年末结转 is the year-end carry-over, never the opening one", async () => {
    const result = await ask("普陀财政局年末结转多少");
    expect(result.plan.metrics).toEqual([{ type: "metric", key: "年末结转和结余" }]);
    expect(result.answer.replace(/\*\*/g, "")).toContain("55.34万元");
  });

  it("年末 against 年初 is their difference", async () => {
    const answer = (await ask("普陀财政局年末结转比年初多了多少")).answer.replace(/\*\*/g, "");
    // 55.34 − 49.14 = 6.20
    expect(answer).toContain("6.20万元");
  });
});
