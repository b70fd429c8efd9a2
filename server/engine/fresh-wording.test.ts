import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Wording met in fresh questions. Sample final accounts (data/docs): 000 line 484 ("安排因公出国（境）
 * 团组6个"; 因公出国（境）费 49.98), line 496 ("接待来访团组8个"; 公务接待费 1.12), line 283 (30206
 * 电费 136.50); 001 lines 1278/1284 (驻京工作经费 209.35, 招商专项 38.46), line 734 (30214 租赁费);
 * 002 line 490 ("政府采购支出总额126.03万元").
 */
const { ask } = useSampleEngine();

describe("an average per delegation", () => {
  it("每个团组: the amount over the delegations counted with 个", async () => {
    const r = await ask("市政府办2024年接待来访团组平均每个团组花了多少接待费");
    expect(plain(r.answer)).toContain("1.12 ÷ 8 = 0.14万元/个");
    const abroad = await ask("市政府办2024年出国平均每个团组花了多少");
    expect(plain(abroad.answer)).toContain("49.98 ÷ 6 = 8.33万元/个");
  });
});

describe("哪几个 asks which, not how many", () => {
  it("项目支出是哪几个项目 lists the projects with their money", async () => {
    const r = await ask("驻京办的项目支出都是哪几个项目");
    expect(r.plan.counts).toBe(false);
    expectFacts(r, "209.35万元 38.46万元");
  });
});

describe("a typo by sound", () => {
  it("政府彩购 is 政府采购", async () => {
    const r = await ask("区委办2024年政府彩购总额多少");
    expectFacts(r, "126.03万元");
  });
});

describe("what the documents do not break down", () => {
  it("a month's figure is refused with the year's named", async () => {
    const r = await ask("市政府办2024年5月份电费多少钱");
    expect(r.status).toBe("not_found");
    expect(plain(r.answer)).toContain("136.50万元");
  });

  it("a date is no month asked", async () => {
    const r = await ask("截至2024年12月31日市政府办有几辆车");
    expect(r.status).toBe("answered");
  });

  it("a price per square metre is refused", async () => {
    const r = await ask("驻京办租房子每平米租金多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("单价");
  });
});

describe("the other edition named in a follow-up", () => {
  // putuo-sfj-2026-bumen-yusuan p10 (部门财务收支预算总表) 支出总计 96,282,213.44; danwei p8 (预算单位财务收支
  // 预算总表) 支出总计 86,959,408.34 (rendered pages).
  const editions = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf", "putuo-sfj-2026-danwei-yusuan.pdf"]);
  it("<部门预算总额> → 跟单位预算相差多少: the two editions' gap", async () => {
    const r = await editions.ask("司法局2026年部门预算总额是多少", "跟单位预算相差多少");
    expect(plain(r.answer)).toContain("9628.221344 − 8695.940834 = 932.280510");
  });
});

describe("by functional subject", () => {
  // shanghai-czj-2025-danwei-yusuan p10 (rendered): 201 一般公共服务支出 127,886,849; 208 17,560,320.
  const shanghai = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);
  it("分功能科目 breaks the total down by class", async () => {
    const r = await shanghai.ask("上海市财政局2025年支出分功能科目各多少");
    expect(plain(r.answer)).toContain("按功能分类（类）");
    expectFacts(r, "127886849元 17560320元");
  });
});
