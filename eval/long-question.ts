/**
 * Question text of about `chars` characters, as a long paste would be: sample-corpus questions
 * repeated, mixing units, figures, years and cues (for the planner's scaling test and benchmark).
 */
export function longQuestion(chars: number): string {
  const parts = [
    "驻京办2024年三公经费是多少，",
    "市政府办公室的公务接待费比上年增加了多少？",
    "天元区委办一般公共预算财政拨款支出决算表中行政运行的决算数",
    "各单位人均公用经费排名，",
  ];
  let text = "";
  for (let i = 0; text.length < chars; i++) text += parts[i % parts.length];
  return text.slice(0, chars);
}
