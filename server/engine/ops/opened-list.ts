/** A numbered item of a list ("1. 某中心", "2、某科"). */
export const LIST_ITEM = /^\s*\d{1,2}\s*[、.．]/;

/** A sentence that opens a list ("…具体包括："). */
export const OPENS_LIST = /[：:]\s*$/;

/**
 * The numbered lines that follow a sentence opening a list in a passage, as many as fit in `max`
 * characters: what "具体包括：" announces is said with it.
 */
export function itemsOpenedBy(text: string, sentence: string, max = 600): string[] {
  if (!OPENS_LIST.test(sentence)) return [];
  const lines = text.split("\n");
  const at = lines.findIndex((line) => line.trim().endsWith(sentence.trim()));
  const items: string[] = [];
  let size = 0;
  for (const line of at < 0 ? [] : lines.slice(at + 1)) {
    if (!LIST_ITEM.test(line) || size + line.length > max) break;
    items.push(line.trim());
    size += line.length + 1;
  }
  return items;
}
