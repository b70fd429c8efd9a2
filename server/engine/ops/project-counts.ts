import { escapeRegExp } from "../../../lib/escape-regexp.js";
import type { Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import { countedNounOf } from "../lexicon/prose-counts.js";
import type { QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { addProjectScore } from "./project-score.js";
import { projectPassagesDraft, projectSentences } from "./project-sentences.js";

/** What a count is counted in ("28个老旧小区", "居民4380户"). */
const CLASSIFIERS = "个|户|人次|人|处|座|所|项|家|条|名|次|批次|公里|平方米|亩|台|套|辆";

/** When a project runs, asked ("什么时候实施", "实施期多长", "哪年开始"). */
const WHEN_ASKED = /什么时候|何时|哪(?:一)?年|哪个月|实施期|起止|期限|多长时间/;
/** A sentence stating a project's period ("实施期为<年月日>—…", "实施期限…"). */
const PERIOD_STATED = /实施(?:期|周期|期限|时间)|执行期|起止时间/;

/**
 * "<某项目>改了多少个小区", "惠及多少户": what a project does, counted in the sentences of the paragraph
 * that names it, quoted (a project's facts are its money and score, never such counts). Undefined
 * when no such sentence counts the noun asked.
 */
export async function projectCountOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  const project = plan.metrics.find((metric) => metric.type === "project");
  const noun = countedNounOf(plan.question);
  if (project?.type !== "project" || !noun) return undefined;
  // (Named in the question itself: a count asked after talk of a project may be of anything; a word of
  // the project's own name counted, "<…新增<某物>项目>…新增多少<某物>", is its size.)
  if (!(plan.counts && !plan.followUp) && !project.name.includes(noun)) return undefined;
  // The noun counted right after its number ("28个老旧小区", "居民4380户": the noun, then the number;
  // "<某物>面积不少于<N>亩": a few words between).
  const counted = new RegExp(
    `\\d[\\d,.]*\\s*(?:${CLASSIFIERS})[\\u4e00-\\u9fa5]{0,4}${escapeRegExp(noun)}|${escapeRegExp(noun)}[^，,。；;\\d]{0,6}\\d[\\d,.]*\\s*(?:${CLASSIFIERS})`,
  );
  for (const scope of scopes) {
    const counts = await projectSentences(k, scope, project.name, [counted], true);
    if (!counts.length) continue;
    // "…何时实施、建几个<某设施>": its period asked beside, the sentence stating it too.
    const passages = WHEN_ASKED.test(plan.question)
      ? await projectSentences(k, scope, project.name, [counted, PERIOD_STATED], true)
      : counts;
    const b = projectPassagesDraft(scope, project.name, passages, "段落");
    b.d.notes.push(["数字为文件原文所写，未经计算。"]);
    // "…绩效自评多少分": the project's score asked beside, read as its fact.
    await k.loadDocuments([scope.doc.docId]);
    const draft = b.build();
    addProjectScore(k, plan, [scope], draft);
    return draft;
  }
  return undefined;
}
