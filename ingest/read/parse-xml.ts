import { DOMParser } from "@xmldom/xmldom";

/**
 * An XML part of a package (OFD, OpenDocument) as its root element, or the first problem the parser
 * reported: the readers word the error for their format.
 */
export function parseXml(xml: string): { root: Element } | { problem: string } {
  const problems: string[] = [];
  const report = (message: string) => problems.push(message);
  const parsed = new DOMParser({ errorHandler: { error: report, fatalError: report } }).parseFromString(
    xml,
    "text/xml",
  );
  const root = parsed.documentElement;
  return root && !problems.length ? { root } : { problem: problems[0] ?? "empty" };
}
