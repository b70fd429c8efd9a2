import { join } from "node:path";
import { z } from "zod";

/**
 * The gold sets, each scored and reported on its own:
 * - `tuning`: written with the code in view; rules may be tuned to make it pass.
 * - `independent`: written by someone who saw only the documents; never tune rules to it.
 * - `pdf`: about the 上海 PDFs, read off the rendered pages.
 */
export const Split = z.enum(["tuning", "independent", "pdf"]);
export type Split = z.infer<typeof Split>;

export interface SplitInfo {
  /** Folder of *.jsonl files (not recursive). */
  dir: string;
  /** Whether its items need the PDF corpus (../shared/corpus-pdf) in the index. */
  needsPdfCorpus: boolean;
  /** Held out: reported, never used to tune rules, not gated by the thresholds. */
  heldOut: boolean;
}

const GOLD = join(import.meta.dirname, "gold");

export const SPLITS: Record<Split, SplitInfo> = {
  tuning: { dir: GOLD, needsPdfCorpus: false, heldOut: false },
  independent: { dir: join(GOLD, "independent"), needsPdfCorpus: true, heldOut: true },
  pdf: { dir: join(GOLD, "pdf"), needsPdfCorpus: true, heldOut: false },
};
