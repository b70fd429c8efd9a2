import { describe, expect, it } from "vitest";
import { DOC } from "../testing/sample-index.js";
import { usePdfEngine, useSampleEngine } from "../testing/sample-engine.js";
import { expectCited } from "./answer-expect.js";

/**
 * Rendered pages (pdftoppm -r 80): putuo-sfj-2026-bumen-yusuan.pdf p23, 人民调解项目经费情况说明: "四、实施方案
 * 1.与区人民调解协会签订《普陀区司法局购买人民调解服务合同》…", "六、年度预算安排 795万元" (no parts);
 * putuo-swh-2025-bumen-yusuan.pdf p26, 贸易高质量发展专项: "六、年度预算安排 … 其中支持外贸发展370.00万，支持
 * 商销稳增长30.00万 …"; p5, 上海市普陀区商务委员会机构设置: "2. 上海市普陀区中小企业服务中心，不单列预算。"
 * (the 单位 edition's 机构设置 lists the 9 科 only).
 */
const pdf = usePdfEngine([
  "putuo-sfj-2026-bumen-yusuan.pdf",
  "putuo-swh-2025-bumen-yusuan.pdf",
  "putuo-swh-2025-danwei-yusuan.pdf",
]);

describe("how a project's money is arranged", () => {
  it("a write-up with no parts: how the work is carried out (实施方案), with the amount", async () => {
    const r = await pdf.ask("普陀司法局人民调解这笔经费具体如何安排");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("区人民调解协会签订");
    expect(r.answer).toContain("795.00万元");
  });

  it("a write-up that states parts: the parts and their amounts, not the plan", async () => {
    const r = await pdf.ask("贸易高质量发展专项那笔钱商务委怎样安排");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("370.00万元");
    expect(r.answer).not.toContain("制定实施流程和细则");
  });
});

describe("whether a subordinate body has a budget of its own", () => {
  it("is read where the 部门 edition lists its bodies, not from the 单位 edition's offices", async () => {
    const r = await pdf.ask("商务委底下那个事业单位是不是单独编预算");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("不单列预算");
    expect(r.citations[0]?.docId).toBe("putuo-swh-2025-bumen-yusuan");
  });

  it("asked beside the offices, of the body by its own name, one passage answers both", async () => {
    const r = await pdf.ask("商务委内设机构有几个？它那个中小企业服务中心是否单列了预算？");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("9个内设机构");
    expect(r.answer).toContain("不单列预算");
    expect(r.answer).not.toContain("未找到");
  });
});

/** data/docs/001 line 1141: "全年公务接待16批次176人次，支出2.71万元；…主要是因招商引资，市委、市政府领导及各市直单位在京公务活动发生的接待支出。" */
const sample = useSampleEngine();

describe("what a reception was", () => {
  it("“接待了些什么” is whom it received: the sentence describing the guests", async () => {
    const r = await sample.ask("驻北京联络处去年都招待了一些什么");
    expect(r.status).toBe("answered");
    expect(r.answer).toContain("16批次176人次");
    expect(r.answer).toContain("各市直单位在京公务活动");
    expectCited(r, DOC.beijingFinal, 1141);
  });
});
