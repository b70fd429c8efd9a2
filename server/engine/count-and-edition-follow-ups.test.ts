import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts, expectGrounded } from "./answer-expect.js";

/**
 * Everyday shapes over the samples and the PDFs, values read at the cited lines and pages:
 * - 002 lines 476–478: "公务用车运行维护费3.5万元 … 公务用车保有量为 1 辆"; 001 line 1142: "公务用车运行
 *   维护费19.7万元" with 3 vehicles (line 1143). By hand 19.7 ÷ 3 = 6.57万元.
 * - 普陀区财政局 2024 部门决算 p15 (rendered): 2210203 购房补贴 258.50万元.
 * - 普陀区司法局 2026: 单位预算 p8 支出总计 86,959,408.34 元, 部门预算 p10 96,282,213.44 元.
 */
const samples = useSampleEngine();
const { ask } = usePdfEngine([
  "putuo-czj-2024-bumen-juesuan.pdf",
  "putuo-sfj-2026-bumen-yusuan.pdf",
  "putuo-sfj-2026-danwei-yusuan.pdf",
]);

describe("follow-ups after a count of cars", () => {
  it("reads “运行维护费” as the cars' running cost, then divides by the cars", async () => {
    const r = await samples.ask("区委办有几辆公车", "运行维护费多少", "平均一辆多少");
    expect(r.plan.operation).toBe("per_capita");
    expectFacts(r, "3.50万元 1辆");
    expectGrounded(r);
  });

  it("reads “一辆车…运维费平均” as the running cost per car", async () => {
    const r = await samples.ask("驻京办一辆车一年运维费平均多少");
    expectFacts(r, "19.7万元 3辆");
    expect(r.answer).toContain("6.57万元/辆");
  });
});

describe("everyday words for rows and periods", () => {
  it("房补 is the housing purchase subsidy", async () => {
    const r = await ask("普陀财政局房补一年发多少");
    expectFacts(r, "258.50万元");
  });

  it("a month's rent is not disclosed: refused, the annual row named", async () => {
    const r = await samples.ask("驻京办在北京的办公室房租一个月多少钱");
    expect(r.status).toBe("not_found");
    expect(r.answer).toContain("月度");
  });
});

describe("a budget total asked of one edition, then of the other", () => {
  it("carries the total to the other edition and compares them", async () => {
    const second = await ask("普陀司法局单位预算总额多少", "那部门预算呢");
    expectFacts(second, "96282213.44元");
    const third = await ask("普陀司法局单位预算总额多少", "那部门预算呢", "差多少");
    expectFacts(third, "96282213.44元 86959408.34元");
    expect(third.answer).toContain("932.28万元");
  });
});

/**
 * 003 line 51: "本部门共有公务用车22辆 …；2024年拟新增配置公务用车0辆". 000 line 522: "共有车辆19辆，其中，
 * 副部（省）级及以上领导用车0辆、主要负责人用车1辆、机要通信用车15辆、应急保障用车1辆…离退休干部服务用车2辆".
 */
describe("cars held and cars to be bought", () => {
  it("the cars held are listed by kind, not as figures that disagree (“几台车”)", async () => {
    const r = await samples.ask("市政府办2024年底一共几台车？都是些什么车");
    expectFacts(r, "19辆 15辆 2辆");
    expect(r.answer).toMatch(/机要通信用车 \*\*15辆\*\*/);
    expect(r.answer).toMatch(/应急保障用车 \*\*1辆\*\*/);
    expect(r.answer).not.toContain("不一致");
  });

  it("“准备新增几辆” is the cars to be bought", async () => {
    const r = await samples.ask("市政府办2024年预算准备新增几辆车");
    expectFacts(r, "0辆");
    expect(r.answer).not.toContain("22辆");
  });
});

/**
 * Comparisons and shares asked as follow-ups. 000 line 303: 30215 会议费 2.22; 002 line 486: "2024年本
 * 部门开支会议费0万元". 上海市财政局 2025 单位预算 p13 (rendered): 201 一般公共服务支出 127,886,849 and
 * 2010601 行政运行 84,861,719 元; by hand 84,861,719 ÷ 127,886,849 = 66.36%.
 */
