// Small DOM helpers shared by the page's modules. Text is only ever set as textContent.

export const $ = (id) => document.getElementById(id);

/**
 * An element with properties, attributes ("aria-*", "data-*", "role") and children (strings
 * become text nodes): el("button", { type: "button", className: "ghost" }, "复制").
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") node.addEventListener(key.slice(2), value);
    else if (key.includes("-") || key === "role" || key === "for") node.setAttribute(key, String(value));
    else node[key] = value;
  }
  node.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== false));
  return node;
}

/** A plain button (type="button") with a label and a click handler. */
export function button(label, onclick, props = {}) {
  return el("button", { type: "button", className: "ghost", onclick, ...props }, label);
}

/** Save a Blob as a file through a temporary link (no navigation, works under the page's CSP). */
export function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = el("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copy text; false when the browser refuses (no permission, insecure context). */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (error) {
    console.warn("clipboard refused", error);
    return false;
  }
}

/** Announce a short status to screen readers through the page's polite live region. */
export function announce(text) {
  const region = document.getElementById("status");
  if (!region) return;
  region.textContent = "";
  requestAnimationFrame(() => (region.textContent = text));
}
