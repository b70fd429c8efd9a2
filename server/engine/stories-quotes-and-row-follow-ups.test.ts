import { describe, expect, it } from "vitest";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Messages that tell a story before the question, quote a sentence or a number of the document,
 * ask in 亿 or with two amounts of their own, and follow-ups that move along a row's columns.
 * Sample final accounts (data/docs):
 * - 000 line 496: "公务接待费支出预算为11万元，支出决算为1.12万元".
 * - 000 lines 183–189 (公开03表): 合计 5,487.18; 2010302 一般行政管理事务 558.89 in 项目支出;
 *   2019999 其他一般公共服务支出 30.45 = 基本支出 27.50 + 项目支出 2.95. By hand: 2.95 ÷ 30.45 = 9.69 %;
 *   5,487.18 万元 ÷ 10,000 = 0.55 亿元.
 * - 000 line 775: 年度资金总额 年初预算数 5061.48, 全年预算数 5667.65; 5667.65 − 5061.48 = 606.17.
 * - 000 line 356 (公开09表): 三公 136.85, 公务用车购置及运行维护费 85.75 (85.75 ÷ 136.85 = 62.66 %);
 *   lines 291–292 (公开06表): 会议费 2.22, 培训费 22.70 (2.22 + 22.70 = 24.92).
 * - 001 line 1132: 三公 预算 40, 决算 23.3 (58.25 %); line 1142: 公务用车运行维护费 19.7, and 3 cars
 *   (19.7 ÷ 3 = 6.57 万元/辆).
 * - 002 lines 404–406: 机关事业单位基本养老保险缴费支出 "年初预算为56.95万元，支出决算为51.28万元，
 *   完成年初预算的90.0%…主要原因是：人员退休，养老保险缴费减少"; lines 388–390: 一般行政管理事务
 *   支出决算 93.49.
 */
describe("a story told before the question", () => {
  const { ask } = useSampleEngine();

  it("answers the question sentence; the story's words are no qualifiers and set no operation", async () => {
    const r = await ask(
      "我家住株洲，退休后天天看新闻。邻居说政府这几年压缩开支了，我半信半疑。市政府办2024年公务接待费决算多少？",
    );
    expect(r.status).toBe("answered");
    expectFacts(r, "1.12万元");
    expect(r.answer).not.toContain("1.98");
  });
});

describe("everyday words for figures and for how they are compared", () => {
  const { ask } = useSampleEngine();

  it("reads 坐车 as the cars' money and takes its share of the 三公 total", async () => {
    const r = await ask("市政府办2024年三公里面坐车的钱占几成");
    expect(plain(r.answer)).toContain("85.75 ÷ 136.85 = 62.66%");
  });

  it("adds 开会 and 培训 as the meeting and training fees", async () => {
    const r = await ask("市政府办2024年开会和培训加起来花了多少");
    expect(plain(r.answer)).toContain("2.22 + 22.7 = 24.92");
  });

  it("reads '花了预算的几成' as the budget against the final account", async () => {
    const r = await ask("驻京办2024年三公经费花了预算的几成");
    expect(r.status).toBe("answered");
    expectFacts(r, "40万元 23.3万元");
    expect(plain(r.answer)).toContain("58.25%");
  });

  it("averages the cars' running cost per car when no figure is named, and says so", async () => {
    const r = await ask("驻京办平均一辆车一年下来要花多少");
    expect(plain(r.answer)).toContain("19.7 ÷ 3 = 6.57万元/辆");
    expect(r.answer).toContain("未指明哪项支出，按公务用车运行维护费计算");
  });

  // 001 line 1134: 公务接待费 … 支出决算为3.6万元.
  it("'一年到头' says the year in passing, no figure of its own", async () => {
    const r = await ask("驻北京那个联络处一年到头请客吃饭接待花掉多少钱？");
    expect(r.status).toBe("answered");
    expectFacts(r, "3.60万元");
  });

  // 002 lines 259 and 262 (公开06表): 301 工资福利支出 537.8, of which 30103 奖金 155.4.
  it("adds no row to the class that already holds it, and says so", async () => {
    const r = await ask("天元区委办2024年工资福利支出再加上奖金一共多少");
    expectFacts(r, "537.8万元");
    expect(r.facts.some((fact) => fact.value === "693.2")).toBe(false);
    expect(r.answer).toContain("已含在工资福利支出（301）中，不重复相加");
  });

  it("keeps a guess after the question out of what is asked", async () => {
    const r = await ask("驻京办2024年三公经费决算多少？估计比预算少吧");
    expect(r.status).toBe("answered");
    expectFacts(r, "23.3万元");
  });
});

