import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectCited, expectGrounded } from "./answer-expect.js";

/**
 * data/docs/000 line 594: "本部门编制数 138 人，在职人数 125 人"; data/docs/002 line 580: "共有编制人数 22 人,
 * 实有人数 29 人". By hand: 125 ÷ 138 = 90.58 %; 138 − 125 = 13; 29 − 22 = 7.
 */
const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("people employed against the establishment", () => {
  it("the 控制率 is the people employed over the establishment, computed", async () => {
    const r = await sample.ask("市政府办公室的编制控制率大概多少");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("125 ÷ 138 = 90.58%");
    expectCited(r, DOC.cityFinal, 594);
    expectGrounded(r);
  });

  it("two units asked which is over: each unit's counts and gap", async () => {
    const r = await sample.ask("天元区委办跟株洲市政府办比，哪家人数超出编制了");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("29 − 22 = 7");
    expect(text).toContain("138 − 125 = 13");
    expectCited(r, DOC.tianyuanFinal, 580);
  });
});

/** Rendered page (pdftoppm -r 80): putuo-shfly-2024-danwei-yusuan.pdf p3, 主要职能: "…是收养社会孤老、退休孤老、寄养有家老人的事业单位。" */
const pdf = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf"]);

describe("whom a body serves", () => {
  it("is read from its duties", async () => {
    const r = await pdf.ask("社会福利院一般接收哪类老人");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("收养社会孤老");
  });
});
