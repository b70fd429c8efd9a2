import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/003 line 30 (市政府办 2024年预算): "本部门编制数113人，在职人数108人，其中在岗人数107人；
 * 离退休人数101人…". A head count read from a sentence is answered with the sentence quoted: it also
 * says who is counted beside it (在岗, 离退休).
 */
describe("head counts read from a sentence", () => {
  it("quote the sentence stating them", async () => {
    const text = plain((await sample.ask("市政府办2024年预算里，编制人数和在职的各有几个人")).answer);
    expect(text).toContain("113人");
    expect(text).toContain("108人");
    expect(text).toContain("> 本部门编制数113人，在职人数108人，其中在岗人数107人；离退休人数101人");
  });
});
