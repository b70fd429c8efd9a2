/** The RTF control words the reader acts on, as data (rtf-to-html.ts plays them). */

/** Groups whose content is no body text: tables of fonts and styles, headers, fields' codes, pictures. */
export const SKIPPED_GROUPS = new Set([
  "colortbl",
  "stylesheet",
  "info",
  "pict",
  "object",
  "header",
  "headerl",
  "headerr",
  "headerf",
  "footer",
  "footerl",
  "footerr",
  "footerf",
  "fldinst",
  "footnote",
  "listtable",
  "listoverridetable",
  "rsidtbl",
  "xmlnstbl",
  "themedata",
  "colorschememapping",
  "datastore",
  "latentstyles",
  "shpinst",
  "nonshppict",
]);

/** Control words that stand for a character. */
export const CHARACTERS: Record<string, string> = {
  tab: " ",
  emdash: "—",
  endash: "–",
  lquote: "‘",
  rquote: "’",
  ldblquote: "“",
  rdblquote: "”",
  bullet: "•",
  "~": " ",
  "{": "{",
  "}": "}",
  "\\": "\\",
};

/** A font's \fcharset → the code page its \'xx bytes are in. */
export const CHARSET_ENCODING: Record<number, string> = {
  0: "windows-1252",
  128: "shift_jis",
  129: "euc-kr",
  134: "gbk",
  136: "big5",
};

/** The document's \ansicpg → encoding. */
export const CODE_PAGE_ENCODING: Record<number, string> = {
  936: "gbk",
  950: "big5",
  932: "shift_jis",
  1252: "windows-1252",
};
