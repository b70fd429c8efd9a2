import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "./answer-expect.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Shares and differences whose wording hid what was divided or compared. Figures read off the
 * rendered pages (pdftoppm -r 70/80): putuo-shfly-2024-danwei-yusuan p14 (302 商品和服务支出
 * 2,120,950; 30209 物业管理费 1,206,000); putuo-czj-2024-bumen-juesuan p7 (年初结转和结余 49.14,
 * 年末结转和结余 55.34) and p17 (30228 工会经费 24.42, 30229 福利费 42.77, 公用经费合计 184.65);
 * putuo-swh-2025-danwei-yusuan p9 (一、一般公共服务支出 21,601,733 = 人员经费 10,823,891 + 公用经费
 * 1,467,842 + 项目支出 9,310,000; 五、资源勘探工业信息等支出 293,810,000; 支出总计 371,514,655).
 */
const { ask } = usePdfEngine([
  "putuo-shfly-2024-danwei-yusuan.pdf",
  "putuo-czj-2024-bumen-juesuan.pdf",
  "putuo-swh-2025-danwei-yusuan.pdf",
]);

describe("a share whose whole's name holds 和", () => {
  it("物业费占商品和服务支出多大比例 divides the two (商品和服务 lists nothing)", async () => {
    const r = await ask("普陀区社会福利院物业费在商品和服务支出里占多大比例");
    expect(plain(r.answer)).toContain("120.6 ÷ 212.095 = 56.86%");
    expectGrounded(r);
  });
});

describe("the whole named first, as the container", () => {
  it("<整体>里，甲和乙加起来占多少: the sum over the container, not over the last part", async () => {
    const r = await ask("普陀区财政局公用经费当中，工会经费和福利费加起来占多少");
    const text = plain(r.answer);
    expect(text).toContain("24.42 + 42.77 = 67.19");
    expect(text).toContain("67.19 ÷ 184.65 = 36.39%");
    expect(text).not.toContain("931");
  });
});

describe("a sibling row said by its modifier only", () => {
  it("年末结转和结余比年初多多少 compares with 年初结转和结余", async () => {
    const r = await ask("普陀区财政局2024年年末结转和结余比年初增加了多少");
    expect(plain(r.answer)).toContain("55.34 − 49.14 = 6.20");
  });
});

describe("an item said with its class in brackets", () => {
  it("the bracketed class only restates where the item sits; the whole is the total named after 占", async () => {
    const r = await ask("商务委2025年扶持中小企业的钱（资源勘探工业信息等支出）占总支出的百分之几");
    expect(plain(r.answer)).toContain("29381 ÷ 37151.4655 = 79.08%");
  });
});

describe("several cells of one row", () => {
  it("each cell asked, then the row's total they make up", async () => {
    const r = await ask("商务委2025年单位预算一般公共服务支出中人员经费、公用经费、项目分别多少");
    expectFacts(r, "10823891.00元 1467842.00元 9310000.00元 21601733.00元");
  });
});

describe("a count of one kind over its total (sample final accounts)", () => {
  // data/docs/000 line 522: "共有车辆19辆，其中…机要通信用车15辆…"; 15 ÷ 19 = 78.95%.
  const sample = useSampleEngine();
  it("机要通信用车占车辆的比例 is 15 ÷ 19", async () => {
    const r = await sample.ask("市政府办2024年机要通信用车在所有车辆中占比");
    expect(plain(r.answer)).toContain("15 ÷ 19 = 78.95%");
  });
});

describe("multiples and gaps said the way people read them (sample final accounts)", () => {
  const sample = useSampleEngine();
  // 001 line 1134: 公务接待费…支出决算为3.6万元; 000 line 356 (公开09表): 公务接待费 决算数 1.12.
  it("a smaller figure first: the larger is said as the multiple", async () => {
    const r = await sample.ask("市政府办和驻京办2024年公务接待费差几倍");
    const text = plain(r.answer);
    expect(text).toContain("后者是前者的 3.21倍");
    expect(text).toContain("3.6 ÷ 1.12 = 3.21倍");
    expect(text).not.toContain("0.31倍");
  });

  // 002 line 390 (一般行政管理事务): "年初预算为20万元，支出决算为93.49万元，完成年初预算的467.5%".
  it("是预算的几倍: the actual as a multiple of the budget, beside the completion rate", async () => {
    const r = await sample.ask("天元区委办一般行政管理事务决算是年初预算的几倍");
    expect(plain(r.answer)).toContain("93.49 ÷ 20 = 4.67倍");
  });

  // 001 line 1144: "机关运行经费支出0万元…比上年决算数减少176.4万元，降低100%。主要原因是：…".
  it("why a figure is 0: its stated reason and its stated fall on last year", async () => {
    const r = await sample.ask("驻京办2024年机关运行经费怎么是0，为什么");
    const text = plain(r.answer);
    expect(text).toContain("不再列支安排机关运行经费支出");
    expect(text).toContain("-176.40万元");
  });
});

describe("two editions' figures, their gap", () => {
  // putuo-sfj-2026-bumen-yusuan p21 (部门“三公”经费…预算表) 合计 10.81; danwei p20 (单位…) 合计 10.71.
  const editions = usePdfEngine(["putuo-sfj-2026-bumen-yusuan.pdf", "putuo-sfj-2026-danwei-yusuan.pdf"]);
  it("部门预算和单位预算的三公经费相差多少: 10.81 − 10.71", async () => {
    const r = await editions.ask("司法局2026年部门预算与单位预算三公经费相差多少");
    expect(plain(r.answer)).toContain("10.81 − 10.71 = 0.10");
  });
});

describe("the whole of a share, read where the part is printed", () => {
  // putuo-sfj-2026-danwei-yusuan p19 (rendered, pdftoppm -r 80): 30228 工会经费 227,810.34; 合计 row
  // 22,118,861.34 | 人员经费 20,272,981.00 | 公用经费 1,845,880.34. The 财务收支预算总表 prints another
  // 公用经费 total, which the rows of p19 do not add up to.
  const { ask: askEdition } = usePdfEngine(["putuo-sfj-2026-danwei-yusuan.pdf"]);

  it("divides by the total of the part's own table", async () => {
    const answer = plain((await askEdition("司法局单位预算里工会经费占公用经费的比例")).answer);
    // 227,810.34 ÷ 1,845,880.34 = 0.123416… → 12.34 %.
    expect(answer).toContain("12.34%");
    expect(answer).toContain("1845880.34元");
  });
});

describe("工资福利 is the 工资福利支出 row", () => {
  // 002 line 259: "301 工资福利支出 537.8"; line 261: "30102 津贴补贴 58.03".
  const sample = useSampleEngine();

  it("not 人员经费, which adds 对个人和家庭的补助", async () => {
    const r = await sample.ask("区委办津贴补贴占工资福利多少");
    expect(r.plan.metrics).toEqual([
      { type: "subject", code: "30102", name: "津贴补贴" },
      { type: "subject", code: "301", name: "工资福利支出" },
    ]);
    // 58.03 ÷ 537.8 = 0.107902… → 10.79 %.
    expect(plain(r.answer)).toContain("10.79%");
  });
});
