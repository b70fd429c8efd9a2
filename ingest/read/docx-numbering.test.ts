import { DOMParser } from "@xmldom/xmldom";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { withNumberingText } from "./docx-numbering.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/** A paragraph: its text, and its list (numId, ilvl) or paragraph style. */
const p = (text: string, num?: [number, number], style?: string): string =>
  "<w:p><w:pPr>" +
  (style ? `<w:pStyle w:val="${style}"/>` : "") +
  (num ? `<w:numPr><w:ilvl w:val="${num[1]}"/><w:numId w:val="${num[0]}"/></w:numPr>` : "") +
  `</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

/** A list level: its format and text ("%1、"). */
const lvl = (ilvl: number, format: string, text: string): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;

const part = (root: string, inner: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><w:${root} xmlns:w="${W}">${inner}</w:${root}>`;

async function docx(paragraphs: string[], numbering?: string, styles?: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("word/document.xml", part("document", `<w:body>${paragraphs.join("")}</w:body>`));
  if (numbering !== undefined) zip.file("word/numbering.xml", part("numbering", numbering));
  if (styles !== undefined) zip.file("word/styles.xml", part("styles", styles));
  return zip.generateAsync({ type: "nodebuffer" });
}

/** Each paragraph's text in word/document.xml after withNumberingText. */
async function numbered(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(await withNumberingText(bytes));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  const document = new DOMParser().parseFromString(xml, "text/xml");
  return Array.from(document.getElementsByTagNameNS(W, "p") as ArrayLike<Element>).map((paragraph) =>
    Array.from(paragraph.getElementsByTagNameNS(W, "t") as ArrayLike<Element>)
      .map((t) => t.textContent ?? "")
      .join(""),
  );
}

const CHINESE =
  `<w:abstractNum w:abstractNumId="7">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "chineseCounting", "（%2）")}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>';

describe("withNumberingText: Word's list numbers written into the paragraphs they number", () => {
  it('numbers paragraphs of a chineseCounting "%1、" list 一、二、三', async () => {
    const bytes = await docx(
      [p("收支预算总体情况", [1, 0]), p("说明。"), p("财政拨款", [1, 0]), p("三公", [1, 0])],
      CHINESE,
    );
    expect(await numbered(bytes)).toEqual(["一、收支预算总体情况", "说明。", "二、财政拨款", "三、三公"]);
  });

  it('restarts a second level "（%2）" under each first-level item', async () => {
    const bytes = await docx(
      [p("甲", [1, 0]), p("子", [1, 1]), p("丑", [1, 1]), p("乙", [1, 0]), p("寅", [1, 1])],
      CHINESE,
    );
    expect(await numbered(bytes)).toEqual(["一、甲", "（一）子", "（二）丑", "二、乙", "（一）寅"]);
  });

  it("restarts a level where a num overrides its start (lvlOverride / startOverride)", async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="3">${lvl(0, "decimal", "%1.")}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="3"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    const bytes = await docx([p("a", [1, 0]), p("b", [1, 0]), p("c", [2, 0]), p("d", [2, 0])], numbering);
    expect(await numbered(bytes)).toEqual(["1.a", "2.b", "1.c", "2.d"]);
  });

  it("leaves a bullet list as it is", async () => {
    const numbering =
      CHINESE +
      `<w:abstractNum w:abstractNumId="8">${lvl(0, "bullet", "•")}</w:abstractNum>` +
      '<w:num w:numId="2"><w:abstractNumId w:val="8"/></w:num>';
    const bytes = await docx([p("标题", [1, 0]), p("要点", [2, 0]), p("又一点", [2, 0])], numbering);
    expect(await numbered(bytes)).toEqual(["一、标题", "要点", "又一点"]);
  });

  it("numbers a paragraph whose style is numbered (styles.xml pStyle with numPr)", async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>' +
      '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
    const bytes = await docx(
      [p("部门概况", undefined, "Heading1"), p("正文"), p("预算说明", undefined, "Heading1")],
      CHINESE,
      styles,
    );
    expect(await numbered(bytes)).toEqual(["一、部门概况", "正文", "二、预算说明"]);
  });

  it("returns a document without numbering.xml unchanged", async () => {
    const bytes = await docx([p("一、主要职能"), p("正文")]);
    expect(await withNumberingText(bytes)).toBe(bytes);
  });
});
