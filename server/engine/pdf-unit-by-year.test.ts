import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";
import { expectGrounded } from "./answer-expect.js";

/**
 * A short name two bodies share ("财政局": the city's and the district's), told apart by the year
 * asked when only one of them publishes for it; and a whole named beside its parts. Read off the
 * rendered page (pdftoppm -r 80): putuo-czj-2024-bumen-juesuan p23 "一般公共预算财政拨款基本支出
 * 2336.91万元。其中：人员经费2152.26万元 … 公用经费184.65万元". shanghai-czj-2025-danwei-yusuan is the
 * city's 2025 budget.
 */
const { ask } = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "shanghai-czj-2025-danwei-yusuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("a short name two bodies share", () => {
  it("is asked about when no year tells them apart", async () => {
    const r = await ask("财政局三公经费多少");
    expect(r.status).toBe("clarify");
    expect(r.answer).toContain("上海市财政局");
    expect(r.answer).toContain("上海市普陀区财政局");
  });

  it("is the one publishing for the year asked, said in the notes", async () => {
    const r = await ask("财政局2024年基本支出里人员经费和公用经费各占多少");
    expect(r.plan.units).toEqual(["上海市普陀区财政局"]);
    expect(plain(r.answer)).toContain("“财政局”按“上海市普陀区财政局”理解");
    // 2152.26 ÷ 2336.91 = 92.10%; 184.65 ÷ 2336.91 = 7.90%
    expect(r.answer).toContain("2152.26 ÷ 2336.91 = 92.10%");
    expect(r.answer).toContain("184.65 ÷ 2336.91 = 7.90%");
    expectGrounded(r);
  });
});

describe("a number the documents do not state, asked by a heading's words", () => {
  // putuo-czj-2024-bumen-juesuan p24 "（三）国有资产占有使用情况说明": vehicles and equipment only, no total.
  it("is refused, quoting the section titled with the asked words", async () => {
    const r = await ask("普陀区财政局2024年国有资产总共有多少");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("国有资产占有使用情况说明");
    expect(r.answer).toContain("共有车辆0辆");
  });

  // shanghai-czj-2025-danwei-yusuan p11 (rendered at 80 dpi): 210 卫生健康支出 4,668,000; 221 住房保障支出 21,800,000.
  it("按科目 asks for spending by functional class", async () => {
    const text = (await ask("上海市财政局2025年的支出按科目看各是多少")).answer.replace(/\*\*/g, "");
    expect(text).toContain("按功能分类");
    expect(text).toContain("466.80万元");
    expect(text).toContain("2180.00万元");
  });
});