describe("a sentence or a number of the document quoted", () => {
  const { ask } = useSampleEngine();

  it("names what a quoted sentence is about, with the figures it states", async () => {
    const r = await ask("区委办决算说明里“人员退休，养老保险缴费减少”说的是哪一项？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("机关事业单位基本养老保险缴费支出");
    expectFacts(r, "56.95万元 51.28万元");
    expect(r.answer).toContain("人员退休，养老保险缴费减少");
  });

  it("finds a quoted sentence with words left out and full-width punctuation typed otherwise", async () => {
    const r = await ask("区委办说明里“年初预算为56.95万元……人员退休”这句指的是哪一项");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("机关事业单位基本养老保险缴费支出");
  });

  it("says what a pasted number is: its table, row and column", async () => {
    const r = await ask("区委办材料里有个数93.49，这是什么钱？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("一般行政管理事务");
    expectFacts(r, "93.49万元");
  });
});

describe("amounts asked in 亿, and two amounts of the asker's own", () => {
  const { ask } = useSampleEngine();

  it("converts the total to 亿元 with the formula", async () => {
    const r = await ask("市政府办2024年支出决算合计大约几个亿");
    expect(r.status).toBe("answered");
    expectFacts(r, "5487.18万元");
    expect(plain(r.answer)).toContain("5487.18万元 ÷ 10000 = 0.55亿元");
  });

  it("subtracts two amounts the asker quotes when the document states both", async () => {
    const r = await ask("市政府办2024年年度资金总额年初预算5061.48万，全年预算5667.65万，年中调增了多少？");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("5667.65 − 5061.48 = 606.17");
  });
});

describe("follow-ups along a row's columns", () => {
  const { ask } = useSampleEngine();
  const row = "市政府办2024年其他一般公共服务支出（2019999）多少？";

  it("keeps the row when another column is asked after one of its cells", async () => {
    const r = await ask(row, "其中基本支出多少？", "那项目支出呢？");
    expect(r.status).toBe("answered");
    expectFacts(r, "2.95万元");
    expect(r.facts.some((fact) => fact.value === "763.33")).toBe(false);
  });

  it("takes a cell's share of its own row ('占这一项')", async () => {
    const r = await ask(row, "其中基本支出多少？", "那项目支出占这一项的比重？");
    expect(plain(r.answer)).toContain("2.95 ÷ 30.45 = 9.69%");
  });

  it("answers which column a row's amount is in", async () => {
    const r = await ask(
      "市政府办2024年一般行政管理事务（2010302）决算多少？",
      "这笔钱算基本支出还是项目支出？",
    );
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("一般行政管理事务（2010302）项目支出");
    expectFacts(r, "558.89万元");
  });

  it("asks which item a pronoun points at after a ranking, then answers of the item named", async () => {
    const first = "市政府办2024年哪个专项花钱最多？";
    const pointed = await ask(first, "这一项预算完成得怎么样？");
    expect(pointed.status).toBe("clarify");
    const named = await ask(first, "这一项预算完成得怎么样？", "市长热线项目");
    expect(named.status).toBe("answered");
    expect(named.answer).toContain("完成预算");
  });

  it("refuses a row named only by its place in a table, naming the row asked before", async () => {
    const r = await ask("市政府办2024年行政单位医疗多少？", "表里它下面一行是多少？");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("上一行、下一行");
  });
});
