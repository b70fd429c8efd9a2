import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";

/**
 * Those at work among the staff are a count of their own. 003 line 30 (株洲市人民政府办公室 2024
 * 部门预算): 编制数113人，在职人数108人，其中在岗人数107人；离退休人数101人，其中离休人员2人，退休人员99人.
 */
const { ask } = useSampleEngine();
const plain = (answer: string) => answer.replace(/\*\*/g, "");

describe("在岗 beside 在职", () => {
  it("is read as its own count", async () => {
    const r = await ask("株洲市人民政府办公室2024年部门预算中在岗人员有多少");
    expect(plain(r.answer)).toContain("107人");
  });

  it("listed with the other staff counts, each is given", async () => {
    const r = await ask("株洲市人民政府办公室2024年部门预算的编制数、在职人数和在岗人数");
    for (const value of ["113人", "108人", "107人"]) expect(plain(r.answer)).toContain(value);
  });
});

describe("the staffing asked in one everyday word", () => {
  it("gives each head count the document states, and adds none of them up", async () => {
    const r = await ask("株洲市人民政府办公室2024年部门预算的人员构成");
    for (const value of ["113人", "108人", "107人", "101人", "99人"])
      expect(plain(r.answer)).toContain(value);
    expect(r.answer).not.toContain("合计");
  });
});
