import { LIST_ITEM } from "./opened-list.js";
import { sectionId, sectionNumber, type Chunk, type Fact } from "../../../ingest/schema.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { HEADING_ORDER, PROJECT_ASPECTS } from "../lexicon/project-aspects.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { loadFacts } from "../load-facts.js";
import { lookup, wantOf } from "./lookup.js";
import { statedParts } from "./project-parts.js";
import { projectPassagesDraft, projectSentences } from "./project-sentences.js";

/** How far around the project's figure its write-up's sections are looked for. */
const NEIGHBOURS = 8;

/** "六、年度预算安排" → 6; no number → undefined. */
function headingNumber(title: string): number | undefined {
  const at = HEADING_ORDER.indexOf(title.trim()[0] ?? "");
  return at >= 0 && /^.、/.test(title.trim()) ? at + 1 : undefined;
}

/** How many sections after the first of the same heading the figure's own may be. */
const LATER_SECTIONS = 200;

/**
 * The sections of the write-up that holds a narrative figure: the run of numbered sections around
 * the figure's own, each numbered after the one before (unnumbered ones, such as a list item read
 * as a heading, are passed over). Several write-ups share their headings, so the figure's own
 * section is the one whose lines hold it.
 */
async function writeUpAround(k: Knowledge, fact: Fact): Promise<Chunk[]> {
  const first = await k.store.sectionChunk(fact.docId, fact.source.section);
  const from = first && sectionNumber(first.id);
  if (from === undefined) return [];
  const ids = Array.from({ length: LATER_SECTIONS }, (_, i) => sectionId(fact.docId, from - NEIGHBOURS + i));
  const chunks = (await k.store.chunks(ids)).sort((a, b) => a.lines[0] - b.lines[0]);
  const line = fact.source.lines[0];
  const at = chunks.findIndex(
    (c) => c.section.join("|") === fact.source.section.join("|") && c.lines[0] <= line && line <= c.lines[1],
  );
  if (at < 0) return [];
  // A list item read as a heading ("1、《某文件》" under "二、立项依据") belongs to its section's heading.
  const heading = (i: number) => [...chunks[i].section].reverse().find((t) => headingNumber(t) !== undefined);
  const numbered = (i: number) => headingNumber(heading(i) ?? "");
  const run = [chunks[at]];
  for (let i = at - 1, last = numbered(at) ?? 0, first = at; i >= 0 && at - i <= NEIGHBOURS; i--) {
    const n = numbered(i);
    if (n === undefined) continue;
    if (n > last || (n === last && heading(i) !== heading(first))) break;
    run.unshift(chunks[i]);
    [last, first] = [n, i];
  }
  for (let i = at + 1, last = numbered(at) ?? 99, end = at; i < chunks.length && i - at <= NEIGHBOURS; i++) {
    const n = numbered(i);
    if (n === undefined) continue;
    if (n < last || (n === last && heading(i) !== heading(end))) break;
    run.push(chunks[i]);
    [last, end] = [n, i];
  }
  return run;
}

/**
 * A narrative figure of the project's own write-up: its amount, else any figure the write-up
 * states under the project's name (a quarter's plan, "项目 / <name> / 第一季度用款计划").
 */
function anchorOf(k: Knowledge, scope: Scope, project: string, amounts: Fact[]): Fact | undefined {
  const inProse = (f: Fact) => !f.table && f.source.section.length > 0;
  const names = new Set(k.projectVariants(project));
  return (
    amounts.find(inProse) ??
    k
      .docs(scope.unit, { year: scope.year })
      .flatMap((doc) => k.factsOf(doc.docId))
      .find((f) => inProse(f) && (names.has(f.row) || (f.rowPath ?? []).some((p) => names.has(p))))
  );
}

/** The project a stated part belongs to ("项目 / <专项> / <part>"), if the fact is such a part. */
const partOf = (fact: Fact) =>
  fact.rowPath?.[0] === "项目" && fact.rowPath.length === 3 ? fact.rowPath[1] : undefined;

/**
 * "<某专项>的钱用于哪里", "由谁实施", "做多长时间": the sections of the project's own write-up that say
 * it, found beside the figure the write-up states for the project. Undefined when the question asks
 * no such aspect, or the unit's documents have no write-up with that heading for the project.
 */
