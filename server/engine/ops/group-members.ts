import { METRIC_BY_KEY } from "../../../ingest/domain/metrics.js";
import type { Fact } from "../../../ingest/schema.js";
import { money } from "../../../lib/money.js";
import { difference, total } from "../calculator.js";
import type { DraftBuilder, Segment } from "../draft.js";
import type { Knowledge } from "../knowledge.js";
import type { MetricRef } from "../plan-schema.js";

/**
 * A group of projects stated in one sentence ("年初预算项目“甲”、“乙”…实际支出N万元"): the projects it
 * names, each as its own write-up states its spending below, added up against the group's figure.
 */
export function addGroupMembers(k: Knowledge, b: DraftBuilder, ref: MetricRef, group: Fact): void {
  if (ref.type !== "metric" || !METRIC_BY_KEY.get(ref.key)?.namesItsProjects || group.column !== "决算数")
    return;
  const seen = new Set<string>();
  const members = k
    .factsOf(group.docId)
    .filter(
      (f) =>
        !f.table &&
        f.rowPath?.[0] === "项目" &&
        f.rowPath.length === 2 &&
        f.column === "决算数" &&
        f.measure === group.measure &&
        f.source.lines[0] > group.source.lines[0] &&
        group.source.excerpt.includes(f.row) &&
        !seen.has(f.row) &&
        !!seen.add(f.row),
    );
  if (members.length < 2) return;
  const listed: Segment[] = ["其中："];
  members.forEach((f, i) => listed.push(i ? "，" : "", `${f.row} `, b.fact(f, f.row)));
  b.d.bullets.push([...listed, "。"]);
  const added = total(
    members.map((f) => f.value),
    group.measure,
  );
  const line: Segment[] = ["以上项目相加为 ", b.computed(added, "所列项目之和", members)];
  if (money(added.value).eq(group.value)) line.push("，与这一句所写实际支出相等。");
  else
    line.push(
      "，与这一句所写实际支出相差 ",
      b.computed(difference(group.value, added.value, group.measure), "所写实际支出与项目之和的差", [
        group,
        ...members,
      ]),
      "。",
    );
  b.d.bullets.push(line);
}
