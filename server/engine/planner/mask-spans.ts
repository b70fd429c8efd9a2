/** The question with the spans of matched figures masked (〇); one pass over text and spans. */
export function maskSpans(text: string, spans: [number, number][]): string {
  const masked = new Uint8Array(text.length);
  const clamp = (i: number) => Math.min(Math.max(i, 0), text.length);
  for (const [a, b] of spans) masked.fill(1, clamp(a), clamp(b));
  // Runs of kept and masked characters as slices (a long paste is not split into one string a character).
  let out = "";
  for (let from = 0, to = 0; from < text.length; from = to) {
    while (to < text.length && masked[to] === masked[from]) to++;
    out += masked[from] ? "〇".repeat(to - from) : text.slice(from, to);
  }
  return out;
}
