import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";

/**
 * Those at work among the staff are a count of their own. 003 line 30 (株洲市人民政府办公室 2024
 * 部门预算): 编制数113人，在职人数108人，其中在岗人数107人.
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
