import JSZip from "jszip";
import { AppError } from "../../../lib/app-error.js";
import { containerKind } from "../compound-file.js";
import { parseXml as parseXmlPart } from "../parse-xml.js";
import { odfChildren, odfName } from "./odf-xml.js";

/**
 * An OpenDocument file as LibreOffice, OpenOffice or WPS save it: a ZIP package (.odt, .ods) whose
 * content.xml holds the body and its automatic styles and whose styles.xml holds the named styles,
 * or a flat XML file (.fodt, .fods) holding all of them in one document.
 */
export interface OdfDocument {
  /** office:text or office:spreadsheet: what the document is. */
  body: Element;
  /** The style roots to look styles up in: content.xml's (or the flat file's) first, then styles.xml's. */
  styles: Element[];
}

export async function openOdf(file: string, bytes: Buffer): Promise<OdfDocument> {
  if (bytes.length === 0) throw new AppError("EMPTY_FILE", `${file}: the file is empty`);
  const kind = containerKind(bytes);
  if (kind === "compound")
    throw unreadable(
      file,
      "an Office 97–2003 file under an OpenDocument name; save it as .odt/.ods, .doc or .xls",
    );
  const [content, styles] = kind === "zip" ? await packageParts(file, bytes) : [bytes.toString("utf8")];
  const root = parseXml(file, content);
  const body = odfChildren(odfChildren(root, "office:body")[0]).find((element) =>
    ["office:text", "office:spreadsheet"].includes(odfName(element)),
  );
  if (!body) {
    const other = odfChildren(odfChildren(root, "office:body")[0])[0];
    throw unreadable(
      file,
      other ? `a ${other.localName} document, not text or a spreadsheet` : "it has no body",
    );
  }
  return { body, styles: [root, ...(styles ? [parseXml(file, styles)] : [])] };
}

/** content.xml and styles.xml of a package; styles.xml may be missing in a hand-made one. */
async function packageParts(file: string, bytes: Buffer): Promise<[string, string | undefined]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw unreadable(file, "not a ZIP package", error);
  }
  const content = zip.file("content.xml");
  if (!content) throw unreadable(file, "the package has no content.xml");
  return [await content.async("string"), await zip.file("styles.xml")?.async("string")];
}

function parseXml(file: string, xml: string): Element {
  const parsed = parseXmlPart(xml);
  if ("problem" in parsed) throw unreadable(file, `not well-formed XML (${parsed.problem})`);
  return parsed.root;
}

function unreadable(file: string, reason: string, cause?: unknown): AppError {
  return new AppError(
    "UNREADABLE_FILE",
    `${file}: not a readable OpenDocument file (${reason})`,
    { reason: "corrupt" },
    { cause },
  );
}
