import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectCited } from "./answer-expect.js";

const sample = useSampleEngine();
const pdf = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);

/**
 * data/docs/000 line 496: "2024年度共接待来访团组8个、来宾64人次，主要是因招商引资发生的接待支出" — how
 * many guests and why, not who they were.
 */
describe("whom a reception received, where the document only counts the guests", () => {
  it("refuses and quotes the sentence that counts them, not a glossary", async () => {
    const r = await sample.ask("株洲市政府办2024年的公务接待都招待什么人");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("来宾64人次");
    expectCited(r, DOC.cityFinal, 496);
    expect(r.answer).not.toContain("名词解释");
  });
});

/**
 * putuo-czj-2024-bumen-juesuan.pdf page 23 (rendered at 80 dpi): "绩效自评的2024年度项目4个，涉及预算金额
 * 598.42万元，平均得分99.43分" — the projects are counted, never named.
 */
describe("which N projects, asked after their count", () => {
  it("is no amount of the project spending: the names are not listed", async () => {
    const r = await pdf.ask("普陀区财政局2024年做绩效自评的项目有几个", "分别是哪4个项目");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("没有列出所问的项目名称");
  });

  // data/docs/002 line 640: "2.年中追加项目“党政专用通信二级网建设”、“因公出国经费”、…项目150.46万元"
  it("quotes the sentence that names them where the document lists them", async () => {
    const r = await sample.ask("天元区委办年中追加的项目有几个", "是哪8个项目");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("“党政专用通信二级网建设”、“因公出国经费”");
    expectCited(r, DOC.tianyuanFinal, 640);
  });
});
