import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the rendered pages (pdftoppm -r 80):
 * - 万里街道 2024 部门预算 p6: 支出预算15621.11万元, 比2023年预算减少876.75万元, 主要原因是项目调整.
 *   p8 item 20: 其他社会保障和就业支出 执行数1410.22 → 781.24万元, 原因 其他社会保障和就业支出经费减少 (−628.98);
 *   p9 item 30: 其他城乡社区支出 1822.46 → 922.02万元, 原因 其他城乡社区支出经费减少 (−900.44);
 *   p9 item 25: 一般行政管理事务 2083.68 → 1759.10万元 (−324.58), the third fall.
 * - 司法局 2026 部门预算 p8: 支出预算9628.22万元, 增加793.14万元, 原因 工作量增加; item 5: 信息化建设
 *   2025年执行数60.41 → 227.88万元, 增加277.22%, 原因 业务量增加 (+167.47, the largest rise in money).
 * - 社会福利院 2024 单位预算 p6 item 4: 社会福利事业单位 执行数711.34 → 738.66万元, 增加3.84%
 *   (+27.32); its 一般公共预算 table prints the row otherwise, but the sentence's pair is what its rate is of.
 */
const { ask } = usePdfEngine([
  "putuo-wanli-2024-bumen-yusuan.pdf",
  "putuo-sfj-2026-bumen-yusuan.pdf",
  "putuo-shfly-2024-danwei-yusuan.pdf",
]);

describe("a total's change explained with the rows behind it", () => {
  it("“比上年少了，原因…列出两个减少得最多的科目”: the total, its reason, then two rows with theirs", async () => {
    const r = await ask("帮忙起草：万里街道2024年预算比上年少了，原因是什么？再列出两个减少得最多的科目");
    expect(r.status).toBe("answered");
    for (const figure of ["15621.11万元", "876.75万元", "900.44万元", "628.98万元"])
      expect(r.answer).toContain(figure);
    expect(r.answer).toContain("项目调整");
    expect(r.answer).toContain("其他城乡社区支出经费减少");
    expect(r.answer).toContain("其他社会保障和就业支出经费减少");
    expect(r.answer.indexOf("900.44万元")).toBeLessThan(r.answer.indexOf("628.98万元"));
    // Two rows asked, two given.
    expect(r.answer).not.toContain("324.58万元");
    expectGrounded(r);
  });

  it("a drafted paragraph on the total's rise carries the rows that rose most in money", async () => {
    const r = await ask("帮我写一段：普陀区司法局2026年部门预算比上年增加的情况，讲讲原因");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("793.14万元");
    expect(r.answer).toContain("工作量增加");
    expect(r.answer).toContain("167.47万元");
    expect(r.answer).toContain("277.22%");
    expect(r.answer).toContain("业务量增加");
    expectGrounded(r);
  });

  it("“少了多少” is a fall: the rows behind it are those that fell", async () => {
    const r = await ask("起草一段：万里街道2024年预算比上年少了多少，原因是什么");
    expect(r.answer).toContain("876.75万元");
    expect(r.answer).toContain("900.44万元");
    expect(r.answer).toContain("减少最多");
  });

  it("a row's change is of the pair its own sentence states", async () => {
    const r = await ask("社会福利院2024年预算里，和上年执行数比增加最多的科目是哪个");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("27.32万元");
    expect(r.answer.indexOf("社会福利事业单位")).toBeLessThan(r.answer.indexOf("事业单位医疗"));
  });

  it("a plain question on the total's change is not made a list", async () => {
    const r = await ask("万里街道2024年预算比上年少了多少");
    expect(r.answer).toContain("876.75万元");
    expect(r.answer).not.toContain("900.44万元");
  });
});
