import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const pdf = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf", "putuo-swh-2025-bumen-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * putuo-wanli-2024-bumen-yusuan.pdf page 6, rendered at 80 dpi: 专项普查活动（项）25.77万元…2023年当年预算
 * 执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%. By hand: 25.77 − 60.13 = −34.36.
 */
describe("a cut asked in everyday words", () => {
  it('"压缩了多少" is the change on last year', async () => {
    const text = plain((await pdf.ask("万里街道2024年专项普查活动经费被压缩了多少")).answer);
    expect(text).toContain("25.77 − 60.13 = -34.36");
    expect(text).toContain("57.14%");
  });
});

/**
 * putuo-swh-2025-bumen-yusuan.pdf page 11, rendered at 80 dpi: 21508 支持中小企业发展和管理支出
 * 293,810,000.00; 合计 371,514,655.00. By hand: 293,810,000 ÷ 371,514,655 = 79.08%.
 */
describe("a part asked inside the figure before", () => {
  it('"里面<某项>占几成" is that part over the figure just given', async () => {
    const r = await pdf.ask("商务委2025年部门预算总共有多少钱", "这里面支持中小企业发展和管理支出占几成");
    expect(plain(r.answer)).toContain("79.08%");
  });
});

/**
 * putuo-wanli-2024-bumen-yusuan.pdf page 20, rendered at 80 dpi: the 部门支出预算总表's 合计 row alone,
 * 156,211,123 / 99,706,020 / 56,505,103 (合计, 基本支出, 项目支出).
 */
describe("a table named as 支出预算总表", () => {
  it("is where to read, not the spending total added to the figure asked", async () => {
    const text = plain((await pdf.ask("万里街道2024年那张部门支出预算总表里基本支出合计是几")).answer);
    expect(text.split("\n")[0]).toContain("9970.60万元");
    expect(text).not.toContain("25591");
  });
});
