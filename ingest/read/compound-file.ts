import CFB from "cfb";

/** The first bytes of an OLE compound file (Word and Excel 97–2003) and of a zip package (.docx, .xlsx). */
const COMPOUND_FILE = Buffer.from("d0cf11e0a1b11ae1", "hex");
const ZIP = Buffer.from("504b0304", "hex");

/** What a file's first bytes say its container is, whatever its name says. */
export function containerKind(bytes: Buffer): "compound" | "zip" | undefined {
  const startsWith = (prefix: Buffer) => bytes.subarray(0, prefix.length).equals(prefix);
  return startsWith(COMPOUND_FILE) ? "compound" : startsWith(ZIP) ? "zip" : undefined;
}

/**
 * A compound file's streams by name, opened by cfb (SheetJS's container library); undefined for a
 * stream it does not hold. A damaged container throws cfb's error, for the reader to word.
 */
export function openCompound(bytes: Buffer): (name: string) => Buffer | undefined {
  const container = CFB.read(bytes, { type: "buffer" });
  return (name) => {
    const content = CFB.find(container, name)?.content;
    return content ? Buffer.from(content) : undefined;
  };
}