describe("comparisons and shares as follow-ups", () => {
  const finance = usePdfEngine(["shanghai-czj-2025-danwei-yusuan.pdf"]);

  it("“和<另一单位>比呢” compares the figure of the two units", async () => {
    const r = await samples.ask("市政府办2024年会议费", "和区委办比呢");
    expect(r.plan.operation).toBe("difference");
    expectFacts(r, "2.22万元");
    expect(r.answer).toContain("中共株洲市天元区委办公室");
  });

  it("“占比” after a row asked inside a class is its share of that class", async () => {
    const r = await finance.ask("上海市财政局2025年一般公共服务支出", "里面行政运行多少", "占比");
    expectFacts(r, "84861719元 127886849元");
    expect(r.answer).toContain("66.36%");
  });
});

/** 000 line 656 (政府门户网站专项资金项目: 项目支出 48.89 万元) and line 660 (市长热线项目: 510 万元). */
describe("two named projects added, no unit named", () => {
  it("adds them in the unit that has them (“这两个专项一共”)", async () => {
    const r = await samples.ask("市长热线和政府门户网站这两个专项一共花了多少？");
    expect(r.status).toBe("answered");
    expectFacts(r, "510万元 48.89万元");
    expect(r.answer).toContain("558.89万元");
    expect(r.answer).not.toContain("未计入");
  });
});

describe("two editions, the gap asked in the clause after the figure", () => {
  // 司法局 2026 部门预算 p21/p22: 公务接待费 0.83万元; 单位预算 p20: 公务接待费 0.73万元.
  it("'单位预算里的是多少，差多少' after the 部门 edition's figure compares the two", async () => {
    const r = await ask(
      "司法局2026年部门预算三公经费多少",
      "公务接待费多少",
      "单位预算里的接待费是多少，差多少",
    );
    // 0.83 − 0.73 = 0.10
    expect(r.answer).toContain("0.83 − 0.73 = 0.10");
    expectGrounded(r);
  });
});

/**
 * 市政府办: the 2024 预算 (data/docs/003) line 51 "截止2023年12月底，本部门共有公务用车22辆"; the 2024 决算 (000)
 * line 522 "截至2024年12月31日，部门（单位）共有车辆19辆". No document sets one against the other.
 */
describe("two year-ends asked each", () => {
  it("gives each year's count from the document that states it, with where the earlier one is from", async () => {
    const r = await samples.ask("市政府办2023年末和2024年末分别有几辆车");
    expect(r.status).toBe("answered");
    expectFacts(r, "22辆 19辆");
    expect(r.answer).toContain("取自2024年度预算文件");
    expect(r.answer).not.toContain("决算附件中的上年决算数");
  });
});

/**
 * 万里街道: the 2023 部门预算 (rendered page 29) states its cars "截止2022年12月31日" (7), the 2024 one
 * (page 32) "截至2023年8月31日" (7, all 其他用车). A budget's own count is the year before's.
 */
describe("a year's end read from the next year's budget", () => {
  const wanli = usePdfEngine(["putuo-wanli-2023-bumen-yusuan.pdf", "putuo-wanli-2024-bumen-yusuan.pdf"]);

  it("reads <年>末 from next year's budget, with the date it states", async () => {
    const r = await wanli.ask("万里街道2023年末有几辆车");
    expectFacts(r, "7辆");
    // (The kinds its statement lists are cited too, all from that document.)
    expect([...new Set(r.citations.map((c) => c.docId))]).toEqual(["putuo-wanli-2024-bumen-yusuan"]);
    expect(r.answer).toContain("截至2023年8月31日");
    expectGrounded(r);
  });

  it("reads two year-ends listed with 、…各是多少 each from its own document", async () => {
    const r = await wanli.ask("万里街道2022年末、2023年末的车辆各是多少");
    expect(r.answer).toContain("截至2022年底车辆数为 **7辆**");
    expect(r.answer).toContain("截至2023年8月31日车辆数为 **7辆**");
    expect(new Set(r.citations.map((c) => c.docId))).toEqual(
      new Set(["putuo-wanli-2023-bumen-yusuan", "putuo-wanli-2024-bumen-yusuan"]),
    );
    expectGrounded(r);
  });
});

describe("two editions set apart in a follow-up", () => {
  // 司法局 2026: 部门预算 p10 96,282,213.44 元, 单位预算 p8 86,959,408.34 元; 部门预算 p6 (二、部门机构设置):
  // "…包括区司法局本部以及下属1家预算单位…2.普陀区法律援助中心".
  it("“单位预算呢，两个一样吗” compares the two and quotes which bodies the department's edition adds", async () => {
    const r = await ask("司法局2026年部门预算一共多少钱", "那单位预算的总额呢，两个一样吗");
    expect(r.plan.operation).toBe("difference");
    expectFacts(r, "96282213.44元 86959408.34元");
    expect(r.answer).toContain("普陀区法律援助中心");
  });
});
