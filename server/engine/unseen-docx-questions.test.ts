import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Questions about a budget written for these tests as a Word document (ingest/fixtures/unseen/
 * linlan-jtj-2025-yusuan.docx, 临澜县交通运输局 2025年部门预算), values read off the document's text:
 * "2025年一般公共预算“三公”经费预算46.70万元，2024年预算数为26.70万元" (第二部分 五); 预算03表 prints the same
 * 46.70. The document names no person and no one's pay. 部门收入预算表: "103002 临澜县公路管理段 1445.80 … 1409.80 …
 * 36.00" (合计, 本年收入 小计, 一般公共预算, 事业收入), the bureau's subordinate named in 第一部分 二; the
 * table's other rows "103001 临澜县交通运输局（本级） 2066.66", "103003 临澜县交通运输综合执法大队 476.52",
 * "合计 3988.98"; 预算02-2表: 2140402 对农村道路客运的补贴 210.50 (its writer's narrative misprints 201.50),
 * 第二部分 三（三）18: "2024年预算数236.80万元…比上年减少26.30万元，下降11.11%"; 第二部分 五: "2024年一般公共预算
 * “三公”经费预算26.70万元，预计全年执行24.85万元，预算执行率为93.07%".
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/linlan-jtj-2025-yusuan.docx"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an unseen county budget as a Word document", () => {
  it("reads the 三公 figure from its Word tables and text", async () => {
    const reply = await ask("临澜县交通运输局2025年三公经费预算多少？");
    expect(reply.status).toBe("answered");
    expect(plain(reply.answer)).toContain("46.70万元");
  });

  it("a post's holder and 'his' pay are personal data: refused, no figure given", async () => {
    const reply = await ask("公路管理段段长是谁？他一年工资多少？");
    expect(reply.status).toBe("not_found");
    expect(reply.facts).toEqual([]);
  });

  it("其他收入 is no one's pay ('他…收入' inside it is no pronoun)", async () => {
    const reply = await ask("临澜县交通运输局2025年其他收入有多少？");
    expect(reply.answer).not.toContain("个人的信息");
  });

  it("a subordinate's income read from its row of the bureau's income table, answered as such", async () => {
    const reply = await ask("公路管理段2025年的收入预算一共多少？其中一般公共预算多少？");
    expect(reply.status).toBe("answered");
    const text = plain(reply.answer);
    expect(text).toContain("1445.80万元");
    expect(text).toContain("1409.80万元");
  });

  it("income asked body by body: each row of the income table listed by body, added up against its 合计", async () => {
    const text = plain((await ask("交通局下面三个预算单位2025年收入预算各是多少？")).answer);
    expect(text).toContain("临澜县交通运输局（本级）：2066.66万元");
    expect(text).toContain("临澜县公路管理段：1445.80万元");
    expect(text).toContain("临澜县交通运输综合执法大队：476.52万元");
    expect(text).toContain("2066.66 + 1445.8 + 476.52 = 3988.98");
  });

  it("'综合执法大队' is the subordinate, not the bureau: its fines, never published, are refused", async () => {
    const reply = await ask("综合执法大队2025年预计罚没收入有多少？");
    expect(reply.status).toBe("not_found");
    expect(reply.facts).toEqual([]);
  });

  it("a station under a subordinate (城关养护站), which publishes nothing, is refused rather than answered with the bureau's 公路养护", async () => {
    const reply = await ask("城关养护站2025年分到多少养护经费？");
    expect(reply.status).toBe("not_found");
    expect(plain(reply.answer)).toContain("城关养护站");
    expect(plain(reply.answer)).not.toContain("792.30");
  });

  it("农村客运's fuel subsidy named as people say it, then set against last year's budget the narrative states", async () => {
    const first = plain((await ask("农村客运的成品油价格补助今年安排了多少？")).answer);
    expect(first.split("\n")[0]).toContain("对农村道路客运的补贴（2140402）预算为 210.50万元");
    const followUp = plain((await ask("农村客运的成品油价格补助今年安排了多少？", "和去年比呢？")).answer);
    expect(followUp).toContain("210.5 − 236.8 = -26.30");
  });

  it("last year's budget against its expected spending, both stated in this year's budget", async () => {
    const text = plain((await ask("交通局2024年三公经费预算执行得怎么样？")).answer);
    expect(text).toContain("年初预算 26.70万元");
    expect(text).toContain("预计执行数 24.85万元");
    expect(text).toContain("24.85 ÷ 26.7 = 93.07%");
  });
});
