import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * data/docs/002 lines 388–390: 一般行政管理事务（项）年初预算为20万元，支出决算为93.49万元，…主要原因是：
 * 党政二级网建设、因公出国、机关干部进小区等项目支出增加。Lines 644–654 (附件, 项目): “党政专用通信二级网
 * 建设”项目支出79.55万元; “因公出国经费” 5.38万元; “机关干部进小区专项工作经费” 0.69万元.
 */
describe("a stated reason that names projects by short names", () => {
  it("carries each project's spending", async () => {
    const r = await sample.ask("天元区委办一般行政管理事务为什么比年初预算多这么多");
    const text = plain(r.answer);
    expect(text).toMatch(/党政专用通信二级网建设 79\.55万元/);
    expect(text).toMatch(/因公出国经费 5\.38万元/);
    expect(text).toMatch(/机关干部进小区专项工作经费 0\.69万元/);
  });
});
