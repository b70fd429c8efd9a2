import { describe, expect, it } from "vitest";
import { DOC } from "../../testing/sample-index.js";
import { useSampleEngine } from "../../testing/sample-engine.js";
import { expectCited, expectGrounded } from "../answer-expect.js";

/**
 * An actual read from a sentence that states its budget too. data/docs/001 line 1132: "“三公”经费
 * 财政拨款支出预算为40万元，支出决算为23.3万元，完成预算的58.25%"; line 1139: "公务用车购置费及运行维护费
 * 支出决算19.7万元，占84.55%". data/docs/002 line 462: "公务接待费支出预算为1.3万元，支出决算为0.13
 * 万元，完成预算的10%" (公开09表 line 338 prints the 0.13); line 1134: "公务接待费支出预算为22万元，支出决算为
 * 3.6万元，完成预算的16.26%" (3.6 ÷ 22 = 16.36 %: the stated rate is quoted, and the note on the
 * document's inconsistency works it out). data/docs/000 line 480: "支出预算为136.85万元，
 * 支出决算为136.85万元" (公开09表 line 356 prints 136.85 in both columns). By hand: 19.7 ÷ 23.3 = 84.55 %.
 */
const { ask } = useSampleEngine();
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an actual beside the budget its sentence states", () => {
  it("a 三公 total asked as money spent gives the budget and the share of it spent", async () => {
    const r = await ask("驻京办的三公经费一共用掉了多少钱");
    const text = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(text).toContain("23.30万元");
    expect(text).toMatch(/同一句所列预算为 40\.00万元\[\d+\]，文件所列完成预算的 58\.25%/);
    expectCited(r, DOC.beijingFinal, 1132);
    expectGrounded(r);
  });

  it("a table's figure gets the budget of the sentence restating it", async () => {
    const r = await ask("天元区委办接待费决算多少钱");
    const text = plain(r.answer);
    expect(text).toContain("0.13万元");
    expect(text).toMatch(/说明中同一句所列预算为 1\.30万元\[\d+\]，文件所列完成预算的 10\.00%/);
  });

  it("a stated rate its amounts do not give is quoted, and the inconsistency note still works it out", async () => {
    const r = await ask("驻京办接待费实际支出了多少");
    const text = plain(r.answer);
    expect(text).toContain("文件所列完成预算的 16.26%");
    expect(text).toContain("3.6 ÷ 22 = 16.36%");
    expect(text).toContain("文件此处前后不一致");
  });

  it("the budget is the narrative's, not the table's 预算数 column", async () => {
    const r = await ask("株洲市政府办公室那年的三公决算数字");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("说明中同一句所列预算为 136.85万元");
    expectCited(r, DOC.cityFinal, 480);
  });
});

describe("the cars' money within 三公", () => {
  it("车的费用 is the purchase-and-running whole, its share of 三公 computed", async () => {
    const r = await ask("驻京办三公经费当中车的费用占了几成");
    const text = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(text).toContain("19.7 ÷ 23.3 = 84.55%");
  });

  it("买车的钱 stays the purchase alone", async () => {
    const r = await ask("驻京办买车的钱是多少");
    expect(plain(r.answer)).toMatch(/^[^。]*公务用车购置费支出决算为 0\.00万元/);
  });
});
