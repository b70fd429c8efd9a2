import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";

/**
 * Counts stated about an amount (接待团组, 人次) in final accounts are what was done, no answer to
 * what a budget planned. 株洲市人民政府办公室: the 2024 决算 (000, line 496) states 接待来访团组8个、
 * 来宾64人次; the 2024 部门预算 (003, line 58) states the 公务接待费 budget, 33万元, and no count.
 */
const { ask } = useSampleEngine();
const plain = (answer: string) => answer.replace(/\*\*/g, "");

describe("a count asked of the budget", () => {
  it("is refused when only the final accounts count it, the budget's amount named", async () => {
    const r = await ask("株洲市人民政府办公室2024年预算打算接待多少个团组");
    expect(r.status).toBe("not_found");
    expect(plain(r.answer)).toContain("33.00万元");
    expect(plain(r.answer)).not.toMatch(/8个|64人次/);
  });

  it("of the final accounts, is the count they state", async () => {
    const r = await ask("株洲市人民政府办公室2024年决算接待了多少个团组");
    expect(plain(r.answer)).toContain("8个");
  });
});

describe("who asks and short forms", () => {
  // 001 line 1119: 一般公共预算财政拨款支出年初预算数为257万元…决算数为247.8万元，完成年初预算的96.4%.
  it("a speaker before the question and 财拨 for 财政拨款", async () => {
    const r = await ask("我是记者，株洲市人民政府驻北京联络处2024年公共预算财拨支出完成了多少");
    expect(plain(r.answer)).toContain("96.40%");
    expect(r.answer).not.toContain("记者");
  });
});

describe("a share the asker quotes, to be worked out again", () => {
  // 000 line 470: 基本支出4723.85万元; line 474: 公用经费2104.76万元，占基本支出的44.55%.
  it("is computed from the two amounts, the document's own share named beside it", async () => {
    const r = await ask("株洲市人民政府办公室2024年决算里说公用经费占基本支出44.55%，帮我核算一下");
    expect(plain(r.answer)).toContain("2104.76 ÷ 4723.85 = 44.56%");
    expect(plain(r.answer)).toContain("44.55%");
  });
});
