import type { Chunk } from "../../ingest/schema.js";
import type { Fact } from "../../ingest/schema.js";
import { decimalsOf } from "../../lib/money.js";
import type { Computed } from "./calculator.js";
import type { Chart } from "./plan-schema.js";

/** A number an answer may print: read from facts, or computed from them with a formula. */
export interface Figure {
  label: string;
  value: string;
  measure: string;
  formula?: string;
  /** Decimals to print, when asked for other than the usual ones. */
  places?: number;
  /** A rate's value before rounding. */
  exact?: string;
  facts: Fact[];
}

/**
 * Answer text is assembled from segments: literal words, or references to figures. Digits are
 * never written into literal segments (only years and names), so every amount an answer prints
 * comes from a fact or the calculator.
 */
export type Segment = string | { fig: number; change?: boolean; bare?: boolean };

export interface Passage {
  chunk: Chunk;
  title: string;
  text: string;
}

export interface Draft {
  status: "answered" | "not_found" | "clarify";
  headline: Segment[];
  bullets: Segment[][];
  notes: Segment[][];
  /** A paragraph staff can paste (variance explanations). */
  draft?: Segment[];
  passages: Passage[];
  figures: Figure[];
  chart?: Chart;
  /** Extra citations (text answers) beyond the figures' facts. */
  extraSources: { chunkId: string }[];
}

export class DraftBuilder {
  readonly d: Draft;

  /** A new draft, or more lines for one already built (a note added after the operation). */
  constructor(draft?: Draft) {
    this.d = draft ?? {
      status: "answered",
      headline: [],
      bullets: [],
      notes: [],
      passages: [],
      figures: [],
      extraSources: [],
    };
  }

  /** Register a fact's value as a figure. */
  fact(f: Fact, label = f.row): Segment {
    return this.add({ label, value: f.value, measure: f.measure, facts: [f] });
  }

  /** One value read in several places (the narrative's and a 元 table's): every place cited. */
  sameFigure(facts: Fact[], label = facts[0].row): Segment {
    const [f] = facts;
    return this.add({ label, value: f.value, measure: f.measure, facts });
  }

  /** A fact's value with the decimals the document printed it with ("24.9%", "91.0%", not "24.90%"). */
  asPrinted(f: Fact, label = f.row): Segment {
    return this.add({ label, value: f.value, measure: f.measure, places: printedDecimals(f), facts: [f] });
  }

  computed(c: Computed, label: string, facts: Fact[]): Segment {
    return this.add({
      label,
      value: c.value,
      measure: c.measure,
      formula: c.formula,
      ...(c.places !== undefined ? { places: c.places } : {}),
      ...(c.exact !== undefined ? { exact: c.exact } : {}),
      facts,
    });
  }

  change(
    f: Fact | { value: string; measure: string; facts: Fact[]; formula?: string },
    label: string,
  ): Segment {
    const fig = "id" in f ? { label, value: f.value, measure: f.measure, facts: [f] } : { label, ...f };
    const seg = this.add(fig);
    return typeof seg === "string" ? seg : { ...seg, change: true };
  }

  private add(fig: Figure): Segment {
    // The same figure said twice is cited once; one of the same label and value read from another
    // document (another year's count) is a figure of its own, cited to its own source.
    const sources = (x: Figure) => x.facts.map((f) => f.id).join("|");
    const existing = this.d.figures.findIndex(
      (x) =>
        x.value === fig.value &&
        x.measure === fig.measure &&
        x.label === fig.label &&
        x.formula === fig.formula &&
        sources(x) === sources(fig),
    );
    if (existing >= 0) return { fig: existing };
    this.d.figures.push(fig);
    return { fig: this.d.figures.length - 1 };
  }

  /** A line of the answer: the headline if there is none yet, else a bullet under it (one per scope). */
  line(segments: Segment[]): void {
    if (!this.d.headline.length) this.d.headline = segments;
    else this.d.bullets.push(segments);
  }

  /** Another draft's segments, their figures registered here (a second operation's lines). */
  adopt(segments: Segment[], from: Draft): Segment[] {
    return segments.map((seg) => {
      if (typeof seg === "string") return seg;
      const added = this.add(from.figures[seg.fig]);
      return typeof added === "string" ? added : { ...seg, fig: added.fig };
    });
  }

  build(): Draft {
    return this.d;
  }
}

/** The answer's first figure: its headline segment and the figure, when the headline has one. */
export function headlineFigure(
  draft: Draft,
): { segment: Exclude<Segment, string>; figure: Figure } | undefined {
  const segment = draft.headline.find((s): s is Exclude<Segment, string> => typeof s !== "string");
  return segment && { segment, figure: draft.figures[segment.fig] };
}

export function notFound(message: string): Draft {
  const b = new DraftBuilder();
  b.d.status = "not_found";
  b.d.headline = [message];
  return b.build();
}

export function clarify(message: string): Draft {
  const b = new DraftBuilder();
  b.d.status = "clarify";
  b.d.headline = [message];
  return b.build();
}

/** The decimals of the number the fact's sentence prints for it (its value may have dropped a "…0"). */
export function printedDecimals(f: Fact): number {
  const printed = (f.source.excerpt ?? "").match(/\d+(?:\.\d+)?/g) ?? [];
  const same = printed.find((n) => n.startsWith(f.value) && Number(n) === Number(f.value));
  return decimalsOf(same ?? f.value);
}
