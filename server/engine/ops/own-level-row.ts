import type { Fact } from "../../../ingest/schema.js";
import { ratio, total } from "../calculator.js";
import { loadFacts } from "../load-facts.js";
import { DraftBuilder, type Draft } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { editionAsked, OTHER_BODIES_NAMED } from "../lexicon/edition-words.js";
import { columnLeaf, scopeLabel } from "./labels.js";
import { ownRow, ownRowHolds, rowCellsSaid, rowTotal, tableNameOf, tableTotalOf } from "./own-row.js";

/** How a table by body names the department's own level ("<部门>（本级）", "机关本级"). */
const OWN_LEVEL_NAMES = (unit: string): string[] => [
  `${unit}（本级）`,
  `${unit}本级`,
  `${unit}机关`,
  "本级",
  "机关本级",
];

/** What is asked of the own level's row: its cells, or its total's share of the department's. */
const ROW_OPERATIONS: ReadonlySet<QueryPlan["operation"]> = new Set(["value", "share"]);

/**
 * "<部门>本级的<某项>" of a department that publishes only its consolidated edition, whose table by
 * body lists its own level as a row ("<部门>（本级）"): that row answers, cited, said to be the row of
 * the department's table (there is no 单位 edition of its own); "本级占全部门的几成": the row's
 * total over the table's 合计.
 */
export function ownLevelRowOp(k: Knowledge, plan: QueryPlan, scopes: Scope[]): Draft | undefined {
  if (editionAsked(plan.question) !== "单位" || scopes.length !== 1 || plan.metrics.length !== 1)
    return undefined;
  // (The own level beside its subordinates, "本级和各下属单位各多少", is a breakdown by body.)
  if (!ROW_OPERATIONS.has(plan.operation) || OTHER_BODIES_NAMED.test(plan.question)) return undefined;
  const [scope] = scopes;
  const [ref] = plan.metrics;
  if (!scope || !ref || scope.doc.edition === "单位") return undefined;
  const published = k.docs(scope.unit, { year: scope.year, kind: scope.doc.kind });
  if (published.some((doc) => doc.edition === "单位")) return undefined;
  const own = ownLevelRow(k, scope, ref);
  if (!own) return undefined;
  const b = new DraftBuilder();
  const row = own[0]!.row;
  b.d.headline = [
    `${scopeLabel(scope)}${tableNameOf(own[0]!)}中“${row}”一行：`,
    ...rowCellsSaid(b, own, row),
    "。",
  ];
  if (plan.operation === "share") addShareOfTable(k, b, row, own);
  b.d.notes.push([
    `${scope.unit}没有单独公开本级的单位${scope.doc.kind}；以上是部门${scope.doc.kind}表中本级所在的一行。`,
  ]);
  return b.build();
}

/** The department's own-level row of its table by body that holds the figure asked, by any name it goes by. */
function ownLevelRow(k: Knowledge, scope: Scope, ref: MetricRef): Fact[] | undefined {
  return OWN_LEVEL_NAMES(scope.unit)
    .map((name) => ownRow(k, scope, name, ref))
    .find((own) => own.some((cell) => ownRowHolds(ref, cell)));
}

/** "本级占整个部门的 x%（a ÷ b）": the row's total over the table's 合计 in the same column. */
function addShareOfTable(
  k: Knowledge,
  b: DraftBuilder,
  row: string,
  own: Parameters<typeof rowTotal>[0],
): void {
  const part = rowTotal(own);
  const whole = tableTotalOf(k, own);
  const share = whole ? ratio(part.value, whole.value) : undefined;
  if (!whole || !share) return;
  b.d.bullets.push([
    `${row}占全部门${part.column}的 `,
    b.computed(share, `${row}占比`, [part, whole]),
    "（全部门合计 ",
    b.fact(whole, `合计${whole.column}`),
    "）。",
  ]);
}

/** The own level left out ("不算本级", "除了局机关本级", "本级以外"): the subordinate bodies together asked. */
const OWN_LEVEL_LEFT_OUT =
  /(?:不算|不含|不包括|除了|除去|扣除|扣掉|刨去|去掉)[^，,。？?]{0,8}本级|本级(?:以外|之外)/;

/**
 * "除本级外各下属单位<某项>合计": the rows of the department's table by body other than its
 * own level's, added up (the table's 合计 less the own level, shown term by term).
 */
export async function subordinatesTotalOp(
  k: Knowledge,
  plan: QueryPlan,
  scopes: Scope[],
): Promise<Draft | undefined> {
  if (!OWN_LEVEL_LEFT_OUT.test(plan.question) || scopes.length !== 1 || plan.metrics.length !== 1)
    return undefined;
  const [scope] = scopes;
  const [ref] = plan.metrics;
  if (!scope || !ref) return undefined;
  await loadFacts(k, plan, [scope]);
  const own = ownLevelRow(k, scope, ref);
  if (!own) return undefined;
  const part = rowTotal(own);
  const bodies = k
    .factsOf(scope.doc.docId)
    .filter(
      (fact) =>
        fact.table === part.table &&
        fact.column === part.column &&
        fact.measure === part.measure &&
        !fact.period &&
        !fact.rowCode &&
        fact.source.lines[0] !== part.source.lines[0] &&
        !/^合\s*计$/.test(fact.row),
    );
  if (!bodies.length) return undefined;
  const b = new DraftBuilder();
  const sum = total(
    bodies.map((fact) => fact.value),
    part.measure,
  );
  const column = columnLeaf(part.column);
  b.d.headline = [
    `${scopeLabel(scope)}${tableNameOf(part)}中除“${part.row}”以外的${bodies.length}个单位${/合计$/.test(column) ? column : `${column}合计`} `,
    b.computed(sum, `下属单位${part.column}合计`, bodies),
    "。",
  ];
  for (const fact of bodies) b.d.bullets.push([`${fact.row}：`, b.fact(fact, `${fact.row}${fact.column}`)]);
  const whole = tableTotalOf(k, part);
  if (whole)
    b.d.notes.push([
      "全部门合计 ",
      b.fact(whole, `合计${whole.column}`),
      `，其中${part.row} `,
      b.fact(part, `${part.row}${part.column}`),
      "。",
    ]);
  return b.build();
}