export async function projectAspectOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  const project = plan.metrics.find((m) => m.type === "project");
  // (In the order the question asks them: "依据什么？实施期多长" quotes the basis first.)
  const aspects = PROJECT_ASPECTS.filter((a) => a.asks.test(plan.question) && !a.unless?.test(plan.question))
    .map((aspect) => ({ aspect, at: plan.question.search(aspect.asks) }))
    .sort((a, b) => a.at - b.at)
    .map(({ aspect }) => aspect);
  // Something asked beyond what a write-up says ("哪几场活动、各多少钱"): the scope check answers it.
  const unanswered = plan.attributes.filter(
    (key) => !aspects.some((aspect) => aspect.answers?.includes(key)),
  );
  // (A count asked beside it, "…什么时候实施？抽检了多少批次", is a figure no write-up section gives.)
  if (project?.type !== "project" || !aspects.length || unanswered.length || plan.counts) return undefined;
  await loadFacts(k, plan, scopes);
  for (const scope of scopes) {
    const split = aspects.some((a) => a.unlessParts) && statedParts(k, scope, project.name).length > 0;
    const headings = aspects.filter((a) => !(split && a.unlessParts)).flatMap((a) => a.headings);
    if (!headings.length) continue;
    const anchor = anchorOf(k, scope, project.name, lookup(k, scope, project, wantOf(plan, scope)));
    if (!anchor) continue;
    const writeUp = await writeUpAround(k, anchor);
    // In the order the question's aspects are listed; a section two headings match is quoted once.
    const sections = [
      ...new Set(
        headings.flatMap((heading) => writeUp.filter((c) => c.section.some((t) => heading.test(t)))),
      ),
    ];
    // A day asked ("什么时候完工") is answered only by a write-up that states one (not a quarter's payments).
    // (A chunk's first line is its title, which may name the heading the pattern looks for.)
    const body = (c: Chunk) => c.text.split("\n").slice(1).join("\n");
    const dated =
      !plan.attributes.length || sections.some((c) => aspects.some((a) => a.shows?.test(body(c))));
    if (!sections.length || !dated) continue;
    return writeUpDraft(k, plan, scope, project.name, anchor, sections);
  }
  return fromSentences(k, scopes, project.name, aspects);
}

/** With no write-up under the aspect's headings: the sentences naming the project that state it. */
async function fromSentences(
  k: Knowledge,
  scopes: Scope[],
  project: string,
  aspects: typeof PROJECT_ASPECTS,
): Promise<Draft | undefined> {
  const shows = aspects.flatMap((aspect) => (aspect.shows ? [aspect.shows] : []));
  if (!shows.length) return undefined;
  for (const scope of scopes) {
    // (Else a sentence of the paragraph opening on the project's name: "（一）<某项目>。实施单位为…".)
    const named = await projectSentences(k, scope, project, shows);
    const passages = named.length ? named : await projectSentences(k, scope, project, shows, true);
    if (passages.length) return projectPassagesDraft(scope, project, passages, "原文").build();
  }
  return undefined;
}

/** The write-up's sections that say the aspects asked, quoted, with the project's amount beside them. */
function writeUpDraft(
  k: Knowledge,
  plan: QueryPlan,
  scope: Scope,
  name: string,
  anchor: Fact,
  sections: Chunk[],
): Draft {
  const b = new DraftBuilder();
  // A part of a project's stated split ("项目 / <专项> / <part>") has no write-up of its own: its
  // project's is quoted, and said to be the project's.
  const parent = partOf(anchor);
  b.d.headline = [
    parent
      ? `${name}是${parent}的一部分，以下内容摘自${scope.unit}${scope.year}年度${anchor.kind}中${parent}的说明：`
      : `以下内容摘自${scope.unit}${scope.year}年度${anchor.kind}中${name}的说明：`,
  ];
  for (const chunk of sections) {
    b.d.passages.push({
      chunk,
      title: chunk.section.join(" > "),
      // A list item read as the section's title is part of what it says.
      text: [...(LIST_ITEM.test(chunk.title) ? [chunk.title] : []), ...chunk.text.split("\n").slice(1)]
        .filter((line) => line.trim())
        .join("\n"),
    });
    b.d.extraSources.push({ chunkId: chunk.id });
  }
  const period = periodApart(sections, scope);
  if (period) b.d.notes.push([period]);
  // The amount of the project itself is said beside it, never a part the write-up states.
  const amount = lookup(k, scope, { type: "project", name }, wantOf(plan, scope)).includes(anchor);
  if (amount) b.d.bullets.push([`${name}：`, b.fact(anchor, name), "。"]);
  return b.build();
}

/**
 * A budget's write-up whose 实施周期 names other years than the budget's own ("2025年1月1日-…" in the
 * 2026 budget): said, as the document may have kept last year's text.
 */
function periodApart(sections: { section: string[]; text: string }[], scope: Scope): string | undefined {
  if (scope.doc.kind !== "预算") return undefined;
  const period = sections.find((chunk) => chunk.section.some((title) => /实施周期/.test(title)));
  // (The chunk's first line is its title, which names the document's year.)
  const said = (period?.text ?? "").split("\n").slice(1).join("\n");
  const years = [...new Set([...said.matchAll(/(20\d{2})年/g)].map((m) => Number(m[1])))];
  if (!years.length || years.includes(scope.doc.year)) return undefined;
  return `文件所写实施周期的年份（${years.join("、")}年）与本预算所属年度（${scope.doc.year}年）不一致，可能沿用了上年的文字，请以原文核对。`;
}
