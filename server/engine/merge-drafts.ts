import { DraftBuilder, type Draft, type Segment } from "./draft.js";

const sameLine = (a: Segment[], b: Segment[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The answers to a message's questions as one: the first one's headline leads, each next one's
 * headline opens its own lines; notes said once; answered when any part is.
 */
export function mergeDrafts(drafts: Draft[]): Draft {
  const b = new DraftBuilder();
  b.d.status = drafts.some((d) => d.status === "answered") ? "answered" : drafts[0].status;
  // A line whose figures an earlier answer gave already (a passage's answer reads the score the
  // next question asks) is said once.
  // …unless it works out a figure not given yet (a share of the two counts just read).
  const given = new Set<string>();
  const workedOut = new Set<string>();
  const computedKey = (figure: Draft["figures"][number]) =>
    `${figure.label}|${figure.value}|${figure.measure}`;
  const repeats = (line: Segment[], d: Draft) => {
    const figures = line.flatMap((s) => (typeof s === "string" ? [] : [d.figures[s.fig]]));
    const facts = figures.flatMap((figure) => figure.facts.map((f) => f.id));
    const newlyComputed = figures.some((figure) => figure.formula && !workedOut.has(computedKey(figure)));
    return facts.length > 0 && facts.every((id) => given.has(id)) && !newlyComputed;
  };
  drafts.forEach((d, i) => {
    const lines = [d.headline, ...d.bullets].filter((line) => i === 0 || !repeats(line, d));
    for (const line of [d.headline, ...d.bullets])
      for (const s of line)
        if (typeof s !== "string") {
          for (const f of d.figures[s.fig].facts) given.add(f.id);
          if (d.figures[s.fig].formula) workedOut.add(computedKey(d.figures[s.fig]));
        }
    if (i > 0 && (!lines.length || introducesItsPassages(d))) return mergeRest(b, d);
    const [headline, ...bullets] = lines.map((line) => b.adopt(line, d));
    if (i === 0) b.d.headline = headline;
    else b.d.bullets.push(headline);
    b.d.bullets.push(...bullets);
    mergeRest(b, d);
  });
  b.d.chart = drafts.find((d) => d.chart)?.chart;
  return b.build();
}

type Passage = Draft["passages"][number];

/** A merged answer's notes, draft paragraph and passages from one more part, each said once. */
function mergeRest(b: DraftBuilder, d: Draft): void {
  for (const note of d.notes) {
    const adopted = b.adopt(note, d);
    if (!b.d.notes.some((n) => sameLine(n, adopted))) b.d.notes.push(adopted);
  }
  if (d.draft) b.d.draft = [...(b.d.draft ?? []), ...b.adopt(d.draft, d)];
  // A passage is said once (one sentence quoted for two of its figures too), and a sentence once
  // its whole section is quoted: the section takes the sentence's place. Another sentence of the
  // same section is another passage.
  for (const passage of d.passages) {
    const ofDocument = (q: Passage) => q.chunk.docId === passage.chunk.docId;
    if (b.d.passages.some((q) => ofDocument(q) && q.text.includes(passage.text))) continue;
    const part = b.d.passages.findIndex((q) => ofDocument(q) && passage.text.includes(q.text));
    if (part >= 0) b.d.passages[part] = passage;
    else b.d.passages.push(passage);
  }
  b.d.extraSources.push(...d.extraSources);
}

/**
 * A later answer that only quotes passages, its headline no more than the words leading into them
 * ("…原文写明（「<节>」）："): its passages follow the first answer's, which says where they are from.
 */
function introducesItsPassages(d: Draft): boolean {
  const last = d.headline.at(-1);
  return (
    d.passages.length > 0 &&
    !d.bullets.length &&
    d.headline.every((s) => typeof s === "string") &&
    typeof last === "string" &&
    /[：:]$/.test(last)
  );
}
