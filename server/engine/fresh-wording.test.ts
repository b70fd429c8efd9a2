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

describe("asked loosely (sample final accounts)", () => {
  // 001 line 1121: "年初预算为257万元，支出决算为247.8万元，完成年初预算的96.4%"; 002 line 348: "收、支总计
  // 840.70 万元。与上年相比，减少 355.92 万元，减少 29.7%，主要是因为本单位授权管理机构区发展研究中心
  // 职级干部回原单位管理…".
  const sample = useSampleEngine();
  it("写个决算小于预算的说明 with no figure named drafts the spending total's", async () => {
    const r = await sample.ask("帮驻京办写个决算小于预算的说明，要有数字");
    expect(r.plan.operation).toBe("explain_variance");
    expect(plain(r.answer)).toContain("257 − 247.8 = 9.2");
  });

  it("决算总额为什么比23年少: the total's stated change and reason ('23年' is no word '年少')", async () => {
    const r = await sample.ask("区委办24年决算总额为什么比23年少了这么多");
    const text = plain(r.answer);
    expect(text).toContain("355.92万元");
    expect(text).toContain("区发展研究中心职级干部回原单位管理");
  });
});

describe("asked loosely (PDF)", () => {
  // putuo-czj-2024-bumen-juesuan p15 (rendered): 201 一般公共服务支出 2,106.66; 合计 2,940.05.
  // putuo-wanli-2024-bumen-yusuan p32 (rendered): "政府采购预算1662.44万元，其中：…政府采购工程预算815.87万元".
  const pdf = usePdfEngine(["putuo-czj-2024-bumen-juesuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);
  it("帮我重新算下 asks the arithmetic, names no figure", async () => {
    const r = await pdf.ask("普陀区财政局一般公共服务支出占财政拨款支出多少，帮我重新算下");
    expect(plain(r.answer)).toContain("2106.66 ÷ 2940.05 = 71.65%");
  });

  it("a street office named by its place alone (万里2024…)", async () => {
    const r = await pdf.ask("万里2024政府采购预算里工程占多少");
    expect(plain(r.answer)).toContain("815.87 ÷ 1662.44 = 49.08%");
  });

  it("the day a project was finished is refused: the documents give no dates", async () => {
    const r = await pdf.ask("万里街道社区公共服务中心什么时候竣工");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("具体日期");
  });
});

describe("follow-ups and compounds (sample final accounts)", () => {
  // 000 line 656 ("政府门户网站专项资金"项目: 项目支出 48.89 万元) and line 660 (市长热线项目 510 万元);
  // 政府采购支出总额: 000 line 516 675.32, 002 line 490 126.03, 001 line 1152 66.71.
  const sample = useSampleEngine();
  it("a project named without the body that runs it (门户网站)", async () => {
    const r = await sample.ask("市政府办24年项目支出里，市长热线和门户网站各花了多少");
    expectFacts(r, "510.00万元 48.89万元");
  });

  it("加起来多少，谁最多: the ranking and the sum of the ranked figures", async () => {
    const r = await sample.ask("三个单位2024年政府采购加起来一共多少，谁最多");
    expect(plain(r.answer)).toContain("675.32 + 126.03 + 66.71 = 868.06");
  });

  // 002 lines 632–635 (附件，"档案保护及数字化建设"项目): "项目支出 14 万元…年内扫描24个单位1628卷…".
  it("a subordinate with no document of its own: its work is read in its parent's prose", async () => {
    const r = await sample.ask("天元区档案馆的档案数字化项目今年干了啥");
    const text = plain(r.answer);
    expect(r.status).toBe("answered");
    expect(text).toContain("1628卷");
    expect(text).toContain("没有单独公开的文件");
  });

  it("its money in the parent's tables stays refused", async () => {
    const r = await sample.ask("天元区档案馆2024年三公经费多少");
    expect(r.status).toBe("not_found");
  });
});

describe("a total's change asked in a follow-up (PDF)", () => {
  // putuo-swh-2025-bumen-yusuan p7 (rendered, pdftoppm -r 60): 支出预算37,151.47万元…比2024年预算增加24,491.71万元；
  // 主要原因是政策资金项目预算增加.
  const swh = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf"]);
  it("<年>预算多少 → 比上年增加了多少：the same total's stated change", async () => {
    const r = await swh.ask("商务委2025年预算多少", "比2024年增加了多少？原因呢");
    const text = plain(r.answer);
    expect(text).toContain("24491.71万元");
    expect(text).toContain("政策资金项目预算增加");
    expect(text).not.toContain("比较预算与决算");
  });
});
