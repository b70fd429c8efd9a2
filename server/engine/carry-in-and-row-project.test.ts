import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * - ingest/fixtures/unseen/tongxi-jyj-2025-yusuan.pdf, rendered page 7 (表1 部门收支总表): "上年结转 235.60".
 * - ingest/fixtures/unseen/rongxi-zjj-2024-juesuan.wps, as LibreOffice renders it, page 7: "1.蓉溪县2024年城镇老旧小区改造
 *   项目绩效自评综述：…项目实施期为2024年3月至2024年12月，资金主要用于城关镇12个老旧小区…"; 五（三）: the 项
 *   老旧小区改造's reason "1个小区改造工程结算审核未完成".
 * - ingest/fixtures/unseen/tuoxi-slj-2024-juesuan.doc, as LibreOffice renders it, page 10 (五、预算绩效管理情况):
 *   "1.沱溪县2024年农村供水保障工程项目绩效自评综述：该项目全年预算数960.00万元，执行数935.62万元，完成
 *   预算的97.46%"; "2.青龙湾水库灌区节水配套改造项目…全年预算数680.00万元，执行数652.40万元".
 */
describe("a budget's carry-in from last year", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/tongxi-jyj-2025-yusuan.pdf"]);

  it("'上年结转' names the carry-in, no year asked: this budget's figure", async () => {
    const result = await ask("这份预算里上年结转下来的资金有多少？");
    expect(result.status).toBe("answered");
    expect(plain(result.answer)).toContain("235.60万元");
  });
});

describe("'这个项目' after a row of the subject tables", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/tuoxi-slj-2024-juesuan.doc"]);

  it("is the one project named after that row, its own figures, not another project's", async () => {
    const text = plain(
      (await ask("农村供水这个科目2024年决算多少？", "那这个项目自评时的全年预算和执行率分别是多少？"))
        .answer,
    );
    expect(text).toContain("960.00万元");
    expect(text).toContain("97.46%");
    expect(text).not.toContain("680.00");
  });
});

describe("a row's name said as a project's ('<某科目>项目')", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/rongxi-zjj-2024-juesuan.wps"]);

  it("is the one project named after it: its own paragraph's count and period, not the row's reason", async () => {
    const text = plain((await ask("老旧小区改造项目一共改造了多少个小区，实施期多长？")).answer);
    expect(text).toContain("12个老旧小区");
    expect(text).toContain("2024年3月至2024年12月");
    expect(text).not.toMatch(/写明：\*?\*?1个/);
  });
});

describe("how many bodies a department's final accounts add up", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/rongxi-zjj-2024-juesuan.wps"]);

  it("'一共包含多少个单位': its own level and its bodies, counted and named", async () => {
    // Page 3 (LibreOffice): "纳入本部门2024年度部门决算编制范围的单位共3个：蓉溪县住房和城乡建设局（本级）、蓉溪县住房
    // 保障服务中心、蓉溪县建设工程质量安全监督站".
    const text = plain((await ask("蓉溪住建局的决算一共包含多少个单位？")).answer);
    expect(text).toContain("3个");
    expect(text).toContain("蓉溪县住房保障服务中心");
    expect(text).toContain("蓉溪县建设工程质量安全监督站");
  });
});

describe("a row's figure in the fund said right after it", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/tongxi-jyj-2025-yusuan.pdf"]);

  it("'<某科目>一般公共预算安排了多少': the general budget's table, not all funds'", async () => {
    // Rendered page 15 (表6): "2050204 高中教育 5849.83"; page 12 (表4, all funds): 7081.25.
    const text = plain((await ask("高中教育一般公共预算今年安排了多少？")).answer);
    expect(text).toContain("5849.83万元");
    expect(text).not.toMatch(/高中教育（2050204）预算为 ?7081\.25/);
  });
});

describe("a 款 pointed at as '这一款'", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/juancheng-wjj-2025-yusuan.et"]);

  it("is the row just named, no words of a figure of its own", async () => {
    // Page 11 as LibreOffice renders it (2025年一般公共预算支出表, continued): 21007 计划生育事务 printed 1,325.78 over its
    // items 1,285.60 + 67.18 (= 1352.78), the document's planted misprint.
    const result = await ask("计划生育事务这一款的一般公共预算是多少？");
    expect(result.status).toBe("answered");
    expect(plain(result.answer)).toContain("1352.78万元");
  });
});
