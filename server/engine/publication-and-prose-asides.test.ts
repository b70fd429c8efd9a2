import { describe, expect, it } from "vitest";
import { useFilesEngine, useSampleEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Questions in our own words; values read off ingest/fixtures/unseen/linlan-jtj-2025-yusuan.docx as
 * LibreOffice prints it:
 * - cover: "公开时间：2025年2月14日";
 * - 第一部分 二: "临澜县公路管理段…下设城关、河口、岔河、大平掌4个公路养护站；临澜县交通运输综合执法大队…下设3个执法中队";
 * - 八（四）: "2.岔河至大平掌农村公路提升改造工程：预算800.00万元（政府性基金预算），实施期为2025年3月至2026年6月，
 *   改造里程14.6公里";
 * - 预算05-1表 部门项目支出预算表（其他运转类、特定目标类项目）: 岔河至大平掌农村公路提升改造工程（国有土地使用权出让收入安排）
 *   合计 8,000,000.00 元.
 */
describe("what a Word budget says beside its figures", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/linlan-jtj-2025-yusuan.docx"]);

  it("the day it was published is its cover's labelled line, quoted and cited", async () => {
    const result = await ask("交通局这份预算什么时候发布的？");
    expect(result.status).toBe("answered");
    expect(plain(result.answer)).toContain("公开时间：2025年2月14日");
    expect(plain(result.answer)).toContain("封面");
  });

  it("a road project named by its two ends ('甲到乙那条路') is the project the table lists", async () => {
    const text = plain((await ask("岔河到大平掌那条路今年给了多少钱？")).answer);
    expect(text).toContain("800.00万元");
  });

  it("when a project finishes and how long it is: the sentence naming it that says so", async () => {
    const result = await ask("岔河至大平掌那个改造工程预算多少？", "工期到什么时候？改造多少公里？");
    const text = plain(result.answer);
    expect(result.status).toBe("answered");
    expect(text).toContain("实施期为2025年3月至2026年6月");
    expect(text).toContain("改造里程14.6公里");
  });

  it("a subordinate that publishes nothing, asked what it has under it: its parent's prose that names it", async () => {
    const result = await ask("公路管理段下设了哪些养护站？");
    const text = plain(result.answer);
    expect(result.status).toBe("answered");
    expect(text).toContain("城关、河口、岔河、大平掌4个公路养护站");
    expect(text).toContain("没有单独公开的文件");
  });

  it("a subordinate's head count the prose does not give apart stays refused, the bureau's named as the bureau's", async () => {
    const result = await ask("公路管理段的编制有多少名？");
    expect(result.status).toBe("not_found");
    expect(plain(result.answer)).toContain("不是所问单位单独的数字");
  });
});

describe("an item of a Word budget's asset table (预算09表 新增资产配置表: 执法记录仪 12 台, 单价 0.45, 金额 5.40)", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/linlan-jtj-2025-yusuan.docx"]);

  it("its count asked is its row's 数量, in 台", async () => {
    const result = await ask("执法记录仪一共要添几台？");
    expect(plain(result.answer)).toMatch(/数量为 12台/);
  });

  it("its price apiece is its row's 单价, checked against 金额 ÷ 数量", async () => {
    const text = plain((await ask("执法记录仪一台要多少钱？")).answer);
    expect(text).toContain("单价为 0.45万元");
    expect(text).toContain("5.4 ÷ 12 = 0.45万元/台");
    expect(text).not.toContain("辆");
  });
});

describe("a document that states no publication day", () => {
  const { ask } = useSampleEngine();

  it("is said not to, with no date taken from an attachment's signature", async () => {
    const result = await ask("驻北京联络处2024年决算是哪天公开的？");
    expect(result.status).toBe("not_found");
    expect(plain(result.answer)).toContain("没有写明公开（发布）日期");
    expect(result.answer).not.toContain("5月8日");
  });
});
