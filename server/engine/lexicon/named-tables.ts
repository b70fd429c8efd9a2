/**
 * A table the question names ("经济分类表里的人员经费", "财务收支总表上", "公开03表"): where to read
 * a figure two tables print differently. The words that name one, and what a table's title must
 * contain to be it.
 */
const TABLE_NAMED =
  /(财务收支|收入支出|收支|收入|支出|经济分类|功能分类|三公经费|“三公”经费|基本支出|项目支出|政府性基金|财政拨款收支|财政拨款收入支出|一般公共预算)(?:预算|决算)?(?:总|汇总|明细|情况)?表|公开\s*(\d+)\s*表/g;

/** A table named: the words its title contains, or its printed label ("公开03表"). */
export interface NamedTable {
  title?: string;
  label?: string;
}

export function tablesNamedIn(question: string): NamedTable[] {
  return [...question.matchAll(TABLE_NAMED)].map((match) =>
    match[2] ? { label: `公开${match[2].padStart(2, "0")}表` } : { title: match[1].replace(/[“”]/g, "") },
  );
}
