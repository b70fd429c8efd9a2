import { describe, expect, it } from "vitest";
import { DOC } from "../../testing/sample-index.js";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectCited, expectGrounded } from "../answer-expect.js";

/**
 * One budget amount the asker quotes, and what was spent of it. data/docs/001 line 1121: "年初预算为
 * 257万元，支出决算为247.8万元，完成年初预算的96.4%，决算数小于年初预算数的主要原因是响应财政号召，压缩
 * 开支，节约经费。" (lines 1119 and 1209 restate 257 → 247.8 for other rows; the 项目支出 table prints
 * 247.81). By hand: 247.8 ÷ 257 = 96.42 %; 257 − 247.8 = 9.2.
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a quoted budget amount", () => {
  it("names the rows whose budget it is, the actual beside it, the rate and the stated reason", async () => {
    const r = await ask("驻京办去年年初安排了257万，结果实际用掉多少");
    const text = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(text).toContain("247.80万元");
    expect(text).toContain("247.8 ÷ 257 = 96.42%");
    expect(text).toContain("96.40%");
    expect(text).toContain("压缩开支");
    expectCited(r, DOC.beijingFinal, 1121);
    expectGrounded(r);
  });

  it("an amount no row has as its budget is not matched to a neighbouring row", async () => {
    const r = await ask("驻京办预算是258万，实际用了多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).not.toContain("247.8");
  });
});
