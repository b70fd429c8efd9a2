import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectGrounded } from "../answer-expect.js";

/**
 * 002 (区委办 2024 决算):
 * - line 490: 政府采购支出总额126.03万元，其中货物65.57、工程0.38、服务60.08 (65.57 + 0.38 + 60.08 = 126.03).
 * - line 440–444: 基本支出631.11, 人员经费544.36, 公用经费86.75; line 287 (公开06表): 544.3 and 86.7.
 */
const { ask } = useSampleEngine();

describe("parts checked against the whole they make up", () => {
  it("every part named and the whole only as “总额”: all parts added against it", async () => {
    const r = await ask("区委办2024年政府采购的货物、工程和服务三块加在一起，和总额对得上吗？");
    expect(r.answer).toContain("126.03万元");
    expect(r.answer).toContain("65.57 + 0.38 + 60.08 = 126.03");
    expect(r.answer).toContain("相等");
    expect(r.answer).not.toContain("-5.87");
    expectGrounded(r);
  });

  it("an asker's number that one of several figures prints is not called wrong", async () => {
    const r = await ask("区委办2024年人员经费和公用经费，合起来是不是基本支出631.11万？");
    expect(r.answer).not.toContain("与文件不符");
  });

  it("“表里和文里” names where to read, no qualifier", async () => {
    const r = await ask("区委办2024年人员经费表里和文里写的一样吗？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("544.30万元");
    expect(r.answer).toContain("544.36万元");
  });
});
