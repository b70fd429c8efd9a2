import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited } from "./answer-expect.js";

const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002 line 494: "截至2024年12月31日，部门（单位）共有车辆1辆"; line 96: "…2024年部门决算汇总公开单位构成包括：
 * 中共株洲市天元区委办公室本级以及株洲市天元区发展研究中心、株洲市天元区档案馆。"
 */
describe("a count of a figure and the bodies the unit covers, in one message or two", () => {
  it("answers both questions of one message", async () => {
    const r = await ask("天元区委办有几辆公车？部门决算包含哪几家单位？");
    const text = plain(r.answer);
    expect(text).toContain("1辆");
    expect(text).toContain("株洲市天元区发展研究中心");
    expect(text).toContain("株洲市天元区档案馆");
    expectCited(r, DOC.tianyuanFinal, 96);
  });

  it("reads the bodies of the unit asked before, not every unit's, as a follow-up", async () => {
    const r = await ask("天元区委办有几辆公车", "部门决算包含哪几家单位");
    const text = plain(r.answer);
    expect(text).toContain("株洲市天元区档案馆");
    expect(text).not.toContain("驻北京联络处");
  });
});
