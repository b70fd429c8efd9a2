/**
 * A pure function of one string, remembered: parsing asks the same questions of a line many
 * times (is it blank, a title, a unit line…), and documents repeat their headings and labels.
 * At most `capacity` answers are kept; when full, the memory starts afresh (no per-call upkeep).
 * The answer is shared between callers, who must not change it.
 */
/** Texts longer than this are not remembered: memory stays bounded by capacity × this length. */
export const LONGEST_REMEMBERED = 512;

export function memoByText<V>(fn: (text: string) => V, capacity = 4096): (text: string) => V {
  const answers = new Map<string, V>();
  return (text) => {
    // Lines and labels repeat; a long text (a pasted question) is answered, not kept.
    if (text.length > LONGEST_REMEMBERED) return fn(text);
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as V;
    const answer = fn(text);
    if (answers.size >= capacity) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
