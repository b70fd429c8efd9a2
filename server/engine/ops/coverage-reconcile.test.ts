import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectGrounded } from "../answer-expect.js";

/**
 * 株洲市人民政府办公室's 2024 budget (003) adds up 本级 and 驻北京联络处 (line 32); its 三公 budget is 154万元:
 * 出国 20, 公务用车 101, 接待 33 (line 58). 驻北京联络处 publishes its own final accounts (001): 三公 budget
 * 40 (line 1132), 出国 0 (1133), 接待 22 (1134), 公务用车运行维护费 18 (1137) with 购置费 0 (1135). The
 * office's final accounts (000), which do not add up 驻北京联络处, state the budgets 出国 20 (484), 公务用车
 * 83 (486), 接待 11 (496); their 公开09表 prints 全年预算 136.85 (line 356).
 * By hand: 154 − 40 = 114 = 20 + 83 + 11; 20 = 20 + 0; 101 = 83 + 18; 33 = 11 + 22; 136.85 − 114 = 22.85.
 */
const { ask } = useSampleEngine();

describe("a document that adds up another body, taken apart", () => {
  it("the budget's figure against the body's own and the unit's final accounts, part by part", async () => {
    const r = await ask(
      "市政府办2024年部门预算里的三公经费，拆成本级和驻京办两块，跟两家各自决算里的预算数对得上吗？",
    );
    const text = r.answer.replace(/\*\*/g, "");
    expect(text).toContain("154 − 40 = 114");
    expect(text).toContain("20 + 83 + 11 = 114");
    expect(text).toContain("83 + 18 = 101");
    expect(text).toContain("11 + 22 = 33");
    expect(text).toContain("136.85 − 114 = 22.85");
    expectGrounded(r);
  });

  it("a sum of the two adds nothing twice", async () => {
    const r = await ask("市政府办2024年部门预算里的三公，再加上驻京办的，总共多少？");
    expect(r.answer).not.toContain("194");
    expect(r.answer).toContain("154 − 40 = 114");
  });

  it("two final accounts that do not overlap are added as usual", async () => {
    const r = await ask("市政府办2024年三公实际支出，加上驻京办的，合起来多少？");
    expect(r.answer).toContain("136.85 + 23.3 = 160.15");
  });
});
