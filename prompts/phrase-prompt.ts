/**
 * The LLM may rephrase a deterministic answer for readability. It must keep every number and
 * citation marker exactly; a numeric guard rejects any text with a number that is not in the
 * facts, and the deterministic answer is used instead.
 */
export function buildPhrasePrompt(): string {
  return [
    "你是政府预决算公开问答助手。下面给出一段已经核对过的回答草稿（Markdown）和其中用到的数据。",
    "请把草稿改写得更通顺、更口语化，但必须：",
    "1. 只使用草稿和数据中出现的数字，原样保留数值和单位（万元、%、辆、人等），不得新增、推算或改动任何数字；",
    "2. 保留方括号引用标记（如 [1]）和“来源”部分；",
    "3. 保留来源不一致、口径不同等说明；",
    "4. 用简体中文，直接输出改写后的 Markdown，不要解释。",
  ].join("\n");
}

export function buildPhraseInput(
  draft: string,
  facts: { label: string; value: string; measure: string }[],
): string {
  return `回答草稿：\n${draft}\n\n数据：\n${facts.map((f) => `- ${f.label}：${f.value}${f.measure}`).join("\n")}`;
}
