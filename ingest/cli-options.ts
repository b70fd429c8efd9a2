import { parseArgs } from "node:util";
import { z } from "zod";
import { AppError } from "../lib/app-error.js";
import { DocKind } from "./schema.js";

/** `--unit`, `--year`, `--kind`: metadata for every document of the run, over what the text says. */
const Overrides = z
  .object({
    unit: z.string().trim().min(1, "--unit needs a unit name").optional(),
    year: z.coerce.number().int().min(1949).max(2100).optional(),
    kind: z
      .string()
      .transform((k) => k.replace(/^部门/, ""))
      .pipe(DocKind)
      .optional(),
  })
  .strict();

/** Paths and metadata overrides from the command line; a bad flag is an error naming it. */
export function parseCommandLine(argv: string[]): { paths: string[]; overrides: z.infer<typeof Overrides> } {
  const { values, positionals } = parseArgs({
    args: argv.filter((a) => a !== "--"),
    options: { unit: { type: "string" }, year: { type: "string" }, kind: { type: "string" } },
    allowPositionals: true,
  });
  const parsed = Overrides.safeParse(values);
  if (!parsed.success)
    throw new AppError(
      "BAD_REQUEST",
      `invalid option: ${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return { paths: positionals, overrides: parsed.data };
}
