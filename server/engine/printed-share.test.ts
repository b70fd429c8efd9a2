import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the sources:
 * - 普陀区财政局 2024 决算 p21 (rendered at -r 90), 五（二）: 一般公共预算财政拨款支出2940.05万元 …
 *   一般公共服务支出（类）2106.66万元，占71.73%; 社会保障和就业支出 326.72万元，占11.11%.
 *   2106.66 ÷ 2940.05 = 71.65%: the printed share is no rounding of the amounts.
 * - 002 (区委办 2024 决算) line 356: 支出合计840.70万元 … 项目支出209.59万元，占24.9%.
 *   209.59 ÷ 840.70 = 24.93%, which 24.9 rounds.
 */
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);
const samples = useSampleEngine();

describe("the share a sentence prints, beside the share computed", () => {
  it("a breakdown by class shows a printed share that disagrees with its amounts, and says so", async () => {
    const r = await ask("普陀区财政局2024年决算里一般公共预算财政拨款支出，按类分各占几成");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("71.65%");
    expect(r.answer).toMatch(/文件所列 \*\*71\.73%\*\*[^）]*不一致/);
    // A printed share equal to the computed one is not repeated.
    expect(r.answer).toContain("11.11%");
    expect(r.answer.match(/11\.11%/g)?.length).toBe(2);
    expectGrounded(r);
  });

  it("a ranking of units by a share quotes each one's printed share as printed", async () => {
    const r = await samples.ask("区委办和驻京办2024年项目支出占总支出的比重，从高到低排一下");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("24.93%");
    expect(r.answer).toMatch(/文件所列 \*\*24\.9%\*\*(?:\[\d+\])+）/);
    expectGrounded(r);
  });

  it("the share asked of one unit states the printed share at its own precision", async () => {
    const r = await samples.ask("区委办2024年项目支出占支出合计多少");
    expect(r.answer).toContain("24.93%");
    expect(r.answer).toContain("**24.9%**");
    expect(r.answer).not.toContain("24.90%");
  });
});
