/**
 * Markdown exports keep their line structure but write tables as pipe rows and headings with
 * hashes. Turn them into the plain-text layout the parsers read, line for line (so citations'
 * line numbers still point into the original file): pipe rows become tab-separated rows, the
 * |---| separator rows become blank lines, heading hashes and emphasis markers are dropped.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) => {
      const trimmed = line.trim();
      if (/^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/.test(trimmed)) return "";
      if (trimmed.startsWith("|")) {
        const cells = trimmed
          .replace(/^\|/, "")
          .replace(/\|$/, "")
          .split(/(?<!\\)\|/);
        return cells
          .map((c) =>
            c
              .replace(/\\\|/g, "|")
              .replace(/\*\*|__/g, "")
              .trim(),
          )
          .join("\t");
      }
      return line.replace(/^\s{0,3}#{1,6}\s+/, "").replace(/\*\*|__/g, "");
    })
    .join("\n");
}
