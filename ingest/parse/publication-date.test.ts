import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readDocument } from "../read/read-document.js";
import { publicationOf } from "./publication-date.js";

const linesOf = async (file: string) => (await readDocument(file, await readFile(file))).text.split("\n");

describe("publicationOf", () => {
  it("reads the labelled day on a Word document's cover (临澜 交通运输局: 公开时间：2025年2月14日)", async () => {
    const lines = await linesOf("ingest/fixtures/unseen/linlan-jtj-2025-yusuan.docx");
    const found = publicationOf(lines);
    expect(found).toMatchObject({ date: "2025-02-14", text: "公开时间：2025年2月14日" });
    expect(lines[found!.line]).toContain("公开时间：2025年2月14日");
  });

  it("reads a web page's 发布时间 line under its title (龙岩 住建局: 发布时间：2025-09-26)", async () => {
    const found = publicationOf(await linesOf("ingest/fixtures/unseen/longyan-zjj-2024-juesuan.html"));
    expect(found).toMatchObject({ date: "2025-09-26", text: "发布时间：2025-09-26" });
  });

  it("takes no unlabelled date: the signature under an attached self-evaluation report is not the publication's", async () => {
    // data/docs 001 (驻北京联络处 2024 决算) ends its 附件 with "（盖章）" and "2025年5月8日" on a line of its own.
    const lines = await linesOf("data/docs/001_c98938bd16771fdc.txt");
    expect(lines.some((line) => line.trim() === "2025年5月8日")).toBe(true);
    expect(publicationOf(lines)).toBeUndefined();
  });

  it("reads Chinese numerals and dotted dates, and no date a project's period states", () => {
    expect(publicationOf(["某局2025年部门预算", "印发日期：二〇二五年二月十四日"])?.date).toBe("2025-02-14");
    expect(publicationOf(["发布日期 2024.12.31 来源：某局"])?.date).toBe("2024-12-31");
    expect(publicationOf(["实施期为2025年1月1日至2025年12月31日"])).toBeUndefined();
    expect(publicationOf(["公开时间：2025年13月2日"])).toBeUndefined();
  });
});
