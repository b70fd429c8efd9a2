import { describe, expect, it } from "vitest";
import { withoutQuotedSentences, withoutToldContext } from "./asked-scope.js";

/** The sentences left unmasked, joined: what counts as asked. */
const asked = (text: string, storyOnly = false) => withoutToldContext(text, storyOnly).replace(/〇+/g, "");

describe("withoutToldContext", () => {
  it("masks the story before the question, keeping sentences that ask", () => {
    expect(asked("我家在城东住了十年。邻居常聊起政府开支。某局去年培训费多少？")).toBe(
      "某局去年培训费多少？",
    );
    expect(asked("想了解一下公车的事。某局有几辆车？有没有新买的？")).toBe("某局有几辆车？有没有新买的？");
  });

  it("reads the last sentence as the question when no sentence has a question mark", () => {
    expect(asked("我是做志愿者的。某街道群众体育经费多少")).toBe("某街道群众体育经费多少");
  });

  it("masks a guess or an aside after the question, even with a question mark", () => {
    expect(asked("两个版本差多少？差额应该是某中心的吧？")).toBe("两个版本差多少？");
    expect(asked("上年总计是多少？（用今年的数倒推）呢")).toBe("上年总计是多少？");
  });

  it("keeps a short follow-up after the question for the operation (storyOnly), not for qualifiers", () => {
    expect(asked("预算多少？完成率", true)).toBe("预算多少？完成率");
    expect(asked("预算多少？完成率")).toBe("预算多少？");
  });

  it("leaves a one-sentence question alone", () => {
    const one = "某局三公经费是多少？";
    expect(withoutToldContext(one)).toBe(one);
  });
});

describe("withoutQuotedSentences", () => {
  it("masks a sentence quoted to ask what it is about, keeping its length", () => {
    const question = "说明里写“主要用于某某项目支出”说的是哪项？";
    const masked = withoutQuotedSentences(question);
    expect(masked).toHaveLength(question.length);
    expect(masked).not.toContain("某某项目");
    expect(withoutQuotedSentences("“三公”经费是多少")).toBe("“三公”经费是多少");
  });
});
