/**
 * A minimal PDF writer for reader tests that need what the sample corpus lacks (page numbers,
 * running headers, scans, encryption). Text is set in the non-embedded Adobe font STSong-Light
 * through the UniGB-UCS2-H CMap (every character one em wide), positions in points from the
 * page's top-left corner.
 */
export interface TestText {
  x: number;
  y: number;
  size: number;
  text: string;
}

export interface TestPage {
  width?: number;
  height?: number;
  texts?: TestText[];
  /** Ruling lines [x0, y0, x1, y1]. */
  lines?: [number, number, number, number][];
  /** Paint a grey image over the page (a scan). */
  image?: boolean;
}

export function buildPdf(pages: readonly TestPage[], options: { encrypted?: boolean } = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const catalog = add("");
  const pageTree = add("");
  const font = add(
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H " +
      `/DescendantFonts [${objects.length + 2} 0 R] >>`,
  );
  add(
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /DW 1000 " +
      `/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${objects.length + 2} 0 R >>`,
  );
  add(
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-250 -143 1000 857] " +
      "/ItalicAngle 0 /Ascent 857 /Descent -143 /CapHeight 857 /StemV 91 >>",
  );
  const kids = pages.map((page) => {
    const width = page.width ?? 595;
    const height = page.height ?? 842;
    const content = pageContent(page, height);
    const stream = add(
      `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    );
    return add(
      `<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${width} ${height}] ` +
        `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${stream} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pageTree} 0 R >>`;
  objects[pageTree - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${"7a".repeat(32)}> /U <${"3c".repeat(32)}> /P -44 >>`)
    : 0;
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((body, k) => {
    const at = Buffer.byteLength(pdf, "latin1");
    pdf += `${k + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  const id = "0123456789abcdef0123456789abcdef";
  pdf +=
    `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R` +
    (encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${id}> <${id}>]` : "") +
    ` >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}

function pageContent(page: TestPage, height: number): string {
  const ops: string[] = [];
  if (page.image) ops.push("q 400 0 0 600 50 100 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x80\x90\xa0\xb0 EI Q");
  for (const [x0, y0, x1, y1] of page.lines ?? [])
    ops.push(`0.5 w ${x0} ${height - y0} m ${x1} ${height - y1} l S`);
  for (const t of page.texts ?? [])
    ops.push(`BT /F1 ${t.size} Tf 1 0 0 1 ${t.x} ${height - t.y} Tm <${ucs2(t.text)}> Tj ET`);
  return ops.join("\n");
}

function ucs2(text: string): string {
  return [...text].map((ch) => (ch.codePointAt(0) ?? 0x3f).toString(16).padStart(4, "0")).join("");
}
