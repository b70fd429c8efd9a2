/**
 * A page number on a line of its own: "3", "- 3 -", "— 3 —" (a run of dashes too, as a word
 * processor's typed footer leaves it), "第3页", "第 3 页 共 20 页", "3/20", "Page 3 of 20", "iv".
 * The PDF reader drops such lines at a page's edge; the table finder looks past them (and past a
 * continuation mark, which the page layout drops wherever it stands).
 */
const PAGE_NUMBER: readonly RegExp[] = [
  /^[-－—–~〜·•]*\s*\d{1,4}\s*[-－—–~〜·•]*$/,
  /^第\s*\d{1,4}\s*页\s*([,，/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^(共\s*\d{1,4}\s*页\s*[,，]?\s*)?第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^(page|p\.)\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^[-－—–]?\s*[ivxlc]{1,6}\s*[-－—–]?$/i,
];

export function isPageNumber(line: string): boolean {
  const text = line.trim();
  return PAGE_NUMBER.some((pattern) => pattern.test(text)) || isContinuationMark(text);
}

/** A page break's note that a table or text goes on: "（转下页）", "(接上页)", "续上页". Never data. */
const CONTINUATION_MARK = /^[（(]?\s*(?:转下页|接下页|续下页|下转|接上页|续上页|承上页|上接)\s*[）)]?$/;

export function isContinuationMark(text: string): boolean {
  return CONTINUATION_MARK.test(text.trim());
}
