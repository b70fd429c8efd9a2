import type { DocKind, DocumentReport, Fact, ParsedTable } from "../schema.js";
import type { CheckOutcome } from "./check-outcome.js";
import { cellAddress } from "./indexed-tables.js";
import { standardTableOf, standardTablesOf } from "./standard-tables.js";

/** Failures kept on the report (the count is total − passed); the document's warnings keep them all. */
export const REPORT_FAILURES_KEPT = 20;
/** A failure's message is cut here: the parts of a long sum are in its factIds. */
const MESSAGE_CHARS = 300;

/** What was read and how much of it adds up: stored on the DocumentInfo, shown by the CLI and the page. */
export function buildReport(input: {
  kind: DocKind;
  tables: ParsedTable[];
  facts: Fact[];
  outcomes: CheckOutcome[];
}): DocumentReport {
  const factsPerTable = new Map<string, number>();
  for (const f of input.facts) {
    const at = f.table ? cellAddress(f.id) : undefined;
    if (at) factsPerTable.set(at.tableId, (factsPerTable.get(at.tableId) ?? 0) + 1);
  }
  const tables = input.tables.map((t) => {
    const standard = standardTableOf(t)?.name;
    return {
      id: t.id,
      title: t.title,
      ...(standard ? { standard } : {}),
      ...(t.label ? { label: t.label } : {}),
      ...(t.note?.trim() ? { note: clip(t.note.trim()) } : {}),
      rows: t.rows.filter((r) => !r.header).length,
      facts: factsPerTable.get(t.id) ?? 0,
      amountUnit: t.amountUnit,
    };
  });
  const found = new Set(tables.map((t) => t.standard));
  const counted = input.outcomes.filter((o) => o.holds !== undefined);
  const passed = counted.filter((o) => o.holds).length;
  const failed = counted
    .filter((o) => !o.holds)
    .slice(0, REPORT_FAILURES_KEPT)
    .map((o) => ({ kind: o.kind, message: clip(o.warning?.message ?? o.kind), factIds: o.factIds }));
  return {
    tables,
    missing: standardTablesOf(input.kind)
      .map((s) => s.name)
      .filter((name) => !found.has(name)),
    checks: { total: counted.length, passed, failed },
    passRate: counted.length ? Math.round((passed / counted.length) * 10_000) / 10_000 : null,
  };
}

function clip(message: string): string {
  return message.length > MESSAGE_CHARS ? `${message.slice(0, MESSAGE_CHARS - 1)}…` : message;
}
