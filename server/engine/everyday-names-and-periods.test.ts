import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

/**
 * Bodies, periods and parts said the way people say them. Read off the rendered pages and lines:
 * - 普陀区财政局 2024 部门决算 p10 (支出决算表, 万元): 合计 2,940.05, 项目支出 603.14; 201 一般公共服务支出
 *   2,106.66, 208 社会保障和就业支出 326.72.
 * - 普陀区商务委 2025 部门预算 p7: "支出预算37,151.47万元".
 * - 普陀区社会福利院 2024 单位预算 p15 (三公经费预算表): 公务用车运行费 6.4.
 * - 司法局 2026 部门预算 p12 (部门支出预算总表, 元): 221 住房保障支出 4521559.00 = 2210201 住房公积金
 *   2087959.00 + 2210203 购房补贴 2433600.00.
 * - 000 line 496: 公务接待费 1.12万元 (2024) against 1.98万元 (2023), −43.43%.
 */
const { ask } = usePdfEngine([
  "putuo-czj-2024-bumen-juesuan.pdf",
  "putuo-swh-2025-bumen-yusuan.pdf",
  "putuo-shfly-2024-danwei-yusuan.pdf",
  "putuo-sfj-2026-bumen-yusuan.pdf",
]);
const samples = useSampleEngine();

describe("bodies by their everyday short names", () => {
  it("<区>财政 is the district's finance bureau, asked without a question back", async () => {
    const r = await ask("普陀财政去年决算里项目支出多少");
    expect(r.plan.units).toEqual(["上海市普陀区财政局"]);
    expectFacts(r, "603.14万元");
  });

  it("<区>商委 is the commerce commission", async () => {
    const r = await ask("普陀商委2025年支出预算多少");
    expect(r.plan.units).toEqual(["上海市普陀区商务委员会"]);
    expect(r.plan.qualifiers).toEqual([]);
  });
});

describe("a typo and periods said another way", () => {
  it("公物用车 is 公务用车", async () => {
    const r = await ask("社会福利院2024年公物用车运行费预算多少");
    expectFacts(r, "6.4万元");
  });

  it("去年同期 names a year, not a figure", async () => {
    const r = await samples.ask("市政府办2024年公务接待费比去年同期少了多少");
    expect(r.plan.qualifiers).toEqual([]);
    expect(r.answer).toContain("43.43%");
  });
});

describe("parts asked by how many there are", () => {
  it("“分成哪两项” lists the parts; it lists no rows of its own", async () => {
    const r = await ask("司法局2026年部门预算里住房保障支出分为哪两项，各是多少");
    expect(r.status).toBe("answered");
    expectFacts(r, "208.7959万元 243.36万元");
  });

  it("“按功能类排前三” is the total by functional class, largest first", async () => {
    const r = await ask("普陀区财政局2024年决算支出按功能类排前三的是哪些");
    expect(r.answer).toContain("按功能分类（类）");
    expectFacts(r, "2106.66万元 326.72万元");
  });
});

describe("drafts and money words that are no counts", () => {
  // 000 line 366: "2024年度收、支总计5487.18万元。与上年相比，减少326.65万元，降低5.62%，主要是因为压减了运转经费开支。"
  it("a “预算变动说明” of the change on last year is that change, not budget against actual", async () => {
    const r = await samples.ask("帮我写一段预算变动说明：市政府办2024年收支总计比上年的变化和原因");
    expect(r.plan.operation).toBe("yoy");
    expect(r.answer).toContain("326.65万元");
    expect(r.answer).toContain("5.62%");
    expect(r.answer).toContain("压减了运转经费开支");
  });

  // 000 lines 662–664: the projects added during the year, 241.36万元, spent 204.44万元, stated in prose only.
  it("“追加了多少项目资金” asks no count, and the unit's total is at most named as the closest", async () => {
    const r = await samples.ask("市政府办2024年年中追加了多少项目资金，实际花了多少");
    expect(r.plan.counts).toBe(false);
    expect(r.status).toBe("not_found");
    expect(r.plan.attributes).toContain("added_midyear");
  });
});

describe("an asker's story told with commas", () => {
  // 002 line 374: "财政拨款支出年初预算数为 863.40 万元，支出决算数为 840.70 万元"; 863.40 − 840.70 = 22.70.
  it("leaves no word of the story as a qualifier of the figure", async () => {
    const r = await samples.ask(
      "我是做新闻的，说实话这些表看花眼了，想问区委办2024年财政拨款支出年初预算和决算各多少，差了多少",
    );
    expect(r.plan.qualifiers).toEqual([]);
    expect(r.answer).toContain("22.70万元");
  });
});

describe("a budget asked in 亿元 with the word 合", () => {
  // 司法局 2026 部门预算 p10 (部门财务收支预算总表, 元): 支出总计 96,282,213.44 (9628.22万元, 0.96亿元).
  it("“预算合多少亿”: the budget total, converted with its formula", async () => {
    const r = await ask("普陀区司法局2026年度部门预算总共合多少亿？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("9628.22万元");
    expect(r.answer).toContain("0.96亿元");
  });
});
