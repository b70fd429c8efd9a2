import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited } from "./answer-expect.js";

const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/003 line 29 lists the 市政府办's 所属事业单位, among them 市人民政府12345市长热线办公室 and
 * 株洲市人民政府驻上海联络处; neither publishes a document. Line 30: "本部门编制数113人"; data/docs/000
 * line 306 (公开06表): 人员经费合计 2,619.09.
 */
describe("a subordinate body with no document of its own, asked for a figure", () => {
  it("is known by its own name after the government's, and refused with its parent's figure named", async () => {
    const r = await ask("株洲市政府办公室2024年预算中12345市长热线办公室编制多少人");
    expect(r.status).toBe("not_found");
    const text = plain(r.answer);
    expect(text).toContain("12345市长热线办公室没有单独公开的文件");
    expect(text).toMatch(/最接近的公开数字是株洲市人民政府办公室2024年度编制数 113人/);
    expect(text).toContain("不是所问单位单独的数字");
    expectCited(r, DOC.cityBudget, 30);
  });

  it("names the parent's figure when only the subordinate is asked", async () => {
    const r = await ask("驻沪办人员经费多少");
    expect(r.status).toBe("not_found");
    const text = plain(r.answer);
    expect(text).toContain("2619.09万元");
    expect(text).toContain("不是所问单位单独的数字");
    expectCited(r, DOC.cityFinal, 306);
  });
});
