import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { neutralizeMarkup, safeAnswer } from "./sanitize-markdown.js";

/**
 * A sentence of data/docs/001 (line 7) with markup planted in it, quoted the way the engine
 * quotes a passage (compose.ts: "> " lines, a " > " section path, a [n] marker).
 */
const SENTENCE = "负责市委、市人民政府领导在京公务活动的接待工作；";
const planted = (payload: string) =>
  `> ${SENTENCE.replace("；", `${payload}；`)}\n> —— 摘自「第一部分 > 部门职责」[1]`;

/** What a browser would build from the Markdown, without any sanitiser. */
const html = (markdown: string) => marked.parse(markdown, { async: false });

describe("neutralizeMarkup", () => {
  it.each([
    ["an image with an onerror handler", '<img src=x onerror="alert(1)">'],
    ["a script element", "<script>alert(2)</script>"],
    ["an iframe", '<iframe src="https://example.com"></iframe>'],
    ["an HTML comment", "<!-- x --><b>x</b>"],
    ["an autolink to a script URL", "<javascript:alert(3)>"],
    ["a Markdown link to a script URL", "[点我](javascript:alert(4))"],
    ["a script URL with a tab inside", "[点我](java\tscript:alert(5))"],
    ["a script URL spelled with entities", "[点我](&#106;avascript&#58;alert(6))"],
    ["a vbscript URL", "[点我](VBScript:msgbox(7))"],
    ["an entity-encoded tag", "&lt;img src=x onerror=alert(8)&gt;"],
  ])("%s in a quoted passage renders as text, not markup", (_name, payload) => {
    const out = html(neutralizeMarkup(planted(payload)));
    expect(out).not.toMatch(/<(img|script|iframe|b)\b/i);
    expect(out).not.toMatch(/<!--/);
    expect(out).not.toMatch(/href="\s*(java|vb)\s*script:/i);
    expect(out).not.toMatch(/href="&#/);
    expect(out).toContain(SENTENCE.slice(0, -1));
  });

  it("leaves the engine's own Markdown as it was: bold, lists, quotes, section paths, markers", () => {
    const answer = [
      "株洲市人民政府驻北京联络处2024年度三公经费决算为 **23.30万元**[1]。",
      "- 公务接待费 **3.60万元**[2]",
      "> 部门职责\n> —— 摘自「第一部分 > 部门职责」[3]",
      "**来源**\n\n1. 株洲市人民政府驻北京联络处 2024年度决算｜一般公共预算 > 行政运行｜第5行",
    ].join("\n\n");
    expect(neutralizeMarkup(answer)).toBe(answer);
  });

  it("keeps the text readable: < and > of the document show as themselves once rendered", () => {
    const out = html(neutralizeMarkup("增幅<5%，支出>收入"));
    expect(out).toBe("<p>增幅&lt;5%，支出&gt;收入</p>\n");
  });
});

describe("safeAnswer", () => {
  it("neutralises the answer and every citation's excerpt, and nothing else", () => {
    const payload = '<img src=x onerror="alert(1)">';
    const citation = {
      id: "001:s1",
      docId: "001",
      unit: "株洲市人民政府驻北京联络处",
      year: 2024,
      kind: "决算" as const,
      excerpt: SENTENCE.replace("；", `${payload}；`),
    };
    const out = safeAnswer({ answer: planted(payload), citations: [citation], status: "answered" });
    expect(out.answer).not.toContain("<");
    expect(out.citations[0].excerpt).not.toContain("<");
    expect(out.citations[0]).toMatchObject({ id: "001:s1", unit: citation.unit });
    expect(out.status).toBe("answered");
  });
});
