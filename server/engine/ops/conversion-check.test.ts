import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../../testing/sample-engine.js";

const pdf = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * shanghai-czj-2025-danwei-yusuan.pdf, rendered at 80 dpi: p.6 (编制说明) 收入预算17,192万元,
 * “卫生健康支出”科目467万元; p.7 (财务收支预算总表, 元) 收入总计 171,915,169, 一般公共服务支出
 * 127,886,849, 社会保障和就业支出 17,560,320.
 */
describe("an amount in 元 checked against one written in 万", () => {
  it("converts the table's 元 and rounds it as the narrative wrote it", async () => {
    const r = await pdf.ask("上海市财政局说明里收入预算写17192万，总表里是171915169元，换算过来一致吗");
    const text = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(text).toContain("171915169元 ÷ 10000 = 17191.52万元");
    expect(text).toContain("取整到万元");
    expect(text).toContain("两者一致");
  });

  it("says when the two are not the same amount", async () => {
    const text = plain((await pdf.ask("上海市财政局收入预算写的17192万，和表里127886849元对得上吗")).answer);
    expect(text).toContain("127886849元 ÷ 10000 = 12788.68万元");
    expect(text).toContain("不一致");
  });

  it("confirms a figure the asker writes as the answer prints it (two decimals of a 元 table)", async () => {
    const r = await pdf.ask("上海市财政局2025年社会保障和就业支出是1756.03万元吗");
    expect(r.answer).toContain("相符");
    expect(r.answer).not.toContain("不符");
  });
});

/**
 * putuo-sfj-2026-bumen-yusuan.pdf, rendered at 80 dpi: p.13 (部门支出预算总表, 元) 合计 项目支出 70540547.00;
 * p.22 (四、绩效目标设置情况) 编报绩效目标的项目20个，涉及项目预算资金7054.05万元.
 */
describe("an amount a sentence states, set against the figure the question names", () => {
  const sfj = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf"]);
  it("reads the named figure from its table and compares the two", async () => {
    const r = await sfj.ask("司法局材料里说绩效目标项目涉及7054.05万元，这跟项目支出是同一个数吗");
    const text = plain(r.answer);
    expect(text).toContain("「项目支出」");
    expect(text).toContain("70540547元 ÷ 10000 = 7054.05万元");
    expect(text).toContain("两者一致");
  });
});
