import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * How auditors, reporters and deputies put their questions: the part of the document pointed at
 * (附件), what the answer is wanted for ("领导要个数："), "理由" for the reason. Sample final
 * accounts (data/docs): 000 line 733 (附件 经费控制情况: 出国经费 2023 年决算数 9.68, 2024 年决算数
 * 49.98); 002 line 360 ("财政拨款收、支总计840.70万元，与上年相比，减少355.92万元,减少29.7%，主要是因为
 * 本单位授权管理机构区发展研究中心职级干部回原单位管理").
 */
const { ask } = useSampleEngine();

describe("the part of a document pointed at", () => {
  it("'附件表中' names where last year's figure is read, not a figure of its own", async () => {
    const r = await ask("市政府办出国经费2024年较2023年涨了多少？附件表中2023年那个数是多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "9.68万元");
    expect(plain(r.answer)).toContain("40.30万元");
  });
});

describe("what the answer is wanted for, and the reason asked as 理由", () => {
  it("'领导要个数：' is no part of the question; '理由' asks the stated reason", async () => {
    const r = await ask("领导要个数：天元区委办2024年收支总计比上年少了多少，理由是什么");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("355.92万元");
    expect(r.answer).toContain("职级干部回原单位管理");
  });
});
