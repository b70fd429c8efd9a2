import { AppError } from "../../lib/app-error.js";
import { normalizeLineEnds } from "./cell-breaks.js";

/**
 * Text bytes as a string: in the encoding the file declares when it declares one (a web page's
 * charset), else UTF-8 (BOM stripped), else GB18030, which Chinese office software and older
 * government sites write (GB2312 and GBK are its subsets). A declared UTF-8 that does not decode is
 * read as GB18030: pages are re-encoded by servers more often than their meta tags are fixed.
 */
export function decodeText(file: string, bytes: Uint8Array, declared?: string): string {
  const encodings = [...new Set([...(declared ? [encodingOf(declared)] : []), "utf-8", "gb18030"])];
  for (const encoding of encodings) {
    const text = tryDecode(encoding, bytes);
    if (text !== undefined) return normalizeLineEnds(text.replace(/^\uFEFF/, ""));
  }
  throw new AppError("UNREADABLE_FILE", `${file}: neither ${encodings.join(" nor ")} text`);
}

/** GB2312 and GBK are read as GB18030, their superset; other labels as the WHATWG decoder knows them. */
function encodingOf(label: string): string {
  const name = label.trim().toLowerCase();
  return /^(gb2312|gbk|gb_2312-80|x-gbk|cp936|gb18030)$/.test(name) ? "gb18030" : name;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    // A label no decoder knows (RangeError) or bytes that are not in the encoding (TypeError).
    if (error instanceof RangeError || error instanceof TypeError) return undefined;
    throw error;
  }
}
