import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/** data/docs/002 line 287 (公开06表) 公用经费合计 86.7; line 444 公用经费86.75万元. */
describe("a story told before a colon", () => {
  it("is no qualifier of the figure asked after it", async () => {
    const r = await sample.ask(
      "您好，我是退休教师，平时爱看新闻，听说现在都在压缩开支，想请教一下：天元区委办2024年公用经费多少？",
    );
    expect(r.status).toBe("answered");
    expect(plain(r.answer).split("\n")[0]).toContain("86.70万元");
  });
});

/**
 * data/docs/001 line 1134: 公务接待费…支出决算为3.6万元…与上年相比减少6.12万元，减少62.96%; line
 * 1347 (附件 基础数据表) 公务接待 2023年决算数 9.71.
 */
describe("a change the asker quotes", () => {
  it("is checked against the stated change, not the figure itself", async () => {
    const text = plain((await sample.ask("驻北京联络处公务接待费与上年相比减少了6.12万元，对不对")).answer);
    expect(text).toContain("增减数与文件所列相符");
    expect(text).not.toContain("与文件不符");
  });

  it("a change the document does not state is named with the one it does", async () => {
    const text = plain((await sample.ask("驻北京联络处公务接待费与上年相比减少了7万元，对不对")).answer);
    expect(text).toContain("增减数与文件不符：文件所列为减少 6.12万元");
  });

  it('"<年>年数" asks that year\'s figure', async () => {
    const r = await sample.ask("驻北京联络处公务接待费的2023年数是多少");
    expect(plain(r.answer).split("\n")[0]).toContain("9.71万元");
  });
});
