import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { OCCASION_CLAUSE } from "../lexicon/prose-counts.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("OCCASION_CLAUSE", () => {
  it("reads each occasion of the 一般性支出 sentence with its head count", () => {
    const sentence =
      "开支培训费1万元，用于举办甲培训班，人数40人，内容为…；用于组织乙培训，参训人数25人，内容为…。";
    expect([...sentence.matchAll(OCCASION_CLAUSE)].map((m) => m[1])).toEqual(["甲培训班", "乙培训"]);
  });
});

/**
 * data/docs/000 lines 508–510 (十、一般性支出情况说明): 会议费2.22万元，用于召开新三板动员推进会议，人数90人…；
 * 用于召开省人大代表株洲市第一次代表小组主题活动座谈会，人数100人…；用于召开株洲市“八大行动”暨经济运行和项目
 * 建设调度会议，人数130人… — three occasions.
 */
describe("occasions an amount paid for, counted from its sentence", () => {
  it("counts them, names them and quotes each head count", async () => {
    const text = plain((await sample.ask("株洲市政府办2024年总共开了几场会，每场多少人")).answer);
    expect(text).toContain("共 3个");
    expect(text).toContain("新三板动员推进会议");
    expect(text).toContain("人数130人");
    expect(text).not.toContain("在职人数");
  });
});
