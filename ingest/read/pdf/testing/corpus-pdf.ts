import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../../../../lib/config.js";

/**
 * The real disclosure PDFs (/work/shared/corpus-pdf): `../shared/corpus-pdf` beside the
 * repository, as on CI. Without it the PDF corpus tests skip, except on CI where they fail.
 */
export const CORPUS_PDF_DIR = fileURLToPath(new URL("../../../../../shared/corpus-pdf/", import.meta.url));

export const corpusPdfAvailable = existsSync(CORPUS_PDF_DIR);

export function corpusPdfMissing(): string | null {
  if (corpusPdfAvailable) return null;
  const why = `no PDF corpus at ${CORPUS_PDF_DIR}`;
  if (loadConfig().CI) throw new Error(`CI must have the PDF corpus beside the clone: ${why}`);
  return why;
}

/** Stems of the corpus PDFs that have page-verified expectations. */
export const EXPECTED_STEMS = readdirSync(fileURLToPath(new URL("../../../fixtures/pdf/", import.meta.url)))
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => f.replace(/\.expected\.json$/, ""))
  .sort();
