import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited, expectFacts, expectGrounded } from "./answer-expect.js";

/**
 * A project named without its unit. 001 (驻京办 2024 决算) lines 1224–1230: 驻京工作经费 年初预算
 * 217, 支出金额 209.35, 执行率 96.48%, 结余 -7.65; 003 (市政府办 2024 预算) line 42 plans the same
 * project ("驻京工作经费项目217万") for the body that funds it, with no spending.
 */
const { ask } = useSampleEngine();

describe("a project two bodies name", () => {
  it("a rate needs the money spent: read from the body that spent it, and said so", async () => {
    const r = await ask("驻京工作经费项目完成率是多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "217万元 209.35万元 96.48%");
    expect(r.answer).toContain("是株洲市人民政府驻北京联络处的项目");
    expectCited(r, DOC.beijingFinal, 1224);
    expectGrounded(r);
  });

  it("a planned amount both state: asks between the two bodies only, and reads the one named next", async () => {
    const first = await ask("驻京工作经费年初安排了多少");
    expect(first.status).toBe("clarify");
    expect(first.answer).toContain("株洲市人民政府驻北京联络处、株洲市人民政府办公室");
    expect(first.answer).not.toContain("上海");
    const next = await ask("驻京工作经费年初安排了多少", "市政府办的");
    expect(next.status).toBe("answered");
    expectFacts(next, "217万元");
    expectCited(next, DOC.cityBudget, 42);
  });
});
