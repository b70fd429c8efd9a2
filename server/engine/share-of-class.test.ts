import { describe, expect, it } from "vitest";
import { usePdfEngine } from "../testing/sample-engine.js";

/**
 * A row's share of the economic class it sits in, the class named in the question or asked just
 * before. Read off the rendered pages (元): 普陀区社会福利院 2024 单位预算 p14, 工资福利支出（301）
 * 6,958,414 and 绩效工资（30107） 3,580,522: 3580522 ÷ 6958414 = 51.46 %. 万里街道 2024 部门预算
 * p29, 商品和服务支出（302） 11,168,569 and 办公费（30201） 4,755,518: 4755518 ÷ 11168569 = 42.58 %.
 */
const { ask } = usePdfEngine(["putuo-shfly-2024-danwei-yusuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);
const plain = (answer: string) => answer.replace(/\*\*/g, "");

describe("a row's share of its class", () => {
  it("with the class named before the row, the class is the whole", async () => {
    const r = await ask("普陀区社会福利院2024年工资福利支出中绩效工资的比重");
    expect(plain(r.answer)).toContain("51.46%");
  });

  it("after the class was asked, the row's share is of that class", async () => {
    const r = await ask("万里街道2024年商品和服务支出有多少", "办公费占多大比重");
    expect(plain(r.answer)).toContain("42.58%");
  });

  it("a class that only says which row is meant stays a qualifier when no share is asked", async () => {
    const r = await ask("普陀区社会福利院2024年工资福利支出中绩效工资是多少");
    expect(plain(r.answer)).toContain("358.05万元");
    expect(plain(r.answer)).not.toContain("%");
  });
});
