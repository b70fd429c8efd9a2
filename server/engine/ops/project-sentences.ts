import { matchKey } from "../../../ingest/text/normalize-text.js";
import { DraftBuilder, type Passage } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { routeNames } from "../metric-words.js";
import { retrieve } from "../retrieval.js";
import type { Scope } from "../scope.js";

/** A project's printed name without a closing note of its funds ("…工程（国有土地使用权出让收入安排）"). */
const CLOSING_NOTE = /[（(][^（()）]*[)）]$/;

/** Passages searched for sentences naming the project. */
const SEARCHED = 8;

/** The names a sentence may call the project by: its own, its variants, without a closing note, its route. */
function namesOf(k: Knowledge, project: string): string[] {
  const names = k.projectVariants(project).flatMap((name) => [name, name.replace(CLOSING_NOTE, "")]);
  return [...new Set([...names, ...names.flatMap(routeNames)].filter((name) => name.length >= 4))].map(
    matchKey,
  );
}

/** A sentence opening the next numbered item of a list ("（三）…", "3．…"): another project's. */
const NEXT_ITEM = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])/;

/**
 * The sentences from the one naming the project to the next numbered item ("（二）<某项目>。实施单位为…
 * （三）<另一项目>。…"): what the paragraph says of it, never of the projects listed after it.
 */
function afterItsName(sentences: string[], named: (text: string) => boolean): string[] {
  const at = sentences.findIndex(named);

  if (at < 0) return [];
  const end = sentences.findIndex((sentence, i) => i > at && NEXT_ITEM.test(sentence));
  return sentences.slice(at, end < 0 ? undefined : end);
}

/**
 * The sentences of the unit's narrative that name the project and state what `shows` matches
 * ("岔河至大平掌…工程：预算…，实施期为…"), each passage's sentences quoted together: how a
 * project described in one paragraph, with no write-up of its own, tells its period or size.
 */
export async function projectSentences(
  k: Knowledge,
  scope: Scope,
  project: string,
  shows: readonly RegExp[],
  /** The project named anywhere in the sentence's paragraph ("<某项目>。…资金主要用于N个小区…"). */
  inItsParagraph = false,
): Promise<Passage[]> {
  const names = namesOf(k, project);

  const hits = await retrieve(
    k,
    project.replace(CLOSING_NOTE, ""),
    { units: [scope.unit], years: [scope.doc.year], kind: scope.doc.kind, type: "section" },
    SEARCHED,
  );
  const passages: Passage[] = [];
  for (const { chunk } of hits) {
    const named = (text: string) => names.some((name) => matchKey(text).includes(name));
    // A section titled by the project ("3.<某项目>" over its amount, period and targets) is all about it.
    const titled = named(chunk.section.at(-1) ?? "");
    const sentences = chunk.text
      .split("\n")
      .slice(1)
      .flatMap((line) => {
        // (Its lines are quoted whole: "数量指标：…；…；…" is one statement of several targets.)
        if (titled) return [line];
        const all = line.match(/[^。；;]+[。；;]?/g) ?? [];
        return inItsParagraph ? afterItsName(all, named) : all.filter(named);
      })
      .filter((sentence) => shows.some((pattern) => pattern.test(sentence)));
    if (sentences.length)
      passages.push({
        chunk,
        title: chunk.section.join(" > "),
        text: sentences.join(titled ? "\n" : "").trim(),
      });
  }
  return passages;
}

/**
 * The passages found quoted, each its own source, under a headline naming where they are from
 * ("…中写到<项目>的原文：", "…的段落："). The caller builds the draft.
 */
export function projectPassagesDraft(
  scope: Scope,
  project: string,
  passages: Passage[],
  quoted: "原文" | "段落",
): DraftBuilder {
  const b = new DraftBuilder();
  b.d.headline = [
    `以下内容摘自${scope.unit}${scope.doc.year}年度${scope.doc.kind}中写到${project}的${quoted}：`,
  ];
  for (const passage of passages) {
    b.d.passages.push(passage);
    b.d.extraSources.push({ chunkId: passage.chunk.id });
  }
  return b;
}
