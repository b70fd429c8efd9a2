/**
 * OpenDocument's XML read by namespace, whatever prefixes a producer chose: an element or attribute
 * is named "text:p", "table:table-cell", "office:annotation" … by the canonical prefix of its
 * namespace, so a flat file that writes other prefixes reads the same.
 */

/** The namespaces the readers look at, by their canonical prefix. */
export const ODF_NAMESPACES = {
  office: "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
  style: "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
  text: "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
  table: "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
  draw: "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
  fo: "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
  svg: "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
  loext: "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
} as const;

export type OdfPrefix = keyof typeof ODF_NAMESPACES;

const PREFIX_OF = new Map<string, string>(
  Object.entries(ODF_NAMESPACES).map(([prefix, uri]) => [uri, prefix]),
);

/** An element's name with its namespace's canonical prefix ("text:p"); "?:name" outside them. */
export function odfName(element: Element): string {
  return `${PREFIX_OF.get(element.namespaceURI ?? "") ?? "?"}:${element.localName}`;
}

/** An attribute by its canonical name ("table:number-columns-spanned"); undefined when absent. */
export function odfAttribute(element: Element, name: `${OdfPrefix}:${string}`): string | undefined {
  const [prefix, local] = name.split(":") as [OdfPrefix, string];
  const uri = ODF_NAMESPACES[prefix];
  return element.hasAttributeNS(uri, local) ? (element.getAttributeNS(uri, local) ?? undefined) : undefined;
}

/** A count attribute (repeats, spans): a whole number of at least 1, else 1. */
export function odfCount(element: Element, name: `${OdfPrefix}:${string}`): number {
  const value = Number.parseInt(odfAttribute(element, name) ?? "1", 10);
  return Number.isFinite(value) && value > 1 ? value : 1;
}

/** An element's child elements, optionally only those of one canonical name. */
export function odfChildren(parent: Element | undefined, name?: string): Element[] {
  const children: Element[] = [];
  for (let node = parent?.firstChild; node; node = node.nextSibling)
    if (node.nodeType === 1 && (name === undefined || odfName(node as Element) === name))
      children.push(node as Element);
  return children;
}

/** A table's rows in order, through its header-row, row-group and rows wrappers. */
export function odfRows(table: Element): Element[] {
  return wrapped(table, "table:table-row", [
    "table:table-header-rows",
    "table:table-rows",
    "table:table-row-group",
  ]);
}

/** A table's column declarations in order, through their header-column, group and columns wrappers. */
export function odfColumns(table: Element): Element[] {
  return wrapped(table, "table:table-column", [
    "table:table-header-columns",
    "table:table-columns",
    "table:table-column-group",
  ]);
}

/** Children of one name, in order, through the wrappers that may group them. */
function wrapped(parent: Element, name: string, wrappers: readonly string[]): Element[] {
  return odfChildren(parent).flatMap((child) => {
    const childName = odfName(child);
    if (childName === name) return [child];
    return wrappers.includes(childName) ? wrapped(child, name, wrappers) : [];
  });
}

/**
 * Style definitions of one name (text:list-style, style:style …) where documents keep them: the
 * office:styles and office:automatic-styles of each style root, not its body.
 */
export function odfStyles(styleRoots: Element[], name: string): Element[] {
  return styleRoots.flatMap((root) =>
    odfChildren(root)
      .filter((section) => ["office:styles", "office:automatic-styles"].includes(odfName(section)))
      .flatMap((section) => odfChildren(section, name)),
  );
}
