import { basename, extname } from "node:path";
import { parse } from "csv-parse/sync";
import { AppError } from "../../lib/app-error.js";
import { decodeText } from "./decode-text.js";
import type { DocumentReader } from "./read-document.js";

/**
 * A table exported as CSV (an open-data portal's dataset: GBK or UTF-8 with a BOM, RFC 4180
 * quoting), parsed by csv-parse. Such a file prints no title: its name is the table's
 * ("03_部门支出总表.csv", 表3). A two-level header flattened with "_" ("基本支出_人员经费") is laid out
 * again as the two header rows a printed table has; a header repeated inside the file is dropped.
 */
export const csvReader: DocumentReader = {
  extensions: [".csv"],
  read(file, bytes) {
    const records = recordsOf(file, decodeText(file, bytes));
    if (!records.length) throw new AppError("EMPTY_FILE", `${file}: the CSV file has no rows`);
    const [header, ...rows] = records;
    const lines = [
      titleOf(file),
      ...headerRows(header),
      ...rows.filter((row) => row.join("\t") !== header.join("\t")).map((row) => row.join("\t")),
    ];
    return { text: lines.join("\n"), format: "csv" };
  },
};

/** The file's records, each cell's own line breaks joined, trailing empty cells (a trailing comma) dropped. */
function recordsOf(file: string, text: string): string[][] {
  let records: string[][];
  try {
    records = parse(text, {
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      bom: true,
    });
  } catch (error) {
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: not a readable CSV file (${(error as Error).message})`,
      undefined,
      {
        cause: error,
      },
    );
  }
  return records
    .map((record) => record.map((cell) => cell.replace(/\s*\n\s*/g, "").trim()))
    .map((record) => record.slice(0, lastFilled(record) + 1))
    .filter((record) => record.length > 0);
}

const lastFilled = (record: string[]) => record.findLastIndex((cell) => cell !== "");

/**
 * "03_部门支出总表.csv" → "表3．部门支出总表": the name is the title, its number the table's label
 * (so that a title of no standard name, "<NN>_<某目标表>", still opens a table).
 */
function titleOf(file: string): string {
  const name = basename(file, extname(file));
  const numbered = /^\s*(\d{1,2})\s*[_.、\-－\s]\s*(.+)$/.exec(name);
  return numbered ? `表${Number(numbered[1])}．${numbered[2]}` : name;
}

/** "收入项目", "支出预算数_合计": a statement's side said before its column, flattened without "_". */
const SIDE_COLUMN = /^(收入|支出)(项目|预算数|决算数|金额|合计)(?=_|$)/;

/**
 * "合计, 基本支出_小计, 基本支出_人员经费": the header as printed, one row a level, a group's name once
 * over its columns and a column with fewer levels blank below its name.
 */
function headerRows(header: string[]): string[] {
  const paths = header.map((cell) => cell.replace(SIDE_COLUMN, "$1_$2").split("_"));
  const depth = Math.max(...paths.map((path) => path.length));
  if (depth === 1) return [header.join("\t")];
  return Array.from({ length: depth }, (_, level) =>
    paths
      .map((path, column) => {
        const part = path[level] ?? "";
        const before = paths[column - 1];
        const sameGroup =
          !!before && before.slice(0, level + 1).join("_") === path.slice(0, level + 1).join("_");
        return level < path.length - 1 && sameGroup ? "" : part;
      })
      .join("\t"),
  );
}
