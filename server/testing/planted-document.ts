import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DOCS_DIR } from "./http-harness.js";

/**
 * Test support (not a test): data/docs/001 (驻北京联络处 2024 决算) with hostile text planted
 * in it, as a document from an untrusted source could carry: spreadsheet formulas as two row
 * labels of its project table (lines 1226 and 1234), and HTML and a script link inside the first
 * sentence of its 部门职责 (line 7). Everything else is the document as published.
 */
export const SOURCE_FILE = "001_c98938bd16771fdc.txt";
export const FORMULA_LABEL = '=HYPERLINK("http://x","y")';
/** Labels lose their spaces when parsed (cleanLabel): "/" separates the attributes instead. */
export const AT_LABEL = "@SUM(1)<img/src=x/onerror=alert(5)>";
export const HTML_PAYLOAD =
  '<img src=x onerror="alert(1)"><script>alert(2)</script>[点我](javascript:alert(3))';
/** The sentence the HTML goes into, and a question whose answer quotes it. */
export const SENTENCE = "负责市委、市人民政府领导在京公务活动的接待工作；";
export const DUTIES_QUESTION = "驻北京联络处的主要职责是什么";
/** The project rows' 超支（+）/结余（-） cells (lines 1230 and 1238): negative numbers. */
export const BALANCES: Record<string, string> = { [FORMULA_LABEL]: "-7.65", [AT_LABEL]: "-1.44" };

function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0)
    throw new Error(`expected exactly one ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Writes the planted copy into `dir` as planted-001.txt and returns its path. */
export async function writePlantedDocument(dir: string): Promise<string> {
  let text = await readFile(join(DOCS_DIR, SOURCE_FILE), "utf8");
  text = replaceOnce(text, "\t驻京工作经费\n", `\t${FORMULA_LABEL}\n`);
  text = replaceOnce(text, "\t招商专项\n", `\t${AT_LABEL}\n`);
  const at = text.indexOf(SENTENCE);
  text = text.slice(0, at) + SENTENCE.replace("；", `${HTML_PAYLOAD}；`) + text.slice(at + SENTENCE.length);
  const file = join(dir, "planted-001.txt");
  await writeFile(file, text);
  return file;
}
