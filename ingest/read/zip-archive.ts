import { isUtf8 } from "node:buffer";
import JSZip from "jszip";
import { AppError } from "../../lib/app-error.js";
import type { ArchiveFormat, ArchiveMember } from "./archive-members.js";

/**
 * Decodes a member's name: UTF-8 where the bytes are UTF-8 (with or without the flag saying so),
 * else GB18030, as Windows' compressor and WinRAR store Chinese names on a Chinese system.
 */
export function decodeMemberName(bytes: Uint8Array | string[] | Buffer): string {
  const buffer = Array.isArray(bytes) ? Buffer.from(bytes.join(""), "binary") : Buffer.from(bytes);
  return new TextDecoder(isUtf8(buffer) ? "utf-8" : "gb18030").decode(buffer);
}

/** A disclosure published as a .zip archive of its parts. */
export const zipArchive: ArchiveFormat = {
  extensions: [".zip"],
  format: "zip",
  list: listZipMembers,
};

async function listZipMembers(file: string, bytes: Buffer): Promise<ArchiveMember[]> {
  let archive: JSZip;
  try {
    archive = await JSZip.loadAsync(bytes, { decodeFileName: decodeMemberName });
  } catch (error) {
    throw new AppError(
      "UNREADABLE_FILE",
      `${file}: not a readable zip archive (${(error as Error).message})`,
      undefined,
      { cause: error },
    );
  }
  return Object.values(archive.files)
    .filter((entry) => !entry.dir)
    .map((entry) => ({ name: entry.name, unpack: (budget: number) => unpackZipEntry(entry, budget) }));
}

/** A member's bytes, unpacked as a stream so that an archive bomb stops at the limit. */
function unpackZipEntry(entry: JSZip.JSZipObject, budget: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream("nodebuffer");
    stream
      .on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size <= budget) return void chunks.push(chunk);
        stream.pause();
        resolve(undefined);
      })
      .on("error", (error: Error) => reject(error))
      .on("end", () => resolve(Buffer.concat(chunks)))
      .resume();
  });
}
