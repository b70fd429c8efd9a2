import { decodeText } from "./decode-text.js";

/** Bytes read for the charset a page declares (the HTML standard's prescan reads 1024). */
const PRESCAN_BYTES = 4096;

/** `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`. */
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/** A web page as text, in the charset its meta tag declares (see decodeText for the fallbacks). */
export function decodeHtml(file: string, bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString("latin1");
  return decodeText(file, bytes, head.match(META_CHARSET)?.[1]);
}
