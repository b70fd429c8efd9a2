import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Changes on last year asked in everyday words. Figures read off the rendered pages (pdftoppm -r
 * 50/60): putuo-czj-2024-bumen-juesuan p24 ("机关运行经费支出184.65万元，比2023年度增加2.55万元，
 * 增长1.40%"); putuo-wanli-2024-bumen-yusuan p31 (2024年“三公”经费预算数 合计 47.91) and p25
 * (2120101 行政运行 16,603,248); putuo-wanli-2023-bumen-yusuan p28 (2023年 合计 22.91) and p22
 * (2120101 行政运行 18,373,632); shanghai-czj-2025-danwei-yusuan p6 ("支出预算17,192万元，其中：
 * 财政拨款支出预算17,192万元，比2024年预算减少990万元").
 */
const { ask } = usePdfEngine([
  "putuo-czj-2024-bumen-juesuan.pdf",
  "putuo-wanli-2023-bumen-yusuan.pdf",
  "putuo-wanli-2024-bumen-yusuan.pdf",
  "shanghai-czj-2025-danwei-yusuan.pdf",
]);

describe("a change asked as 是涨是跌 / 涨幅", () => {
  it("是涨还是跌: the stated change on last year", async () => {
    const r = await ask("普陀区财政局的机关运行经费是涨还是跌了");
    expect(r.plan.operation).toBe("yoy");
    const text = plain(r.answer);
    expect(text).toContain("2.55万元");
    expect(text).toContain("1.40%");
  });

  it("a final account's figure asked alone comes with the change its sentence states", async () => {
    const r = await ask("普陀区财政局2024年机关运行经费花了多少");
    const text = plain(r.answer);
    expect(text).toContain("184.65万元");
    expect(text).toMatch(/文件写明与上年相比增加 2\.55万元(?:\[\d+\])?，增长 1\.40%/);
  });

  it("涨幅 between two budget years is computed from both years' tables", async () => {
    const r = await ask("万里街道三公经费预算从23年到24年涨幅是多少");
    expect(plain(r.answer)).toContain("(47.91 − 22.91) ÷ 22.91 = 109.12%");
  });
});

describe("last year's budget named as the base", () => {
  it("<年>预算比<上年>预算: that year's budget document, not the execution stated beside it", async () => {
    const r = await ask("万里街道行政运行2024预算比2023预算少了多少");
    const text = plain(r.answer);
    expect(text).toContain("1660.3248 − 1837.3632 = -177.0384");
    expect(text).toContain("-9.64%");
    expect(text).not.toContain("印刷有误");
  });
});

describe("last year's total from this year's and a stated change", () => {
  it("a year with no document: next year's budget and the change stated for the same amount", async () => {
    const r = await ask("上海市财政局2024年的预算大约是多少");
    const text = plain(r.answer);
    expect(text).toContain("17192 − (-990) = 18182");
    expect(text).toContain("文件只写明了财政拨款支出比上年的增减额");
    // The same page's reason for the change (rendered p6: "主要原因是预计注册会计师考试人数、科次减少，项目经费减少等").
    expect(text).toContain("文件说明的原因：预计注册会计师考试人数、科次减少，项目经费减少等。");
  });
});

describe("where the money comes from", () => {
  // putuo-czj-2024-bumen-juesuan p6 (rendered): 一般公共预算财政拨款收入 2,940.05; 其他收入 6.20; 本年收入合计 2,946.25.
  it("钱从哪来: the income total by its sources, with their shares", async () => {
    const r = await ask("普陀区财政局的钱都是从哪里来的");
    expect(r.plan.operation).toBe("breakdown");
    const text = plain(r.answer);
    expect(text).toContain("2940.05 ÷ 2946.25 = 99.79%");
    expect(text).toContain("6.2 ÷ 2946.25 = 0.21%");
    expect(text).not.toContain("按支出合计");
  });

  it("asked after a figure ('财政拨款多少 → 其余的钱从哪来'): the income by its sources, not that figure again", async () => {
    const r = await ask("普陀区财政局2024年财政拨款收入多少", "其余的钱是从哪里来的");
    const text = plain(r.answer);
    expect(text).toContain("6.2 ÷ 2946.25 = 0.21%");
  });
});
