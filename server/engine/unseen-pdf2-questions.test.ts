import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Questions about a budget written for the tests and printed to PDF by Chromium
 * (ingest/fixtures/unseen/huzhou-nyncj-2025-yusuan.pdf, 湖州市农业农村局 2025年部门预算), values read off
 * the rendered pages:
 * - page 7 (表3 2025年部门支出预算表, all funds): 213 农林水支出 18045.94; 21301 农业农村 合计 17458.94, 基本支出
 *   3482.89, 项目支出 14003.05; its 项 rows add up to 17485.94 (1387.56 + 2095.33 + 620 + 385 + 567.6 +
 *   216.8 + 6850 + 480 + 1260 + 935.4 + 2380 + 308.25, by hand), the document's planted error;
 * - 表5 一般公共预算支出预算表（按功能分类）: 213 农林水支出 17782.44; 21301 农业农村 17222.44, 项目支出 13908.05;
 * - page 3: "局属事业单位3家，分别是：…、湖州市农产品质量安全检测中心（公益二类）"; page 14 (表10 2025年部门项目支出
 *   预算表, 元): the row 湖州市农产品质量安全检测中心 5,676,000.00, 一般公共预算 4,726,000.00, 单位资金 950,000.00.
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/huzhou-nyncj-2025-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an unseen city agriculture bureau's budget, printed to PDF", () => {
  it("'<某科目>款' names the subject, not a mistyped name of the bureau", async () => {
    for (const question of ["“农业农村”款预算多少？", "农业农村款预算多少？"]) {
      const text = plain((await ask(question)).answer);
      expect(text).toContain("农业农村（21301）预算为 17222.44万元");
      expect(text).not.toContain("按“湖州市农业农村局”理解");
    }
  });

  it("'所有资金' reads the all-funds table, with the sum its printed total misses", async () => {
    const text = plain((await ask("农业农村款所有资金预算多少？")).answer);
    expect(text).toContain("农业农村（21301）预算为 17458.94万元");
    expect(text).toContain("17485.94万元");
  });

  it("the class named as the way to a 款 only says where it is", async () => {
    const text = plain((await ask("农林水支出下面“农业农村”这个款，所有资金加起来预算多少？")).answer);
    expect(text).toContain("农业农村（21301）预算为 17458.94万元");
    expect(text).not.toContain("农林水支出（213）预算为");
  });

  it("…but is the whole when a share is asked", async () => {
    const text = plain((await ask("农林水支出里农业农村款占多少")).answer);
    expect(text).toContain("17222.44 ÷ 17782.44");
  });

  it("'<某科目>款的项目支出' is that row's cell", async () => {
    const text = plain((await ask("农业农村款的项目支出是多少")).answer);
    expect(text).toContain("农业农村（21301）项目支出预算为 14003.05万元");
    expect(text).not.toContain("16413.05");
  });

  it("a body the bureau runs, asked for its projects: no document of its own, and the projects 表10 lists under it (page 14)", async () => {
    const reply = await ask("湖州市农产品质量安全检测中心的项目安排了多少钱？钱从哪来？");
    const text = plain(reply.answer);
    expect(text).toContain("湖州市农产品质量安全检测中心没有单独公开的文件");
    // "15 农产品质量安全例行监测及风险评估 … 5,676,000.00 4,726,000.00 … 950,000.00".
    expect(text).toContain("农产品质量安全例行监测及风险评估：567.60万元");
    expect(text).toContain("财政拨款 / 一般公共预算 472.60万元");
    expect(text).toContain("单位资金 95.00万元");
  });

  it("a body the bureau runs, asked for another figure: refused, with its own row in the bureau's tables", async () => {
    const reply = await ask("湖州市农产品质量安全检测中心今年的支出是多少");
    const text = plain(reply.answer);
    expect(reply.status).toBe("not_found");
    expect(text).toContain("湖州市农业农村局的下属单位");
    expect(text).toContain("部门项目支出预算表中列有湖州市农产品质量安全检测中心一行：合计 567.60万元");
  });

  it("'农业局' is the 农业农村局 by the name it went by before 2018", async () => {
    const text = plain((await ask("农业局2025年项目支出多少？")).answer);
    expect(text).toContain("湖州市农业农村局2025年度项目支出预算为 16413.05万元");
  });

  it("project spending asked body by body: each body's subtotal row of 表10, and their sum against its total (page 14)", async () => {
    const text = plain((await ask("农业农村局的项目支出分单位看各是多少？")).answer);
    // "湖州市农业农村局本级 156,286,500.00", "湖州市农业综合行政执法队 2,168,000.00",
    // "湖州市农产品质量安全检测中心 5,676,000.00", "合 计 164,130,500.00".
    expect(text).toContain("湖州市农业农村局本级：15628.65万元");
    expect(text).toContain("湖州市农业综合行政执法队：216.80万元");
    expect(text).toContain("湖州市农产品质量安全检测中心：567.60万元");
    expect(text).toContain("各单位合计 16413.05万元");
    expect(text).toContain("相符");
  });
});
