import { describe, expect, it } from "vitest";
import { useFilesEngine } from "../testing/sample-engine.js";

/**
 * Questions about a final account written for these tests in LibreOffice Writer and printed to PDF
 * (ingest/fixtures/unseen/duanzhou-wjj-2024-juesuan.pdf, 肇庆市端州区卫生健康局 2024年度部门决算), values
 * read off the rendered pages: page 8, 支出决算表: 2100301 城市社区卫生机构 本年支出合计 36,547,741.91 元;
 * page 12, 一般公共预算财政拨款支出决算表 (万元): the same row's 决算数 合计 1799.73.
 */
const { ask } = useFilesEngine(["ingest/fixtures/unseen/duanzhou-wjj-2024-juesuan.pdf"]);
const plain = (s: string) => s.replace(/\*\*/g, "");

describe("an unseen final account printed by LibreOffice Writer", () => {
  it("'只算一般公共预算财政拨款呢' after a row's all-funds figure reads the row in that fund's table", async () => {
    const reply = await ask(
      "城市社区卫生机构一共支出了多少钱？算上所有资金。",
      "只算一般公共预算财政拨款呢？",
    );
    const headline = plain(reply.answer).split("\n")[0];
    expect(headline).toContain("城市社区卫生机构");
    expect(headline).toContain("1799.73万元");
  });
});
