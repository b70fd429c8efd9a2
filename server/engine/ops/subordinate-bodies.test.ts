import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../../testing/sample-engine.js";

const sample = useSampleEngine();

/**
 * data/docs/000 lines 84–89 (市政府办 2024年决算, 二、机构设置及决算单位构成): "（二）决算单位构成。…
 * 单位构成包括：…本级以及株洲市优化营商环境协调事务中心、…"; line 592, in a paragraph its export put
 * under another heading: "所属事业单位 5 个，分别是：…、市金融发展服务中心。" The bodies a unit runs,
 * asked as its "事业单位", are those passages, not the sections whose headings say 行政事业单位医疗.
 */
describe("the bodies a unit runs, asked as its 事业单位", () => {
  it("quotes the passage listing them", async () => {
    const r = await sample.ask("市政府办下面的事业单位都有哪几个");
    expect(r.answer).toContain("决算单位构成");
    expect(r.answer).toContain("株洲市优化营商环境协调事务中心");
    expect(r.answer).toContain("所属事业单位5个，分别是：");
    expect(r.answer).toContain("市金融发展服务中心");
    expect(r.answer).not.toContain("行政事业单位医疗");
  });

  it("quotes a section once when a count beside it quoted a sentence of it", async () => {
    const r = await sample.ask("市政府办一共几个内设科室？所属的事业单位是哪些？");
    const opened = r.answer.match(/株洲市人民政府办公室内设机构包括/g) ?? [];
    expect(opened).toHaveLength(1);
    expect(r.answer).toContain("决算单位构成");
  });

  it("are counted beside the divisions when a 顿号 joins the two counts", async () => {
    const r = await sample.ask("市政府办一共设了几个科室、有几个所属事业单位");
    expect(r.answer).toContain("内设科室25个，分别是：");
    expect(r.answer).toContain("所属事业单位5个，分别是：");
  });
});
