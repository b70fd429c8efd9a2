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
  /** Members unpacked one by one so far: each goes to a folder of its own. */
  unpacked: number;
  /** Every file the archive lists (the sizes it states). */
  entries: ListedEntry[];
  /** Where the whole archive was unpacked in one pass, or false when it did not fit the budget. */
  whole?: string | false;
}

async function listSevenZipMembers(file: string, bytes: Buffer): Promise<ArchiveMember[]> {
  const output: string[] = [];
  const errors: string[] = [];
  const module = await SevenZip({
    print: (line) => output.push(line),
    printErr: (line) => errors.push(line),
  });
  const run: SevenZipRun = { module, output, errors, unpacked: 0, entries: [] };
  module.FS.writeFile(ARCHIVE, bytes);
  const listing = runSevenZip(run, ["l", "-slt", "-sccUTF-8", NO_PASSWORD, ARCHIVE]);
  if (listing.failed)
    throw new AppError("UNREADABLE_FILE", `${file}: not a readable archive (${listing.failed})`);
  const entries = listedEntries(listing.lines);
  if (entries.some((entry) => entry.encrypted))
    throw new AppError("UNREADABLE_FILE", `${file}: the archive is password-protected`);
  run.entries = entries.filter((entry) => !entry.folder);
  return run.entries.map((entry) => ({
    name: entry.path,
    unpack: (budget: number) => extract(run, file, entry, budget),
  }));
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

/**
 * One member's bytes, refused before unpacking when its stated size passes the budget. The first
 * member asked unpacks the whole archive in one pass (a solid archive is decompressed once) when
 * the sizes its files state fit the budget; otherwise each member is unpacked on its own.
 */
async function extract(run: SevenZipRun, file: string, entry: ListedEntry, budget: number) {
  if (entry.size > budget) return undefined;
  run.whole ??= wholeFits(run, budget) && unpackInto(run, file, "/whole", []);
  const folder = run.whole || unpackInto(run, file, `/member${++run.unpacked}`, [entry.path]);
  const path = `${folder}/${entry.path}`;
  const content = Buffer.from(run.module.FS.readFile(path));
  run.module.FS.unlink(path);
  return content.length > budget ? undefined : content;
}

const wholeFits = (run: SevenZipRun, budget: number) =>
  run.entries.reduce((sum, entry) => sum + entry.size, 0) <= budget;

/** Unpacks the named members (all, when none is named) into a folder of the in-memory file system. */
function unpackInto(run: SevenZipRun, file: string, folder: string, members: string[]): string {
  const args = ["x", "-spd", "-y", "-sccUTF-8", NO_PASSWORD, `-o${folder}`, ARCHIVE];
  const result = runSevenZip(run, members.length ? [...args, "--", ...members] : args);
  if (result.failed)
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: ${members.length ? `member ${members.join(", ")}` : "the archive"} cannot be unpacked (${result.failed})`,
    );
  return folder;
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
