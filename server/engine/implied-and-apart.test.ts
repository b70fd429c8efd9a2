import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the exports:
 * - 001 (驻京办 2024 决算) line 1134: 公务接待费 支出决算为3.6万元 … 与上年相比减少6.12万元; lines 1347–1350
 *   (附件 基础数据表): 公务接待 2023年决算 9.71. 3.6 + 6.12 = 9.72, not 9.71.
 * - 001 line 1132: “三公”经费 支出决算为23.3万元; 000 (市政府办 2024 决算) line 480: 136.85万元.
 *   23.3 − 136.85 = −113.55.
 */
const { ask } = useSampleEngine();

describe("last year's figure implied by a stated change, beside the one listed", () => {
  it("both are said when they differ", async () => {
    const r = await ask("驻京办公务接待费和上年比降了多少？上年是多少");
    expect(r.answer).toContain("9.72万元");
    expect(r.answer).toContain("9.71万元");
    expect(r.answer).toContain("文件前后不一致");
    expectGrounded(r);
  });
});

describe("“差了多少” between two units asked over turns", () => {
  it("is their difference", async () => {
    const r = await ask("驻京办2024年三公决算多少", "那市政府办的呢", "二者差了多少");
    expect(r.plan.operation).toBe("difference");
    expect(r.answer).toContain("113.55万元");
  });

  it("two shares apart (“比重差了多少个百分点”) stay shares", async () => {
    const r = await ask("驻京办和区委办2024年项目支出占支出合计的比重差了多少个百分点");
    expect(r.plan.operation).toBe("share");
  });
});
