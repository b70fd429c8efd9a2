import sevenZipPackage, { type SevenZipModule } from "7z-wasm";
import { AppError } from "../../lib/app-error.js";
import type { ArchiveFormat, ArchiveMember } from "./archive-members.js";

/**
 * A disclosure published as a .7z or .rar archive, read by 7-Zip itself (compiled to
 * WebAssembly): both formats store member names as Unicode. Each read gets its own 7-Zip and
 * in-memory file system, dropped when the read ends.
 */
export const sevenZipArchive: ArchiveFormat = {
  extensions: [".7z", ".rar"],
  format: "7z",
  list: listSevenZipMembers,
};

/** The package is CommonJS; its factory is also its `default`, which is what TypeScript sees. */
const SevenZip = sevenZipPackage.default;

const ARCHIVE = "/archive";
/** A password is given so that 7-Zip never waits for one on standard input. */
const NO_PASSWORD = "-p-";

/** One 7-Zip run's printed lines, standard output and error kept apart. */
interface SevenZipRun {
  module: SevenZipModule;
  output: string[];
  errors: string[];
  /** Members unpacked so far: each goes to a folder of its own. */
  unpacked: number;
}

async function listSevenZipMembers(file: string, bytes: Buffer): Promise<ArchiveMember[]> {
  const output: string[] = [];
  const errors: string[] = [];
  const module = await SevenZip({
    print: (line) => output.push(line),
    printErr: (line) => errors.push(line),
  });
  const run: SevenZipRun = { module, output, errors, unpacked: 0 };
  module.FS.writeFile(ARCHIVE, bytes);
  const listing = runSevenZip(run, ["l", "-slt", "-sccUTF-8", NO_PASSWORD, ARCHIVE]);
  if (listing.failed)
    throw new AppError("UNREADABLE_FILE", `${file}: not a readable archive (${listing.failed})`);
  const entries = listedEntries(listing.lines);
  if (entries.some((entry) => entry.encrypted))
    throw new AppError("UNREADABLE_FILE", `${file}: the archive is password-protected`);
  return entries
    .filter((entry) => !entry.folder)
    .map((entry) => ({ name: entry.path, unpack: (budget: number) => extract(run, file, entry, budget) }));
}

interface ListedEntry {
  path: string;
  size: number;
  folder: boolean;
  encrypted: boolean;
}

/** The entries of `7z l -slt`: blocks of "Key = value" lines after the "----------" rule. */
function listedEntries(lines: string[]): ListedEntry[] {
  const start = lines.indexOf("----------");
  const blocks: Map<string, string>[] = [];
  for (const line of lines.slice(start + 1)) {
    const field = /^([^=]+?) = ?(.*)$/.exec(line);
    if (!field) continue;
    if (field[1] === "Path") blocks.push(new Map());
    blocks.at(-1)?.set(field[1], field[2]);
  }
  return blocks.map((block) => ({
    path: block.get("Path") ?? "",
    size: Number(block.get("Size") || 0),
    folder: block.get("Folder") === "+" || /^D/.test(block.get("Attributes") ?? ""),
    encrypted: block.get("Encrypted") === "+",
  }));
}

/** One member unpacked on its own, refused before unpacking when its stated size passes the budget. */
async function extract(run: SevenZipRun, file: string, entry: ListedEntry, budget: number) {
  if (entry.size > budget) return undefined;
  const folder = `/member${++run.unpacked}`;
  const result = runSevenZip(run, [
    "x",
    "-spd",
    "-y",
    "-sccUTF-8",
    NO_PASSWORD,
    `-o${folder}`,
    ARCHIVE,
    "--",
    entry.path,
  ]);
  if (result.failed)
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: member ${entry.path} cannot be unpacked (${result.failed})`,
    );
  const content = Buffer.from(run.module.FS.readFile(`${folder}/${entry.path}`));
  run.module.FS.unlink(`${folder}/${entry.path}`);
  return content.length > budget ? undefined : content;
}

/** Runs 7-Zip once: its output lines, and the first error line when it reported one. */
function runSevenZip(run: SevenZipRun, args: string[]): { lines: string[]; failed?: string } {
  const from = run.output.length;
  const errorsFrom = run.errors.length;
  run.module.callMain(args);
  const errors = run.errors
    .slice(errorsFrom)
    .map((line) => line.trim())
    .filter(Boolean);
  const failed = errors.find((line) => !/^ERROR:|^ERRORS:$/.test(line)) ?? errors[0];
  return { lines: run.output.slice(from), ...(failed ? { failed } : {}) };
}
