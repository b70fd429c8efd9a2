import JSZip from "jszip";
import { posix } from "node:path";
import { AppError } from "../../../lib/app-error.js";
import { parseXml as parseXmlPart } from "../parse-xml.js";
import { childElements, numbersOf, firstChild, textOf } from "./ofd-xml.js";

/**
 * An OFD package (GB/T 33190-2016, the Chinese fixed-layout format): a ZIP whose OFD.xml names
 * the document, whose Document.xml lists the pages, templates and resources, and whose pages'
 * Content.xml hold the drawn objects. Element names are matched by local name (producers write
 * them with and without the `ofd:` namespace) and paths without regard to case or a leading "/"
 * (producers differ in both).
 */

/** [x, y, width, height] in millimetres, as OFD boxes are written. */
export type OfdBox = [number, number, number, number];

export interface OfdPageSource {
  /** 1-based page number in the document's page order. */
  number: number;
  /** The page's PhysicalBox (its own Area, else the document's PageArea). */
  box: OfdBox;
  /** What the page draws, in drawing order: background templates, the page's content, foreground templates. */
  contents: Element[];
}

export interface OfdPackage {
  pages: OfdPageSource[];
  /** CompositeGraphicUnits of the document's resources by ID (CompositeObject's ResourceID). */
  units: Map<string, Element>;
}

/** A4 portrait: the page size when a document gives none. */
const DEFAULT_BOX: OfdBox = [0, 0, 210, 297];

export async function openOfd(file: string, bytes: Buffer): Promise<OfdPackage> {
  if (bytes.length === 0) throw new AppError("EMPTY_FILE", `${file}: the file is empty`);
  const entries = await zipEntries(file, bytes);
  const read = async (path: string) => parseXml(file, path, await entryText(file, entries, path));
  const root = await read("OFD.xml");
  const docRoot = textOf(firstChild(firstChild(root, "DocBody"), "DocRoot"));
  if (!docRoot) throw unreadable(file, "OFD.xml names no DocRoot");
  const documentPath = resolvePath("", docRoot);
  const document = await read(documentPath);
  const base = posix.dirname(documentPath);
  const common = firstChild(document, "CommonData");
  const pageArea = boxOf(firstChild(firstChild(common, "PageArea"), "PhysicalBox")) ?? DEFAULT_BOX;
  const units = await compositeUnits(common, base, read);
  const templates = new Map<string, Element>();
  for (const template of childElements(common, "TemplatePage")) {
    const location = template.getAttribute("BaseLoc");
    if (location) templates.set(template.getAttribute("ID") ?? "", await read(resolvePath(base, location)));
  }
  const pages: OfdPageSource[] = [];
  for (const entry of childElements(firstChild(document, "Pages"), "Page")) {
    const location = entry.getAttribute("BaseLoc");
    if (!location) continue;
    const page = await read(resolvePath(base, location));
    const box = boxOf(firstChild(firstChild(page, "Area"), "PhysicalBox")) ?? pageArea;
    pages.push({ number: pages.length + 1, box, contents: pageContents(page, templates) });
  }
  return { pages, units };
}

/** Background templates under the page's content, foreground ones over it (the default is background). */
function pageContents(page: Element, templates: Map<string, Element>): Element[] {
  const used = childElements(page, "Template").map((t) => ({
    content: firstChild(templates.get(t.getAttribute("TemplateID") ?? ""), "Content"),
    front: t.getAttribute("ZOrder") === "Foreground",
  }));
  const of = (front: boolean) =>
    used.filter((t) => t.front === front && t.content).map((t) => t.content as Element);
  const own = firstChild(page, "Content");
  return [...of(false), ...(own ? [own] : []), ...of(true)];
}

async function compositeUnits(
  common: Element | undefined,
  base: string,
  read: (path: string) => Promise<Element>,
): Promise<Map<string, Element>> {
  const units = new Map<string, Element>();
  const locations = [...childElements(common, "PublicRes"), ...childElements(common, "DocumentRes")]
    .map(textOf)
    .filter((location) => location !== "");
  for (const location of locations) {
    const resources = await read(resolvePath(base, location));
    for (const group of childElements(resources, "CompositeGraphicUnits"))
      for (const unit of childElements(group, "CompositeGraphicUnit"))
        units.set(unit.getAttribute("ID") ?? "", unit);
  }
  return units;
}

export function boxOf(element: Element | undefined): OfdBox | undefined {
  const values = numbersOf(textOf(element));
  return values.length === 4 && values[2] > 0 && values[3] > 0 ? (values as OfdBox) : undefined;
}

/** A location as the package writes it: absolute from the package's root ("/Doc_0/…") or relative to `base`. */
function resolvePath(base: string, location: string): string {
  const path = location.trim().replace(/\\/g, "/");
  return posix.normalize(path.startsWith("/") ? path.slice(1) : posix.join(base, path)).replace(/^\.\//, "");
}

async function zipEntries(file: string, bytes: Buffer): Promise<Map<string, JSZip.JSZipObject>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw unreadable(file, "not a ZIP package", error);
  }
  const entries = new Map<string, JSZip.JSZipObject>();
  zip.forEach((path, entry) => {
    if (!entry.dir) entries.set(path.replace(/^\//, "").toLowerCase(), entry);
  });
  return entries;
}

async function entryText(file: string, entries: Map<string, JSZip.JSZipObject>, path: string) {
  const entry = entries.get(path.toLowerCase());
  if (!entry) throw unreadable(file, `the package has no ${path}`);
  return entry.async("string");
}

function parseXml(file: string, path: string, xml: string): Element {
  const parsed = parseXmlPart(xml);
  if ("problem" in parsed) throw unreadable(file, `${path} is not well-formed XML (${parsed.problem})`);
  return parsed.root;
}

function unreadable(file: string, reason: string, cause?: unknown): AppError {
  return new AppError(
    "UNREADABLE_FILE",
    `${file}: not a readable OFD document (${reason})`,
    { reason: "corrupt" },
    {
      cause,
    },
  );
}
