import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../lib/app-error.js";
import { readDocument } from "../read-document.js";
import { expandDeltas } from "./ofd-text.js";

const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

interface PackageParts {
  pages: string[];
  template?: string;
  resources?: string;
  docRoot?: string;
}

/** An .ofd as converters lay it out: OFD.xml → Doc_0/Document.xml → pages, a template, resources. */
async function ofdPackage({ pages, template, resources, docRoot = "Doc_0/Document.xml" }: PackageParts) {
  const zip = new JSZip();
  zip.file(
    "OFD.xml",
    `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD ${NS} DocType="OFD" Version="1.1"><ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo><ofd:DocRoot>${docRoot}</ofd:DocRoot></ofd:DocBody></ofd:OFD>`,
  );
  const pageList = pages.map((_, k) => `<ofd:Page ID="${k + 10}" BaseLoc="Pages/Page_${k}/Content.xml"/>`);
  zip.file(
    "Doc_0/Document.xml",
    `<ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>${
      template ? '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>' : ""
    }</ofd:CommonData><ofd:Pages>${pageList.join("")}</ofd:Pages></ofd:Document>`,
  );
  zip.file(
    "Doc_0/PublicRes.xml",
    `<ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="3" FontName="宋体"/></ofd:Fonts>${resources ?? ""}</ofd:Res>`,
  );
  if (template)
    zip.file(
      "Doc_0/Tpls/Tpl_0/Content.xml",
      `<ofd:Page ${NS}><ofd:Content>${template}</ofd:Content></ofd:Page>`,
    );
  pages.forEach((content, k) =>
    zip.file(
      `Doc_0/Pages/Page_${k}/Content.xml`,
      `<ofd:Page ${NS}>${template ? '<ofd:Template TemplateID="2" ZOrder="Background"/>' : ""}<ofd:Content><ofd:Layer ID="${k + 100}">${content}</ofd:Layer></ofd:Content></ofd:Page>`,
    ),
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

/** A text object at (x, y) mm, 3.175 mm characters, the baseline 3 mm below its top. */
const text = (x: number, y: number, chars: string, deltaX: string) =>
  `<ofd:TextObject ID="1" Boundary="${x} ${y} 60 5" Font="3" Size="3.175"><ofd:TextCode X="0" Y="3" DeltaX="${deltaX}">${chars}</ofd:TextCode></ofd:TextObject>`;
/** A cell's border as one closed rectangle, the way some converters draw every cell. */
const cell = (x: number, y: number, width: number, height: number) =>
  `<ofd:PathObject ID="2" Boundary="${x} ${y} ${width} ${height}" LineWidth="0.25"><ofd:AbbreviatedData>M 0 0 L ${width} 0 L ${width} ${height} L 0 ${height} C</ofd:AbbreviatedData></ofd:PathObject>`;

describe("OFD's DeltaX", () => {
  it("expands the g form of repeated advances, alone and mixed with plain ones", () => {
    expect(expandDeltas("g 3 2.1 4.2")).toEqual([2.1, 2.1, 2.1, 4.2]);
    expect(expandDeltas("g 2 1.5875 3.175 g 2 1.5875")).toEqual([1.5875, 1.5875, 3.175, 1.5875, 1.5875]);
    expect(expandDeltas(null)).toEqual([]);
  });
});

describe("an OFD page read by position", async () => {
  const grid = [0, 1, 2].flatMap((row) => [cell(20, 40 + row * 8, 60, 8), cell(80, 40 + row * 8, 40, 8)]);
  const page = [
    // Objects written column by column, as one converter does: order must not matter.
    text(82, 57, "12.50", "g 4 1.5875"),
    text(82, 49, "123.45", "g 5 1.5875"),
    text(22, 57, "商品和服务支出", "g 6 3.175"),
    text(22, 49, "工资福利支出", "g 5 3.175"),
    // The header row: two adjacent cells in one TextCode, a wide jump between them.
    text(22, 41, "项目金额", "3.175 60 3.175"),
    ...grid,
    // A line drawn twice (a converter's emboldening) is read once.
    text(20, 20, "某县人力资源和社会保障局", "g 11 3.175"),
    text(20, 20, "某县人力资源和社会保障局", "g 11 3.175"),
    // Text in points through a CTM, inside a composite graphic from the resources.
    '<ofd:CompositeObject ID="7" Boundary="0 0 210 297" CTM="0.3528 0 0 0.3528 0 0" ResourceID="50"/>',
  ];
  const resources =
    '<ofd:CompositeGraphicUnits><ofd:CompositeGraphicUnit ID="50" Width="595" Height="842"><ofd:Content><ofd:TextObject ID="51" Boundary="56.7 283.5 200 20" Font="3" Size="9"><ofd:TextCode X="0" Y="9" DeltaX="g 7 9">注：本表金额单位万元</ofd:TextCode></ofd:TextObject></ofd:Content></ofd:CompositeGraphicUnit></ofd:CompositeGraphicUnits>';
  const {
    text: read,
    pages,
    format,
  } = await readDocument("budget.ofd", await ofdPackage({ pages: [page.join("")], resources }));
  const lines = read.split("\n");

  it("reads the cells of a table ruled by one rectangle per cell as tab-separated rows, in the page's order", () => {
    expect(format).toBe("ofd");
    expect(pages).toBe(1);
    expect(lines).toContain("项目\t金额");
    expect(lines).toContain("工资福利支出\t123.45");
    expect(lines).toContain("商品和服务支出\t12.50");
    expect(lines.indexOf("项目\t金额")).toBeLessThan(lines.indexOf("工资福利支出\t123.45"));
  });

  it("reads a line drawn twice once, and text placed through a composite graphic's CTM where the page shows it", () => {
    expect(lines.filter((line) => line === "某县人力资源和社会保障局")).toHaveLength(1);
    expect(lines[0]).toBe("某县人力资源和社会保障局");
    expect(lines.at(-1)).toBe("注：本表金额单位万元");
  });
});

describe("an OFD that cannot be read is refused with a clear error", () => {
  const codeOf = async (bytes: Buffer) => {
    const error = await readDocument("bad.ofd", bytes).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    return [(error as AppError).code, (error as AppError).message];
  };

  it("an empty file, a file that is no ZIP, a package without its document, and malformed XML", async () => {
    expect(await codeOf(Buffer.alloc(0))).toEqual(["EMPTY_FILE", "bad.ofd: the file is empty"]);
    expect((await codeOf(Buffer.from("PK not a zip")))[1]).toMatch(
      /bad\.ofd: not a readable OFD document \(not a ZIP/,
    );
    expect((await codeOf(await ofdPackage({ pages: [], docRoot: "Doc_9/Document.xml" })))[1]).toMatch(
      /no Doc_9\/Document\.xml/,
    );
    expect((await codeOf(await ofdPackage({ pages: ["<ofd:TextObject"] })))[1]).toMatch(
      /not well-formed XML/,
    );
  });

  it("pages with images only: no text to read, said so", async () => {
    const image = '<ofd:ImageObject ID="5" Boundary="0 0 210 297" ResourceID="9"/>';
    expect(await codeOf(await ofdPackage({ pages: [image, image] }))).toEqual([
      "NO_TEXT_LAYER",
      "bad.ofd: the OFD has no text to read (page images only?); run OCR on it first",
    ]);
  });
});
