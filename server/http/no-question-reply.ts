import type { Knowledge } from "../engine/knowledge.js";
import type { AnswerResult } from "../engine/plan-schema.js";

/** The chat's reply to a message with no question in it: what the engine's answers look like, without a plan. */
export type ChatReply = Omit<AnswerResult, "plan"> & { plan?: AnswerResult["plan"] };

/**
 * A message with no letter or digit ("？？？", emoji, punctuation, invisible characters) gets a
 * `clarify` reply with examples built from the index (a unit it covers and that unit's latest
 * year), never an answer to a question nobody asked.
 */
export function noQuestionReply(knowledge: Knowledge | undefined): ChatReply {
  const doc = knowledge?.documents[0];
  const unit = doc ? (knowledge?.unit(doc.unit)?.aliases[0] ?? doc.unit) : undefined;
  const year = doc ? knowledge?.latestYear(doc.unit) : undefined;
  const examples = unit
    ? [`“${unit}${year ?? ""}年三公经费是多少”`, `“${unit}有几辆公务用车”`, "“哪个单位三公经费最高”"]
    : ["“<单位名称><年份>的三公经费”", "“三公经费最高的单位”"];
  return {
    answer:
      "这条消息里没有可以回答的问题。请用文字写出想查的单位、年份和项目，例如" + `${examples.join("、")}。`,
    status: "clarify",
    facts: [],
    citations: [],
    mode: "rules",
  };
}
