import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse/parse-document.js";
import { readDocument } from "./read-document.js";

const fixture = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const read = async (path: string) => readDocument(path, await readFile(path));
const page = (
  body: string,
  head = '<meta charset="utf-8"><title>某局2024年度部门决算_某市人民政府</title>',
) => Buffer.from(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
const menus =
  '<ul class="nav"><li><a href="/">首页</a></li><li>政务公开</li></ul><div class="crumb">首页 &gt; 政府信息公开</div>';
const footer =
  '<div class="footer">主办单位：某市人民政府办公室 网站标识码：1234567890 某ICP备05012345号</div>';
const article = (text: string) => `${menus}<div class="main"><div id="zoom">${text}</div></div>${footer}`;
const sentence =
  "本部门主要职责是贯彻执行国家有关住房和城乡建设的方针政策和法律法规，拟订全市相关规划并组织实施。";
const filler = `<p>${sentence}</p>`.repeat(6);

/**
 * unseen-pdf5's document (肇庆市端州区卫生健康局 2024年度部门决算) as a portal page: LibreOffice Writer's
 * HTML export of its Word file set into a site's page, saved in GBK (fixtures/html/build-portal-page.py).
 * Read off the rendered PDF of the same document: page 8, 支出决算表, 2100301 城市社区卫生机构 本年支出合计
 * 36,547,741.91 元; page 12, 一般公共预算财政拨款支出决算表, the same row's 决算数 合计 1799.73 万元.
 */
describe("a web page: the article of a government portal page", async () => {
  const portal = await read(fixture("../fixtures/html/duanzhou-wjj-2024-juesuan.html"));
  const facts = (text: string, sources?: typeof portal.sources) =>
    parseDocument({ docId: "duanzhou", file: "duanzhou.html", hash: "test", text, sources }).facts;
  const pageFacts = facts(portal.text);

  it("decodes the GBK page its meta tag declares and keeps the site's menus and footer out", () => {
    const lines = portal.text.split("\n");
    expect(lines).toContain("肇庆市端州区卫生健康局");
    expect(lines).toContain("发布时间：2025-09-26");
    expect(portal.text).not.toMatch(/ICP备|网站标识码|当前位置|相关链接|分享到|document\.write/);
  });

  it("reads each table's cells (read off the rendered page)", () => {
    const cell = (table: string, code: string, column: string) =>
      pageFacts.find((f) => f.table === table && f.rowCode === code && f.column.endsWith(column))?.value;
    expect(cell("03", "2100301", "本年支出合计")).toBe("3654.774191");
    expect(cell("05", "2100301", "决算数 / 合计")).toBe("1799.73");
  });

  it("gives the same table facts as the PDF of the same document", async () => {
    const pdf = await read(fixture("../fixtures/unseen/duanzhou-wjj-2024-juesuan.pdf"));
    const cells = (list: ReturnType<typeof facts>) =>
      list
        .filter((f) => f.table)
        .map((f) => [f.table, f.row, f.column, f.value].join("|"))
        .sort();
    expect(cells(pageFacts)).toEqual(cells(facts(pdf.text, pdf.sources)));
  });
});

describe("a web page: how its parts become lines", () => {
  it("a line break outside a table starts a line; a caption is its table's title line", async () => {
    const { text } = await readDocument(
      "a.html",
      page(
        article(
          `<div>一、部门职责<br>（一）负责全市住房保障工作。</div>${filler}` +
            '<table><caption>收入支出决算总表</caption><tr><th rowspan="2">项目</th><th colspan="2">决算数</th></tr>' +
            "<tr><th>本年</th><th>上年</th></tr><tr><td>合计</td><td>1,234.50</td><td>&nbsp;</td></tr></table>",
        ),
      ),
    );
    expect(text.split("\n")).toEqual([
      "某局2024年度部门决算",
      "一、部门职责",
      "（一）负责全市住房保障工作。",
      ...Array<string>(6).fill(sentence),
      "收入支出决算总表",
      "项目\t决算数\t",
      "\t本年\t上年",
      "合计\t1,234.50\t",
    ]);
  });

  it("reads a page declared UTF-8 whose bytes are GBK, and a GBK page that declares nothing", async () => {
    const gbk = (await readFile(fixture("../fixtures/html/duanzhou-wjj-2024-juesuan.html"))).toString(
      "latin1",
    );
    const declaredUtf8 = gbk.replace("charset=gb2312", "charset=utf-8");
    const undeclared = gbk.replace(/<meta http-equiv="Content-Type"[^>]*>/, "");
    expect(declaredUtf8).not.toEqual(gbk);
    expect(undeclared).not.toEqual(gbk);
    for (const bytes of [declaredUtf8, undeclared])
      expect((await readDocument("a.htm", Buffer.from(bytes, "latin1"))).text).toContain(
        "肇庆市端州区卫生健康局",
      );
  });

  it("finds the article inside a layout table and leaves the site's cells out", async () => {
    const { text } = await readDocument(
      "a.html",
      page(
        `<table><tr><td>${menus}</td></tr><tr><td><p>某局2024年度部门决算</p>${filler}` +
          "<table><tr><td>合计</td><td>10.00</td></tr></table></td></tr><tr><td>" +
          `${footer}</td></tr></table>`,
      ),
    );
    expect(text.split("\n").slice(0, 2)).toEqual(["某局2024年度部门决算", sentence]);
    expect(text).toContain("合计\t10.00");
    expect(text).not.toMatch(/首页|ICP备/);
  });

  it("the site's name in a logo heading is no title: the page's <title> before the site's name is", async () => {
    const { text } = await readDocument(
      "a.html",
      page(`<h1 class="logo">某市人民政府门户网站</h1>${article(`<p>一、部门职责</p>${filler}`)}`),
    );
    expect(text.split("\n").slice(0, 2)).toEqual(["某局2024年度部门决算", "一、部门职责"]);
  });

  it("a page without article text is refused with a clear error", async () => {
    await expect(
      readDocument("empty.html", page("<script>var a = 1;</script><div>  </div>")),
    ).rejects.toThrow(/empty\.html: the web page has no article text/);
  });
});
