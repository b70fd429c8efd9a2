import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited } from "./answer-expect.js";

const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/001 lines 1317–1325 (附件 经费控制情况; the row begins on line 1322): 三公经费 2023年决算数 26.42, 2024年决算数 23.3. By hand
 * 26.42 − 23.3 = 3.12, (23.3 − 26.42) ÷ 26.42 = −11.81%.
 */
describe("a follow-up that only names another year", () => {
  it("answers that year and sets it against the year asked before", async () => {
    const r = await ask("驻北京联络处2024年三公经费决算是多少", "那2023年呢");
    const text = plain(r.answer);
    expect(text).toContain("26.42万元");
    expect(text).toMatch(/与上一问的2024年度 23\.30万元/);
    expect(text).toContain("26.42 − 23.3 = 3.12");
    expect(text).toContain("-11.81%");
    expectCited(r, DOC.beijingFinal, 1322);
  });

  it("adds nothing when the follow-up asks something else", async () => {
    const r = await ask("驻北京联络处2024年三公经费决算是多少", "公务接待费呢");
    expect(plain(r.answer)).not.toContain("与上一问的");
  });
});

/**
 * data/docs/001 line 1141: "全年公务接待16批次176人次，支出2.71万元；商务接待5批次47人，支出0.86万元。"
 */
describe("a count stated in a clause ending in '；'", () => {
  it("is quoted with the sentence's later clauses that count the same", async () => {
    const r = await ask("驻北京联络处2024年一共接待了多少批次");
    const text = plain(r.answer);
    expect(text).toContain("16批次176人次");
    expect(text).toContain("商务接待5批次47人");
  });
});
