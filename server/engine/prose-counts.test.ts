import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { useSampleEngine } from "../testing/sample-engine.js";
import { expectCited } from "./answer-expect.js";

/**
 * Counts stated only in prose, found by what they count and by the point they belong to. From
 * data/docs/000: line 636 ("三是抓好“三供一业”改革。…涉改的白鹤园小区 130 户和政府大院家属区 62 户已基本
 * 完成…"), lines 658–660 (under "（2）市长热线项目": "12345 热线全年共接通企业和群众来电 490871 次，交办
 * 工单 172117 件，办结率 99.56%、满意率 95.73%").
 */
const { ask } = useSampleEngine();

describe("a count in a report's point", () => {
  it("the point's lead says what the sentence after it counts", async () => {
    const r = await ask("市政府办三供一业改革一共涉及几户");
    expect(r.status).toBe("answered");
    expect(r.answer).toMatch(/130\s*户/);
    expect(r.answer).toMatch(/62\s*户/);
    expectCited(r, DOC.cityFinal, 636);
  });
});

describe("a count by another word for what is counted", () => {
  it("电话 is counted as 来电, under the project the heading names", async () => {
    const r = await ask("市政府办12345热线一年接听了多少个电话，办结率是多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toMatch(/490871\s*次/);
    expect(r.answer).toContain("99.56%");
  });
});

describe("a project named without its unit", () => {
  // 000 line 660: 市长热线项目 项目支出 510 万元 — only 株洲市人民政府办公室's documents name it.
  it("is read as the one unit's project, and the answer says so", async () => {
    const r = await ask("市长热线专项一年支出了多少");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("510");
    expect(r.answer).toContain("是株洲市人民政府办公室的项目");
  });
});

describe("the noun a count counts", () => {
  // 001 line 1141: "全年公务接待16批次176人次，支出2.71万元；商务接待5批次47人，支出0.86万元".
  it("多少批客人 is answered by the 批次 the reception counts state; 分开说 only lays the answer out", async () => {
    const r = await ask("驻京办2024年来了多少批客人，公务、商务分开说");
    expect(r.status).toBe("answered");
    for (const figure of ["16批次", "176人次", "5批次", "47人"]) expect(r.answer).toContain(figure);
    expectCited(r, DOC.beijingFinal, 1141);
  });
});

/**
 * A rate stated in prose. 000 lines 530 and 534: "八是服务对象满意度指标：市长热线办结率达到 100%。"; lines 642, 660:
 * "…交办工单172117件，办结率99.56%、满意率95.73%。"
 */
describe("a rate stated in prose", () => {
  it("quotes the sentences that state it, each with its own figure", async () => {
    const r = await ask("市长热线专项2024年花了多少", "热线办结率呢");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("办结率99.56%");
    expect(r.answer).toContain("市长热线办结率达到100%");
  });
});

describe("a count asked in a classifier of its own", () => {
  // 002 line 634: "年内扫描 24 个单位 1628 卷、19466件、20万页"; further on the same project states
  // "累计完成档案扫描150万页" — pages, not volumes.
  it("is the count in that classifier, not another count of the same things", async () => {
    const r = await ask("天元区委办2024年数字化扫描了几卷档案");
    const text = r.answer.replace(/\*\*/g, "").replace(/\s+/g, "");
    expect(text).toContain("1628卷");
    expect(text).not.toContain("累计完成档案扫描150万页");
  });
});

describe("a count the same year's two documents state otherwise", () => {
  // 000 (决算) line 86: "株洲市人民政府办公室内设机构包括：25 个内设科室、…"; line 594: "本部门编制数 138 人，在职人数
  // 125 人" (people, not bodies); 003 (预算说明) line 29: "根据编办核定，我单位内设科室19个，分别是：…".
  it("quotes both documents' counts of the thing asked, and no count of something else", async () => {
    const r = await ask("市政府办一共有几个内设科室");
    const text = r.answer.replace(/\s+/g, "");
    expect(text).toContain("25个内设科室");
    expect(text).toContain("内设科室19个");
    expect(text).not.toContain("138人");
    expect(text).toContain("同一年度的预算文件所写与决算文件不同");
  });
});

describe("how much work was done", () => {
  // 002 line 634: "…对馆藏郊区永久文书档案进行数字化扫描和挂接，年内扫描24个单位1628卷、19466件、20万页，目录录入13545条。"
  it("“做了多少活” is a count of the work, quoted as the report states it", async () => {
    const r = await ask("天元区委办档案数字化一年干了多少活");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("1628卷、19466件、20万页");
  });
});

/**
 * 000 line 592 (附件): "我单位内设科室 25 个，分别是：文电科、…"; line 86 (概况): "内设机构包括：25 个内设科室、
 * 株洲市人民政府驻北京联络处、…", the divisions counted among other bodies.
 */
describe("the sentence that counts the divisions and names them", () => {
  it("comes first, before one counting them among other bodies", async () => {
    const r = await ask("株洲市政府办一共设了几个科室？都叫什么");
    const first = r.answer.indexOf("内设科室25个，分别是：文电科");
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(r.answer.indexOf("内设机构包括："));
  });
});
