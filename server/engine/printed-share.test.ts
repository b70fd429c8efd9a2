import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * Read off the sources:
 * - 普陀区财政局 2024 决算 p21 (rendered at -r 90), 五（二）: 一般公共预算财政拨款支出2940.05万元 …
 *   一般公共服务支出（类）2106.66万元，占71.73%; 社会保障和就业支出 326.72万元，占11.11%.
 *   2106.66 ÷ 2940.05 = 71.65%: the printed share is no rounding of the amounts. The same sentence
 *   (rendered at -r 80): 卫生健康支出 60.99万元 占2.07%, 住房保障支出 445.69万元 占15.16%; its four
 *   shares add up to 71.73 + 11.11 + 2.07 + 15.16 = 100.07%.
 * - 002 (区委办 2024 决算) line 356: 支出合计840.70万元 … 项目支出209.59万元，占24.9%.
 *   209.59 ÷ 840.70 = 24.93%, which 24.9 rounds.
 * - 002 line 490: 政府采购支出总额126.03万元 … 授予中小企业合同金额114.69万元 … 其中：授予小微企业合同
 *   金额114.49万元，占授予中小企业合同金额的99.8%. 114.49 ÷ 114.69 = 99.83%; ÷ 126.03 = 90.84%.
 * - 000 (市政府办 2024 决算) line 516: 授予中小企业合同金额675.32万元，占政府采购支出总额的100%，其中：授予小微
 *   企业合同金额675.32万元，占授予中小企业合同金额的100%.
 * - 商务委 2025 单位预算 (pdftotext and the rendered 政府采购 page): no 小微企业 figure at all.
 */
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf"]);
const commerce = usePdfEngine(["putuo-swh-2025-danwei-yusuan.pdf"]);
const samples = useSampleEngine();

describe("the share a sentence prints, beside the share computed", () => {
  it("a breakdown by class shows a printed share that disagrees with its amounts, and says so", async () => {
    const r = await ask("普陀区财政局2024年决算里一般公共预算财政拨款支出，按类分各占几成");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("71.65%");
    expect(r.answer).toMatch(/文件所列 \*\*71\.73%\*\*[^）]*不一致/);
    // A printed share equal to the computed one is not repeated.
    expect(r.answer).toContain("11.11%");
    expect(r.answer.match(/11\.11%/g)?.length).toBe(2);
    expectGrounded(r);
  });

  it("a ranking of units by a share quotes each one's printed share as printed", async () => {
    const r = await samples.ask("区委办和驻京办2024年项目支出占总支出的比重，从高到低排一下");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("24.93%");
    expect(r.answer).toMatch(/文件所列 \*\*24\.9%\*\*(?:\[\d+\])+）/);
    expectGrounded(r);
  });

  it("the share asked of one unit states the printed share at its own precision", async () => {
    const r = await samples.ask("区委办2024年项目支出占支出合计多少");
    expect(r.answer).toContain("24.93%");
    expect(r.answer).toContain("**24.9%**");
    expect(r.answer).not.toContain("24.90%");
  });

  it("a printed share the asker quotes is worked out on the whole that gives it back", async () => {
    const r = await samples.ask("区委办政府采购中给小微企业的比例文件写的是99.8%，请精确算一下");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("114.49 ÷ 114.69 = 99.83%");
    // The whole named (政府采购) is answered in a note: 114.49 ÷ 126.03 = 90.84%.
    expect(r.answer).toMatch(
      /99\.8% 是占授予中小企业合同金额的比例；若按政府采购支出总额 \*\*126\.03万元\*\*/,
    );
    expect(r.answer).toContain("114.49 ÷ 126.03 = 90.84%");
    expectGrounded(r);
  });

  it("a doubted share is worked out, and the sentence's shares added up to more than 100%", async () => {
    const r = await ask("普陀财政局称一般公共服务支出占了71.73%，我觉得算得不对");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("2106.66 ÷ 2940.05 = 71.65%");
    expect(r.answer).toContain("71.73 + 11.11 + 2.07 + 15.16 = 100.07");
    expect(r.answer).toContain("超过100%");
    expectGrounded(r);
  });

  it("a doubt said in other words ('好像有问题，帮我验一下', '想知道准确数') is the same check", async () => {
    const doubted = await ask("普陀财政局写的一般公共服务占比71.73%好像有问题，帮我验一下");
    expect(doubted.answer).toContain("2106.66 ÷ 2940.05 = 71.65%");
    const exact = await samples.ask("区委办小微企业合同占比文件里写的99.8%，我想知道准确数");
    expect(exact.answer).toContain("114.49 ÷ 114.69 = 99.83%");
  });

  // p6 (收入支出决算总表, all money, rendered at -r 70): 社会保障和就业支出 326.71, 其他收入 6.20; p15 (一般公共预算
  // 财政拨款支出决算表): 326.72. The unit has money besides the appropriation, so the tables count differently.
  it("a part two tables of different money print otherwise is said to count differently, not to disagree", async () => {
    const r = await ask("普陀财政局2024年社保和就业方面支出多少？", "它占一般公共预算支出多少？");
    expect(r.answer).toContain("326.72 ÷ 2940.05 = 11.11%");
    expect(r.answer).toMatch(/326\.71万元\*\*\[\d+\]，与一般公共预算财政拨款支出决算表口径不同/);
    expect(r.answer).not.toContain("文件前后不一致");
  });
});

describe("小微企业 named in procurement", () => {
  it("of a final account's procurement, it is the contracts awarded, as a share of the procurement named", async () => {
    const r = await samples.ask("天元区委办去年决算的政府采购当中，小微企业占了多大比例？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("114.49 ÷ 126.03 = 90.84%");
    expect(r.answer).toMatch(/文件写明的是占授予中小企业合同金额的比例：\*\*99\.8%\*\*/);
    expectGrounded(r);
  });

  it("a printed share is said with the whole of its own clause, not an earlier clause with the same number", async () => {
    const r = await samples.ask("株洲市政府办2024年政府采购里，小微企业一共拿到多少？");
    expect(r.answer).toContain("**675.32万元**");
    expect(r.answer).toContain("占授予中小企业合同金额的比例");
    expect(r.answer).not.toContain("占政府采购支出总额的比例");
  });

  it("of a procurement budget that reserves nothing for them, no other share is given in its place", async () => {
    const r = await commerce.ask("普陀商务委今年政府采购预算中小微企业占多少份额");
    expect(r.answer).not.toMatch(/占支出合计/);
    expect(r.answer).toContain("未找到“预留小微企业采购金额”");
  });
});
