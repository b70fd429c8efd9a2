import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * A figure only one edition prints. putuo-swh-2025-danwei-yusuan p9 (rendered, 2025年预算单位财务收支
 * 预算总表, 元): 三、社会保障和就业支出 3,808,085.00, of which 人员经费 3,565,865.00 and 公用经费
 * 242,220.00; the 部门 edition's tables do not split the classes so.
 */
const { ask } = usePdfEngine([
  "putuo-swh-2025-bumen-yusuan.pdf",
  "putuo-swh-2025-danwei-yusuan.pdf",
  "shanghai-czj-2025-danwei-yusuan.pdf",
]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a figure the default edition does not print", () => {
  it("is read from the other edition of the same year, and said so", async () => {
    const r = await ask("普陀商务委2025年社会保障和就业支出的人员经费和公用经费分别多少");
    const answer = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(answer).toContain("356.59万元");
    expect(answer).toContain("24.22万元");
    expect(answer).toContain("部门预算未列出这项数字，以上取自单位预算");
  });
});

describe("two bodies joined by 和", () => {
  // The segmenter reads "委和市" as one word ending in 市: no place, so 市财政局 is the city bureau.
  it("“<甲>和市财政局” names both bodies", async () => {
    const r = await ask("商务委和市财政局的三公经费预算分别是多少");
    expect(r.plan.units).toEqual(["上海市普陀区商务委员会", "上海市财政局"]);
  });
});
