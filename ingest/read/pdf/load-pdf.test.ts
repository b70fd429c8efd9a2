import { describe, expect, it } from "vitest";
import { AppError } from "../../../lib/app-error.js";
import { readDocument } from "../read-document.js";
import { readPdf } from "./read-pdf.js";
import { buildPdf } from "./testing/build-pdf.js";

async function failure(bytes: Buffer): Promise<AppError> {
  const error = await readPdf("sample.pdf", bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const page = { texts: [{ x: 72, y: 100, size: 12, text: "2025年部门预算编制说明" }] };

describe("PDF files the reader cannot read", () => {
  it("an empty file", async () => {
    expect((await failure(Buffer.alloc(0))).code).toBe("EMPTY_FILE");
  });

  it("bytes that are not a PDF", async () => {
    const error = await failure(Buffer.from("<html><body>not a pdf</body></html>"));
    expect(error.code).toBe("UNREADABLE_FILE");
    expect(error.details).toEqual({ reason: "corrupt" });
  });

  it("a PDF cut off after its header", async () => {
    const error = await failure(buildPdf([page]).subarray(0, 60));
    expect(error.code).toBe("UNREADABLE_FILE");
  });

  it("a password-protected PDF", async () => {
    const error = await failure(buildPdf([page], { encrypted: true }));
    expect(error.code).toBe("UNREADABLE_FILE");
    expect(error.details).toEqual({ reason: "encrypted" });
    expect(error.message).toMatch(/password-protected/);
  });

  it("a scan: pages that are images without a text layer", async () => {
    const error = await failure(buildPdf([{ image: true }, { image: true }]));
    expect(error.code).toBe("NO_TEXT_LAYER");
    expect(error.message).toMatch(/no text layer/);
    expect(error.details).toEqual({ pages: 2, characters: 0 });
  });
});

describe("readDocument", () => {
  it("reads .pdf files with the PDF reader", async () => {
    const doc = await readDocument("uploads/预算.PDF", buildPdf([page, page]));
    expect(doc.format).toBe("pdf");
    expect(doc.pages).toBe(2);
    expect(doc.text.split("\n")).toEqual(["2025年部门预算编制说明", "2025年部门预算编制说明"]);
    expect(doc.sources?.map((s) => s.page)).toEqual([1, 2]);
  });

  it("says what a text export is", async () => {
    expect((await readDocument("a.txt", Buffer.from("收入支出决算总表\n"))).format).toBe("text");
    expect((await readDocument("a.md", Buffer.from("# 收入\n"))).format).toBe("markdown");
  });
});
