import type { Fact } from "../schema.js";

/** A project's self-evaluation form (项目支出绩效自评表): its funds row is the project's own money. */
const PROJECT_FORM = /项目支出绩效自评表/;
/** The form's funds row: the total over the funding sources (当年财政拨款, 上年结转, 其他资金). */
const FUNDS_ROW = /^(?:年度)?资金总额$/;
/** The funds row's columns that are the project's budget, spending and execution rate. */
const FUNDS_COLUMN = /^(?:年初预算数|全年预算数|全年执行数|执行率)$/;

/** The project a form's column path names first ("“某某”项目 / 实施单位 / …" → 某某). */
function projectName(column: string): string | undefined {
  const head = column.split(" / ")[0]?.trim() ?? "";
  const quoted = /^[“"]([^”"]{2,40})[”"](?:项目)?$/.exec(head);
  const name = quoted ? quoted[1] : head;
  if (name.length < 3 || /^项目/.test(name) || FUNDS_COLUMN.test(name)) return undefined;
  return name;
}

/**
 * The budget, spending and execution rate of each project evaluated in a 项目支出绩效自评表, as
 * facts of the project itself (rowPath 项目 / name): the form states them on its 资金总额 row,
 * with the project named in the header above.
 */
export function projectFunds(facts: Fact[]): Fact[] {
  return facts.flatMap((f): Fact[] => {
    if (!PROJECT_FORM.test(f.tableTitle ?? "") || !FUNDS_ROW.test(f.row)) return [];
    const name = projectName(f.column);
    const column = f.column.split(" / ").find((part) => FUNDS_COLUMN.test(part.trim()));
    if (!name || !column) return [];
    const rate = column === "执行率";
    return [
      {
        ...f,
        id: `${f.id}:project`,
        row: name,
        rowPath: ["项目", name],
        column,
        ...(rate ? { measure: "%" } : {}),
      },
    ];
  });
}
