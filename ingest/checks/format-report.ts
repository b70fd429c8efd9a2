import type { DocumentInfo, DocumentReport } from "../schema.js";

export type ReportedDocument = Pick<DocumentInfo, "docId" | "file" | "unit" | "year" | "kind" | "report">;

/** Past this many documents the summary lists only the least consistent ones. */
export const LISTED_DOCUMENTS = 200;
const LOWEST_LISTED = 20;
const FAILURES_LISTED = 3;

export function percent(rate: number): string {
  return `${(rate * 100).toFixed(1).replace(/\.0$/, "")}%`;
}

/** "[001] 株洲市人民政府驻北京联络处 2024年度决算: 13 tables (8 standard), 465 facts, checks 71/74 (95.9%)" */
export function reportLine(d: ReportedDocument): string {
  const head = `[${d.docId}] ${d.unit} ${d.year}年度${d.kind}`;
  const r = d.report;
  if (!r) return `${head}: no report (indexed before reports existed; re-ingest to check it)`;
  const standard = r.tables.filter((t) => t.standard).length;
  const facts = r.tables.reduce((n, t) => n + t.facts, 0);
  const checks = r.checks.total
    ? `checks ${r.checks.passed}/${r.checks.total} (${percent(r.checks.passed / r.checks.total)})`
    : "nothing to check";
  const missing = r.missing.length && standard ? `; missing ${r.missing.join("、")}` : "";
  return `${head}: ${r.tables.length} tables (${standard} standard), ${facts} table facts, ${checks}${missing}`;
}

/** A document's failed checks, at most `limit`, then how many more there are. */
export function failureLines(r: DocumentReport, limit = FAILURES_LISTED): string[] {
  const failed = r.checks.total - r.checks.passed;
  const lines = r.checks.failed.slice(0, limit).map((f) => `  ✗ ${f.kind}: ${f.message}`);
  if (failed > lines.length) lines.push(`  … ${failed - lines.length} more failed check(s)`);
  return lines;
}

/**
 * One line per document with its failures under it; past LISTED_DOCUMENTS documents, a line on
 * the whole run and the least consistent documents only (a 10,000-document benchmark).
 */
export function reportLines(documents: ReportedDocument[]): string[] {
  const rated = documents.filter((d) => d.report?.passRate != null);
  let listed = documents;
  const out: string[] = [];
  if (documents.length > LISTED_DOCUMENTS) {
    const rates = rated.map((d) => d.report!.passRate!).sort((a, b) => a - b);
    const median = rates.length ? percent(rates[Math.floor(rates.length / 2)]) : "–";
    const imperfect = rates.filter((r) => r < 1).length;
    out.push(
      `Checks: ${rated.length} of ${documents.length} documents checked, median pass rate ${median}, ${imperfect} with failed checks; the ${LOWEST_LISTED} lowest:`,
    );
    listed = [...rated].sort((a, b) => a.report!.passRate! - b.report!.passRate!).slice(0, LOWEST_LISTED);
  }
  for (const d of listed) {
    out.push(reportLine(d));
    if (d.report) out.push(...failureLines(d.report));
  }
  return out;
}
