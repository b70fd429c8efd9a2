import { describe, expect, it } from "vitest";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectFacts } from "./answer-expect.js";
import { normalizeQuestion } from "./normalize-question.js";

const plain = (s: string) => s.replace(/\*\*/g, "");

/**
 * Pinyin slips, a request to see the arithmetic, and "which recipients" questions.
 * Sample final accounts (data/docs): 000 line 496 ("公务接待费支出预算为11万元，支出决算为1.12万元"),
 * line 306 (公用经费合计 2,104.76), line 184 (合计 基本支出 4,723.85); 001 line 1132 ("“三公”经费财政
 * 拨款支出预算为40万元，支出决算为23.3万元，完成预算的58.25%"). By hand: 2104.76 ÷ 4723.85 = 44.56 %,
 * 23.3 ÷ 40 = 58.25 %.
 */
describe("slips of a pinyin input method and a request for the formula", () => {
  const { ask } = useSampleEngine();

  it("reads 公务借贷费 as 公务接待费 and 绝算 as 决算", async () => {
    expectFacts(await ask("市政府办2024年度公务借贷费的决算数"), "1.12万元");
    expectFacts(await ask("市政府办2024年公务接待费绝算多少"), "1.12万元");
  });

  it("answers a share with its formula when the arithmetic is asked for", async () => {
    const r = await ask("市政府办2024年公用经费在基本支出里占多大比例，把算式列出来");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("2104.76 ÷ 4723.85 = 44.56%");
  });

  it("shows the arithmetic of a printed execution rate when asked how it is worked out", async () => {
    const r = await ask("驻京办2024年三公经费的预算执行率是怎么算的");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("23.3 ÷ 40 = 58.25%");
    expect(plain(r.answer)).toContain("与文件所列一致");
  });

  // 000 line 522: "单位价值100万元以上设备（不含车辆）0台（套）"; 001 line 1154: "单位价值50万元以上通用设备
  // 0台（套）；单位价值100万元以上专用设备0台（套）".
  it("quotes the count of a price class of assets, and never another threshold's as the answer", async () => {
    const stated = await ask("市政府办单价100万元以上的设备有没有");
    expect(stated.status).toBe("answered");
    expect(stated.answer).toContain("单位价值100万元以上设备（不含车辆）0台（套）");
    const general = await ask("驻京办的通用设备里单价50万元以上的有几台");
    expect(general.status).toBe("answered");
    expect(general.answer).toContain("单位价值50万元以上通用设备0台（套）");
    expect(general.answer).not.toContain("专用设备");
    const other = await ask("市政府办单价50万元以上的设备有几台");
    expect(other.status).toBe("not_found");
    expect(other.answer).toContain("单位价值100万元以上设备（不含车辆）0台（套）");
    expect(other.answer).toContain("档次不同");
  });

  // 002 line 474: "全年共接待来访团组1个、来宾6人次，主要是接待包头市九原区委书记一行来株调研".
  it("answers whom a unit received from the passage describing its guests", async () => {
    const r = await ask("天元区委办2024年公务接待接待的是哪些人");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("九原区委书记一行");
  });

  // 002 line 259 (301 工资福利支出 537.80) and line 273 (303 对个人和家庭的补助 6.49): 537.8 + 6.49 = 544.29.
  it("adds two rows asked as 'A加B等于多少'", async () => {
    const r = await ask("天元区委办的工资福利支出加上对个人和家庭的补助，等于多少");
    expect(r.status).toBe("answered");
    expect(plain(r.answer)).toContain("537.8 + 6.49 = 544.29");
  });

  it("refuses a supplier's name", async () => {
    const r = await ask("驻京办公务接待的供应商是谁");
    expect(r.status).toBe("not_found");
  });
});

