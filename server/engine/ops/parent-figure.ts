import type { Fact } from "../../../ingest/schema.js";
import { METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import { matchKey } from "../../../ingest/text/normalize-text.js";
import { DraftBuilder, type Draft } from "../draft.js";
import { ratio } from "../calculator.js";
import { isCount } from "../counted-metrics.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef, QueryPlan } from "../plan-schema.js";
import type { Scope } from "../scope.js";
import { loadFacts } from "../load-facts.js";
import { untitledYear } from "../select-facts.js";
import { metricLabel, scopeLabel, wantLabel } from "./labels.js";
import { lookup, wantOf } from "./lookup.js";
import { bodyProjectsOp } from "./body-projects.js";
import { PERSONAL_ATTRIBUTES } from "../lexicon/scope-attributes.js";
import {
  BODY_ROW_TABLES,
  BODY_TABLE_TITLES,
  OWN_WHOLE_ASKED,
  PARENT_WHOLE_ASKED,
} from "../lexicon/body-rows.js";

/**
 * A subordinate body that publishes nothing of its own, asked for a figure: the refusal names the
 * closest disclosed one, its parent's (whose consolidated documents include it), said to be the
 * parent's. The answer stays not_found.
 */
export async function withParentFigure(
  k: Knowledge,
  plan: QueryPlan,
  refusal: Draft,
  parents: Scope[],
): Promise<Draft> {
  // A person asked about (a post's holder, "his" pay): the refusal alone.
  if (plan.attributes.some((attribute) => PERSONAL_ATTRIBUTES.has(attribute))) return refusal;
  const scope = parents[0];
  // Its projects, where the parent's project table lists them by the body that carries them.
  const projects = scope ? await bodyProjectsOp(k, plan, scope, plan.units[0]) : undefined;
  if (projects) return projects;
  const ref = plan.metrics[0];
  if (!ref || !scope) return refusal;
  await loadFacts(k, plan, [scope]);
  const want = wantOf(plan, scope);
  const fact = lookup(k, scope, ref, want)[0];
  const own = ownRow(k, scope, plan.units[0], ref);
  if (!fact && !own.length) return refusal;
  const b = new DraftBuilder();
  const label = metricLabel(ref, k);
  // The parent's table of the figure lists the body's own row (部门收入预算表 by body): disclosed.
  const body = plan.units[0];
  if (body && own.some((cell) => ownRowHolds(ref, cell))) {
    // "<下属单位>的<某费>占全局的几成": its row's total over the department's figure.
    // "<下属单位>的项目支出占它总支出的比例": two cells of its own row; else its row over the bureau's figure.
    if (plan.operation === "share") {
      const within = OWN_WHOLE_ASKED.test(plan.question)
        ? shareWithinRow(b, body, own, [ref, { type: "metric", key: "合计" }])
        : shareWithinRow(b, body, own, plan.metrics);
      if (!within && fact && plan.metrics.length === 1 && PARENT_WHOLE_ASKED.test(plan.question))
        shareOfParent(b, scope, body, own, fact, label);
    }
    return ownRowAnswer(b, scope, body, own);
  }
  b.d.status = "not_found";
  b.d.headline = [...refusal.headline];
  // Its own row in a table of the parent's (a project list by the bodies that carry the projects).
  if (own.length)
    b.d.bullets.push([
      `${scopeLabel(scope)}${tableNameOf(own[0])}中列有${plan.units[0]}一行：`,
      ...own.flatMap((cell, i) => [
        i ? "，" : "",
        `${cell.column} `,
        b.fact(cell, `${plan.units[0]}${cell.column}`),
      ]),
      "。",
    ]);
  if (fact)
    b.d.bullets.push([
      `最接近的公开数字是${scopeLabel(scope)}${label}${wantLabel(want, fact, label)} `,
      b.fact(fact, `${scope.unit}${label}`),
      `（这是${scope.unit}的数字，不是所问单位单独的数字）。`,
    ]);
  return b.build();
}

/** A table's name for the answer: its title, else the heading it sits under ("三、…人员情况"), else "表格". */
function tableNameOf(cell: Fact): string {
  return untitledYear(cell.tableTitle || `「${cell.source.section.at(-1) ?? ""}」表格`);
}

/** The asked figure is one of the standard table the row is in (income asked, the income table's row). */
function ownRowHolds(ref: MetricRef, cell: Fact): boolean {
  if (ref.type !== "metric") return false;
  // A count in a column named for it ("编制数", "年末实有人数" of a table of the bodies' staff).
  const metric = METRIC_BY_KEY.get(ref.key);
  if (metric?.measure && cell.measure === metric.measure && metric.pattern.test(cell.column)) return true;
  return (
    BODY_ROW_TABLES[ref.key] === cell.table ||
    !!METRIC_BY_KEY.get(ref.key)?.tables?.some((t) => t.table === cell.table) ||
    BODY_TABLE_TITLES.some(
      (table) => table.metrics.includes(ref.key) && table.title.test(cell.tableTitle ?? ""),
    )
  );
}

/** The cell of a body's row holding a figure: its column ends with the figure's name (合计 for a total). */
function cellOf(own: Fact[], ref: MetricRef): Fact | undefined {
  if (ref.type !== "metric") return undefined;
  const ending = /合计$/.test(ref.key) ? "合计" : ref.key;
  return own.find((cell) => cell.column.split(" / ").at(-1) === ending);
}

/** "<下属单位>的项目支出占它总支出的 x%（a ÷ b）": one cell of its row over another; false when the row has not both. */
function shareWithinRow(b: DraftBuilder, body: string, own: Fact[], metrics: MetricRef[]): boolean {
  if (metrics.length !== 2) return false;
  const [part, whole] = metrics.map((ref) => cellOf(own, ref));
  const share = part && whole && part !== whole ? ratio(part.value, whole.value) : undefined;
  if (!share || !part || !whole) return false;
  b.d.bullets.push([
    `${body}${part.column.split(" / ").at(-1)}占其${whole.column.split(" / ").at(-1)}的 `,
    b.computed(share, `${body}${part.column}占比`, [part, whole]),
    "。",
  ]);
  return true;
}

/** "<下属单位>占<上级><某费>的 x%（a ÷ b）": the row's total over the department's figure. */
function shareOfParent(
  b: DraftBuilder,
  scope: Scope,
  body: string,
  own: Fact[],
  whole: Fact,
  label: string,
): void {
  const part = own.find((cell) => /(?:^| \/ )合计$/.test(cell.column)) ?? own[0]!;
  const share = ratio(part.value, whole.value);
  if (!share || part.measure !== whole.measure) return;
  b.d.bullets.push([
    `${body}占${scope.unit}${label}的 `,
    b.computed(share, `${body}占${label}的比例`, [part, whole]),
    `（${scope.unit}${label} `,
    b.fact(whole, `${scope.unit}${label}`),
    "）。",
  ]);
}

/** "<下属单位>在<上级>的<某表>中列为：合计 A，…": the body's row, answered and cited. */
function ownRowAnswer(b: DraftBuilder, scope: Scope, name: string, own: Fact[]): Draft {
  b.d.headline = [
    `${name}的数字列在${scopeLabel(scope)}${tableNameOf(own[0])}中：`,
    ...own.flatMap((cell, i) => [i ? "，" : "", `${cell.column} `, b.fact(cell, `${name}${cell.column}`)]),
    "。",
  ];
  b.d.notes.push([`${name}没有单独公开的文件；以上是${scope.unit}${scope.doc.kind}表中该单位所在的一行。`]);
  return b.build();
}

/**
 * The cells of a table row of the parent's document labelled with the subordinate's name: in a table
 * of the figure asked when one has the row, else the first.
 */
function ownRow(k: Knowledge, scope: Scope, name: string | undefined, ref: MetricRef): Fact[] {
  if (!name) return [];
  const cells = k.factsOf(scope.doc.docId).filter((f) => !!f.table && matchKey(f.row) === matchKey(name));
  // (A count asked, 在职人数, is in no money table's row: only a table of the figure answers it.)
  const first = cells.find((f) => ownRowHolds(ref, f)) ?? (isCount(ref) ? undefined : cells[0]);
  return first
    ? cells.filter((f) => f.table === first.table && f.source.lines[0] === first.source.lines[0])
    : [];
}
