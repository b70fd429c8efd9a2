/** Small readers of OFD's XML: elements by local name (with or without the `ofd:` prefix), numbers from text. */

export function childElements(parent: Element | undefined, localName?: string): Element[] {
  const children: Element[] = [];
  if (!parent) return children;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (localName === undefined || nameOf(element) === localName) children.push(element);
  }
  return children;
}

export function firstChild(parent: Element | undefined, localName: string): Element | undefined {
  return childElements(parent, localName)[0];
}

export function nameOf(element: Element): string {
  return element.localName ?? element.nodeName.replace(/^.*:/, "");
}

export function textOf(element: Element | undefined): string {
  return element?.textContent?.trim() ?? "";
}

/** The numbers of a space-separated attribute or text ("0 0 210 297", a CTM); [] when absent. */
export function numbersOf(value: string | null | undefined): number[] {
  if (!value) return [];
  return value
    .trim()
    .split(/[\s,]+/)
    .filter((token) => token !== "")
    .map(Number);
}

/** A numeric attribute, or the fallback when it is absent or not a number. */
export function numberAttribute(element: Element, name: string, fallback: number): number {
  const value = Number(element.getAttribute(name) ?? Number.NaN);
  return Number.isFinite(value) && element.hasAttribute(name) ? value : fallback;
}
