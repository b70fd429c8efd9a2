import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Everyday shorthand and the base a change is asked against. Read off the sources:
 * - 商务委 2025 单位预算 p22 (rendered at -r 70): 本单位政府采购预算38.20万元，其中：货物预算7.80万元、
 *   工程预算0万元、服务预算30.40万元.
 * - 万里街道 2024 部门预算 p9 (rendered at -r 70), item 31: 住房公积金（项）350.35万元 … 2023年当年预算
 *   执行数为348.52万元 … 比2023年预算执行数增加0.53%. By hand 350.35 − 348.52 = 1.83.
 * - 万里街道 2024 部门预算 p8 (rendered at -r 70), item 17: “社会保障和就业支出（类）就业补助（款）公益性岗位补贴
 *   （项）”421.23万元 … 2023年当年预算执行数为389.59万元 … 比2023年预算执行数增加8.12%. By hand
 *   421.23 − 389.59 = 31.64.
 * - 普陀区财政局 2024 决算 p24: 政府采购金额251.25万元，其中：货物4.79万元、工程0万元、服务246.47万元. By hand
 *   4.79 + 0 + 246.47 = 251.26, 0.01 over.
 * - 002 (区委办 2024 决算) line 490: 政府采购支出总额126.03万元 … 授予中小企业合同金额114.69万元，占
 *   政府采购支出总额的91.0%. By hand 114.69 ÷ 126.03 = 91.00%.
 * - 000 (市政府办 2024 决算) line 484: 因公出国（境）费支出预算为20万元，支出决算为49.98万元，完成预算的
 *   249.9% … 编制预算时2024年出国计划未定. By hand 49.98 − 20 = 29.98.
 */
const samples = useSampleEngine();
const commerce = usePdfEngine(["putuo-swh-2025-danwei-yusuan.pdf"]);
const wanli = usePdfEngine(["putuo-wanli-2024-bumen-yusuan.pdf"]);
const wanliYears = usePdfEngine(["putuo-wanli-2023-bumen-yusuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);
const finance = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);

describe("everyday shorthand", () => {
  it("政采 is government procurement", async () => {
    const r = await commerce.ask("商务委2025年单位预算的政采金额是多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("政府采购支出总额年初预算为 **38.20万元**");
    expectGrounded(r);
  });

  it("what small firms got (拿到) is the contracts awarded to them, in a follow-up too", async () => {
    const r = await samples.ask("区委办24年政府采购花了多少？", "中小企业得到的合同有多少，占比呢？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("**114.69万元**");
    expect(r.answer).toContain("114.69 ÷ 126.03 = 91.00%");
  });

  it("a draft asked in the finance office's terms (财务口径) is a draft, not a figure named 财务", async () => {
    const r = await samples.ask("按财务口径帮我起草一段市政府办2024年因公出国（境）费超出预算的说明");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("49.98 − 20 = 29.98");
    expect(r.answer).toContain("出国计划未定");
  });
});

describe("a follow-up compared with a year's execution", () => {
  it("'和<上年>执行数比' keeps the conversation's year and compares it with the year named", async () => {
    const r = await wanli.ask("万里街道24年住房公积金安排了多少？", "和2023年执行数相比变了多少？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("2023年预算执行数 **348.52万元**");
    expect(r.answer).toMatch(/增加 \*\*1\.83万元\*\*/);
    expect(r.answer).toContain("0.53%");
    expectGrounded(r);
  });
});

describe("a row named by its path, against last year's execution", () => {
  it("'<款>—<项>' asks the 项, and '实际执行的数' is the execution stated, not last year's budget", async () => {
    const r = await wanliYears.ask(
      "2024年部门预算里万里街道“就业补助—公益性岗位补贴”这一项安排了多少钱，跟2023年实际执行的数比是多了还是少了，变化幅度是多少？",
    );
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("公益性岗位补贴（2080705）");
    expect(r.answer).toContain("2023年预算执行数 **389.59万元**");
    expect(r.answer).toContain("421.23 − 389.59 = 31.64");
    expect(r.answer).toContain("8.12%");
    expectGrounded(r);
  });
});

describe("parts counted, then added and checked", () => {
  it("'三类加起来…和总额一致吗' adds the parts and says by how much the sum is over", async () => {
    const r = await finance.ask("普陀财政局24年政府采购那三类加在一起多少，跟总额对得上吗");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("4.79 + 0 + 246.47 = 251.26");
    expect(r.answer).toContain("各项之和比它多 **0.01万元**");
    expect(r.answer).not.toMatch(/相差 \*\*-/);
  });
});

/**
 * 003 (市政府办 2024 部门预算) line 58: 2024年“三公”经费预算154万元; 000 (its 2024 决算) prints the adjusted
 * budget 136.85 in 公开09表. 001 (驻京办 2024 决算) line 1132: “三公”经费财政拨款支出预算为40万元.
 */
describe("units ranked by a budget", () => {
  it("read each unit's budget document where it has one", async () => {
    const r = await samples.ask("2024年三公经费预算：市政府办、驻京办、区委办排个序");
    expect(r.status).toBe("answered");
    expect(r.answer).toMatch(/第一位 株洲市人民政府办公室：\*\*154\.00万元\*\*/);
    expect(r.answer).toMatch(/株洲市人民政府驻北京联络处：\*\*40\.00万元\*\*/);
    expect(r.answer).not.toContain("136.85");
  });
});
