import type { DocumentReport } from "../../../ingest/schema.js";
import { TABLE_LABEL, TABLE_NAME_FILLER } from "../lexicon/table-inventory.js";

export type ReportTable = DocumentReport["tables"][number];

/** A name shares at least this many characters in a row with a table's title to name it. */
const NAME_OVERLAP = 4;

/** A title without quotes, years and edition words: what people call the table. */
export function plain(text: string): string {
  return text
    .replace(/[“”"‘’'《》\s]/g, "")
    .replace(/\d{4}年度?/g, "")
    .replace(/^(?:预算单位|部门|单位)/, "");
}

/** The words of a question before "表" that name a table ("收入决算那张表" → 收入决算). */
export function askedName(question: string): string {
  return plain(question).replace(TABLE_NAME_FILLER, "");
}

/** The longest run of characters two texts share, at least NAME_OVERLAP long. */
export function overlap(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < b.length; j++) {
      let n = 0;
      while (a[i + n] !== undefined && a[i + n] === b[j + n]) n++;
      if (n > best) best = n;
    }
  return best >= NAME_OVERLAP ? best : 0;
}

/** "三公表": the longest end (two characters or more) of the words before a "表" that the title holds. */
function nameBeforeTable(asked: string, title: string): number {
  let best = 0;
  for (let at = asked.indexOf("表"); at > 0; at = asked.indexOf("表", at + 1))
    for (let from = Math.max(0, at - 12); from < at - 1; from++)
      if (title.includes(asked.slice(from, at))) {
        best = Math.max(best, at - from);
        break;
      }
  return best;
}

/** The tables a question names: by printed label ("公开07表"), else those sharing most of a title. */
export function namedTables(question: string, tables: ReportTable[]): ReportTable[] {
  const label = TABLE_LABEL.exec(question)?.[0];
  if (label) return tables.filter((t) => t.label === label);
  const asked = askedName(question);
  const scored = tables.map((table) => {
    const title = plain(table.title);
    return { table, n: Math.max(overlap(asked, title), nameBeforeTable(asked, title)) };
  });
  const best = Math.max(0, ...scored.map((s) => s.n));
  return best ? scored.filter((s) => s.n === best).map((s) => s.table) : [];
}
