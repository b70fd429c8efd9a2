import { describe, expect, it } from "vitest";
import { DOC } from "../../testing/sample-index.js";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectCited } from "../answer-expect.js";

const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/001 line 1141: "公务接待费支出决算为3.6万元，全年公务接待16批次176人次，支出2.71万元；商务接待5批次47人，
 * 支出0.86万元"; line 1139 states 公务接待费支出决算3.61万元. By hand: 2.71 + 0.86 = 3.57, 3.6 − 3.57 = 0.03.
 */
describe("the asker's own amounts added against a whole", () => {
  it("finds each amount in the document, adds them and sets the sum against the whole", async () => {
    const r = await ask("驻北京联络处：公务接待2.71万元与商务接待0.86万元相加，是否等于公务接待费3.6万元");
    const text = plain(r.answer);
    expect(text).toContain("公务接待 2.71万元");
    expect(text).toContain("商务接待 0.86万元");
    expect(text).toContain("2.71 + 0.86 = 3.57");
    expect(text).toContain("3.6 − 3.57 = 0.03");
    expect(text).toContain("3.61万元");
    expectCited(r, DOC.beijingFinal, 1141);
  });
});