/** 上海 普陀区商务委 2025 部门预算 p23 (rendered): "2025年度项目总预算1720.00万，其中各级企业技术中心及专精特新认定1720.00万". */
describe("the companies a fund supported", () => {
  const { ask } = usePdfEngine(["putuo-swh-2025-bumen-yusuan.pdf"]);

  it("refuses the list of companies", async () => {
    const r = await ask("科技创新专项这笔钱（商务委）支持了哪几家企业");
    expect(r.status).toBe("not_found");
  });

  it("refuses 'each one's amount' after asking which companies, naming the fund's total", async () => {
    const r = await ask("商务委科技创新专项资金给了哪几家企业？每家拿了多少");
    expect(r.status).toBe("not_found");
    expect(plain(r.answer)).toContain("1720.00万元");
    expect(r.answer).not.toMatch(/^上海市普陀区商务委员会2025年度科技创新专项项目预算为/m);
  });

  it("refuses each company's amount and names the fund's total as the closest", async () => {
    const r = await ask("商务委科技创新专项每家企业拿到多少钱");
    expect(r.status).toBe("not_found");
    expect(plain(r.answer)).toContain("1720.00万元");
    expect(r.answer).toContain("每家受助企业");
  });
});

/**
 * 上海 普陀区司法局 2026 单位预算, rendered: p20 (三公 table, 万元) 公务接待费 0.73; p19 (基本支出经济分类,
 * 元) 302 17 公务接待费 7,315.00. 7315 元 = 0.7315万元, which is 0.73 to two decimals.
 */
describe("a 万元 figure asked in 元", () => {
  const { ask } = usePdfEngine(["putuo-sfj-2026-danwei-yusuan.pdf"]);

  it("converts without invented cents, and cites the line a table prints in 元", async () => {
    const r = await ask("普陀司法局单位预算的公务接待费", "换算成元是多少");
    expect(r.status).toBe("answered");
    const text = plain(r.answer);
    expect(text).toContain("0.73万元");
    expect(text).toContain("即7300元");
    expect(text).not.toContain("7300.00");
    expect(text).toContain("7315.00元");
  });
});

/**
 * Finance staff's two-character short forms. 000 line 306 (公开06表): 人员经费合计 2,619.09, 公用经费合计
 * 2,104.76; line 184 (公开03表): 合计 基本支出 4,723.85, 项目支出 763.33. 001 line 1132: "“三公”经费财政拨款
 * 支出…支出决算为23.3万元".
 */
describe("short forms finance staff write", () => {
  const { ask } = useSampleEngine();

  it("reads 人经/公经 and 基支/项支 as the four figures", async () => {
    expectFacts(await ask("市政府办2024年人经和公经分别多少"), "2619.09万元 2104.76万元");
    expectFacts(await ask("市政府办2024年基支、项支各多少"), "4723.85万元 763.33万元");
  });

  it("never rewrites 办公经费, 三公经费 or 各项支出", () => {
    const q = normalizeQuestion("压减办公经费后三公经费和各项支出如何");
    expect(q).toContain("办公经费");
    expect(q).toContain("三公经费");
    expect(q).toContain("各项支出");
  });

  it("never rewrites 专项支持, 专项支出 or 这项支出 (支持 and 支出 are words of their own)", () => {
    for (const words of ["科技创新专项支持什么", "专项支出多少", "这项支出是什么"])
      expect(normalizeQuestion(words)).not.toContain("项目支出");
  });

  it("'多少个w' asks an amount in 万, not a count", async () => {
    const r = await ask("驻京办2024年三公决算有多少个w");
    expect(r.status).toBe("answered");
    expectFacts(r, "23.3万元");
  });
});

/** 000 line 291 (公开06表): 30215 会议费 2.22. */
describe("a number the asker quotes in a follow-up", () => {
  const { ask } = useSampleEngine();

  it("is an amount checked against the figure before, never a subject code ('201.50' is no 201)", async () => {
    const r = await ask("市政府办2024年会议费多少", "表里写的201.50对吗");
    expect(r.status).toBe("answered");
    expectFacts(r, "2.22万元");
    expect(r.answer).not.toContain("一般公共服务支出");
    expect(r.answer).toContain("与文件不符");
  });
});
