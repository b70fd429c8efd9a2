import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { AppError } from "../../lib/app-error.js";
import { parseDocument } from "../parse/parse-document.js";
import { readDocument } from "./read-document.js";
import { ARCHIVE_LIMITS, archiveReader } from "./archive-members.js";
import { decodeMemberName, zipArchive } from "./zip-archive.js";

/**
 * Disclosures published as a .zip of their parts. The archives are made here from fixture
 * documents, so what each member holds is known: a Word document alone (its facts must be the
 * same read from the archive), a text export cut in two members numbered "2." and "10." (the
 * archive lists them the other way round), desktop litter, a picture and a broken member.
 */
const WORD = "ingest/fixtures/unseen/linlan-jtj-2025-yusuan.docx";
const TEXT = "ingest/fixtures/unseen/changde-weijian-2025-yusuan.txt";

async function zipOf(members: Record<string, Buffer | string>): Promise<Buffer> {
  const archive = new JSZip();
  for (const [name, content] of Object.entries(members)) archive.file(name, content);
  return archive.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const parse = (file: string, text: string, warnings?: string[]) =>
  parseDocument({ docId: "zip", file, hash: "test", text, readWarnings: warnings });

describe("a disclosure published as a .zip archive", () => {
  it("reads a Word document inside it as the document itself", async () => {
    const word = await readFile(WORD);
    const bytes = await zipOf({
      "林兰县交通局2025年部门预算公开/1.部门预算公开.docx": word,
      "林兰县交通局2025年部门预算公开/封面.png": Buffer.from("89504e470d0a1a0a", "hex"),
      "__MACOSX/林兰县交通局2025年部门预算公开/._1.部门预算公开.docx": "litter",
      "Thumbs.db": "litter",
    });
    const alone = await readDocument(WORD);
    const zipped = await readDocument("linlan.zip", bytes);
    expect(zipped.format).toBe("zip");
    expect(zipped.text).toBe(alone.text.replace(/\n+$/, ""));
    expect(zipped.warnings).toEqual([
      expect.stringMatching(/^archive member 封面\.png \(not a format read here \(\.png\)\)/),
    ]);
    const parsed = parse("linlan.zip", zipped.text, zipped.warnings);
    const direct = parse(WORD, alone.text);
    expect(parsed.facts.map((fact) => [fact.table, fact.row, fact.column, fact.value])).toEqual(
      direct.facts.map((fact) => [fact.table, fact.row, fact.column, fact.value]),
    );
    expect(parsed.info.warnings.filter((warning) => warning.code === "unread_part")).toHaveLength(1);
  });

  it("joins its members in the order their names number them", async () => {
    const lines = (await readFile(TEXT, "utf8")).split("\n");
    const cut = lines.findIndex((line) => /收支总[体表]/.test(line) && line.length < 40);
    expect(cut).toBeGreaterThan(0);
    const bytes = await zipOf({
      "10.表格.txt": lines.slice(cut).join("\n"),
      "2.说明.txt": lines.slice(0, cut).join("\n"),
    });
    const zipped = await readDocument("changde.zip", bytes);
    expect(zipped.text.split("\n").filter(Boolean)).toEqual(
      lines.map((line) => line.replace(/\r$/, "")).filter(Boolean),
    );
  });

  it("skips a member it cannot read and keeps the rest", async () => {
    const bytes = await zipOf({ "1.说明.docx": await readFile(WORD), "2.表格.xls": "not a workbook" });
    const zipped = await readDocument("broken-member.zip", bytes);
    expect(zipped.text.length).toBeGreaterThan(1000);
    expect(zipped.warnings).toEqual([
      expect.stringMatching(/^archive member 2\.表格\.xls \(.*not an Excel 97–2003 workbook/),
    ]);
  });

  it("refuses an archive with nothing it can read, and one that is not an archive", async () => {
    const pictures = await zipOf({ "封面.jpg": "jpeg", "说明.rar": "rar" });
    await expect(readDocument("pictures.zip", pictures)).rejects.toThrow(
      /no member of the archive could be read/,
    );
    await expect(readDocument("broken.zip", Buffer.from("PK\u0003\u0004 not really"))).rejects.toBeInstanceOf(
      AppError,
    );
  });

  it("opens an archive inside an archive, but not one deeper", async () => {
    const inner = await zipOf({ "说明.docx": await readFile(WORD) });
    const outer = await zipOf({ "附件.zip": inner });
    expect((await readDocument("outer.zip", outer)).text.length).toBeGreaterThan(1000);
    const deeper = await zipOf({ "外层.zip": outer });
    await expect(readDocument("deeper.zip", deeper)).rejects.toThrow(/nested too deep/);
  });
});

describe("an archive bomb", () => {
  const small = archiveReader(
    zipArchive,
    (file, bytes) => readDocument(file, bytes),
    (name) => name.endsWith(".txt"),
    { ...ARCHIVE_LIMITS, bytes: 64 * 1024, members: 3 },
  );

  it("stops unpacking at the limit instead of expanding it", async () => {
    const bomb = await zipOf({ "说明.txt": "预算".repeat(1024 * 1024) });
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(small.read("bomb.zip", bomb)).rejects.toThrow(/unpacks to more than 0\.0625 MB/);
  });

  it("refuses more members than a disclosure has", async () => {
    const many = await zipOf(Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`${i}.txt`, "说明"])));
    await expect(small.read("many.zip", many)).rejects.toThrow(/more than 3 files/);
  });
});

describe("member names", () => {
  it("are read as GBK when they are not UTF-8, as Windows stores them", () => {
    // "说明.docx" in GBK: 说 CB B5, 明 C3 F7.
    expect(decodeMemberName(Buffer.from("cbb5c3f72e646f6378", "hex"))).toBe("说明.docx");
    expect(decodeMemberName(Buffer.from("说明.docx"))).toBe("说明.docx");
  });
});
