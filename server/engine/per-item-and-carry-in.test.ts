import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

const plain = (s: string) => s.replace(/\*\*|\[\d+\]/g, "");

/**
 * An amount over the number of things its sentence says it is for. Read off the text export
 * (ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt, line 292): "乡镇卫生院（项）4,128.45万元，主要用于
 * 10个乡镇卫生院人员经费、公用经费和服务能力提升".
 */
describe("an amount over the things it is for, and over the months", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt"]);

  it("divides by the count the sentence states, formula shown", async () => {
    const text = plain(
      (await ask("鼎城区卫健局安排给乡镇卫生院的一般公共预算，平均每个卫生院是多少")).answer,
    );
    expect(text).toContain("平均每个 412.85万元/个");
    expect(text).toContain("4128.45 ÷ 10 = 412.85");
  });

  it("reads 每个月 as months, and a figure printed with a thousands separator whole", async () => {
    const text = plain((await ask("卫健局的乡镇卫生院平均每个月要花多少钱")).answer);
    expect(text).toContain("4128.45 ÷ 12 = 344.04");
    expect(text).not.toMatch(/412\.85|(?<![\d,])128\.45/);
  });
});

/**
 * A budget with a carry-in, its income by body on two pages (ingest/fixtures/unseen/xiaogan-yjglj-2025-
 * yusuan.pdf, read off the rendered pages): page 5, 表1 "本年收入合计 3,771.96", "上年结转 20.40", "收入总计
 * 3,792.36"; pages 6–7, 表2 "115003 孝感市应急救援保障中心 … 上年结转 20.40", "115004 孝感市地震监测中心 342.60".
 */
describe("this year's income, the carry-in beside it, and a body's row of both", () => {
  const { ask } = useFilesEngine(["ingest/fixtures/unseen/xiaogan-yjglj-2025-yusuan.pdf"]);

  it("breaks down this year's income and says the carry-in and the 总计 after it, no conflict claimed", async () => {
    const text = plain((await ask("孝感应急局今年的钱是从哪几个口子来的")).answer);
    expect(text).toContain("收入合计预算为 3771.96万元");
    expect(text).toContain("此外上年结转 20.40万元（不属本年收入合计），与之相加即收支总计 3792.36万元");
    expect(text).not.toContain("不一致");
  });

  it("answers a body's carry-in from its row of the income table", async () => {
    const reply = await ask("应急救援保障中心带进今年的上年结转是多少");
    expect(reply.status).toBe("answered");
    expect(plain(reply.answer)).toContain("上年结转 20.40万元");
  });

  it("sets a body's row against the department's 收入总计", async () => {
    const text = plain((await ask("地震监测中心的收入在全局收入总计里占几成")).answer);
    expect(text).toContain("342.6 ÷ 3792.36 = 9.03%");
  });
});
